import ForumCore

/// A column of the capacity board: what it shows, how wide it is, and how it sorts.
///
/// From 120 columns the board shows every column; narrower, the ones a leader checks first:
/// the offer, occupied of capacity, free, quota, waiting and the meter.
enum CapacityColumn: Int, Hashable, Sendable, CaseIterable {
    case name, sector, provider, unit, capacity, occupied, free, quota, others, waiting, longest, price, meter

    static func shown(width: Int) -> [CapacityColumn] {
        width >= 120 ? allCases : [.name, .occupied, .free, .quota, .waiting, .longest, .meter]
    }

    func title(_ language: Language) -> String {
        let phrase = switch self {
        case .name: Strings.colName
        case .sector: Strings.colSector
        case .provider: Strings.colProvider
        case .unit: Strings.colUnit
        case .capacity: Strings.colCapacity
        case .occupied: Strings.colOccupied
        case .free: Strings.colFree
        case .quota: Strings.colQuota
        case .others: Strings.colFreeForOthers
        case .waiting: Strings.colWaiting
        case .longest: Strings.colLongestWait
        case .price: Strings.colPrice
        case .meter: Strings.colOccupancy
        }
        return phrase.text(language)
    }

    func column(_ language: Language) -> TableColumn {
        let title = title(language)
        return switch self {
        case .name: TableColumn(title, width: .flexible(minimum: 16))
        case .sector: TableColumn(title, width: .fixed(6))
        case .provider: TableColumn(title, width: .fixed(7))
        case .unit: TableColumn(title, width: .fixed(9))
        case .capacity: TableColumn(title, width: .fixed(5), alignment: .right)
        case .occupied: TableColumn(title, width: .fixed(7), alignment: .right)
        case .free: TableColumn(title, width: .fixed(5), alignment: .right)
        case .quota: TableColumn(title, width: .fixed(7), alignment: .right)
        case .others: TableColumn(title, width: .fixed(6), alignment: .right)
        case .waiting: TableColumn(title, width: .fixed(5), alignment: .right)
        case .longest: TableColumn(title, width: .fixed(7), alignment: .right)
        case .price: TableColumn.money(title, width: 10)
        case .meter: TableColumn(title, width: .flexible(minimum: 10))
        }
    }

    /// Counts and waiting read best largest first; names and codes A to Z.
    var startsDescending: Bool { ![.name, .sector, .provider, .unit].contains(self) }

    func cell(_ status: OfferStatus, width: Int, language: Language) -> TableCell {
        let offer = status.offer
        let occupancy = status.occupancy
        switch self {
        case .name: return TableCell(offer.name)
        case .sector: return TableCell(offer.sector.rawValue)
        case .provider: return TableCell(Strings.provider(offer.provider).text(language))
        case .unit: return TableCell(Strings.unit(offer.unit).text(language))
        case .capacity: return TableCell(String(occupancy.capacity))
        case .occupied:
            // Colour never carries meaning alone: over capacity ▲, full ●.
            if occupancy.isOverCapacity { return TableCell("▲ \(occupancy.occupied)", .bad) }
            if occupancy.isFull { return TableCell("● \(occupancy.occupied)", .warning) }
            return TableCell(String(occupancy.occupied))
        case .free: return TableCell(String(occupancy.free), occupancy.free == 0 ? .muted : .plain)
        case .quota:
            let text = "\(occupancy.quotaUsed)/\(occupancy.quota)"
            return occupancy.isQuotaExhausted ? TableCell("! " + text, .warning) : TableCell(text)
        case .others: return TableCell(String(occupancy.freeForOthers))
        case .waiting: return TableCell(String(status.waiting.count))
        case .longest: return TableCell(status.longestWaitDays.map { Strings.waitingDays($0).text(language) } ?? "")
        case .price: return TableCell.money(offer.tariff.total)
        case .meter: return CapacityColumn.meter(occupancy, width: width)
        }
    }

    /// The occupancy as a bar of `width` cells: █ occupied, ░ free, and ▲ at the end when over capacity.
    static func meter(_ occupancy: Occupancy, width: Int) -> TableCell {
        guard width > 1 else { return TableCell("") }
        let over = occupancy.isOverCapacity
        let cells = over ? width - 1 : width
        let filled = Meter.columns(Int64(occupancy.occupied), of: Int64(Swift.max(occupancy.capacity, 1)), width: cells)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        return TableCell(over ? bar + "▲" : bar, over ? .bad : occupancy.isFull ? .warning : .accent)
    }

    func ascending(_ a: OfferStatus, _ b: OfferStatus, language: Language) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        let x = a.occupancy, y = b.occupancy
        switch self {
        case .name: return order(a.offer.name.lowercased(), b.offer.name.lowercased())
        case .sector: return order(a.offer.sector, b.offer.sector)
        case .provider: return order(a.offer.provider.rawValue, b.offer.provider.rawValue)
        case .unit: return order(a.offer.unit.rawValue, b.offer.unit.rawValue)
        case .capacity: return order(x.capacity, y.capacity)
        case .occupied: return order(x.occupied, y.occupied)
        case .free: return order(x.free, y.free)
        case .quota: return order(x.quotaUsed, y.quotaUsed) ?? order(x.quota, y.quota)
        case .others: return order(x.freeForOthers, y.freeForOthers)
        case .waiting: return order(a.waiting.count, b.waiting.count)
        case .longest: return order(a.longestWaitDays ?? -1, b.longestWaitDays ?? -1)
        case .price: return order(a.offer.tariff.total, b.offer.tariff.total)
        // Fullest first: occupied per capacity, compared without division.
        case .meter: return order(x.occupied * Swift.max(y.capacity, 1), y.occupied * Swift.max(x.capacity, 1))
        }
    }
}

extension CapacityColumn: TableScreenColumn {
    typealias Row = OfferStatus
}
