import ForumCore

/// A column of the deviations table.
enum DeviationColumn: Int, Hashable, Sendable, CaseIterable, TableScreenColumn {
    typealias Row = DeviationRow
    case name, deviation, percent, status, owner, explanation

    func title(_ language: Language) -> String {
        let phrase = switch self {
        case .name: Strings.colSectorOrSubArea
        case .deviation: Strings.colDeviation
        case .percent: Strings.colPercentShort
        case .status: Strings.colStatus
        case .owner: Strings.colOwner
        case .explanation: Strings.colExplanation
        }
        return phrase.text(language)
    }

    func column(_ language: Language) -> TableColumn {
        let title = title(language)
        return switch self {
        case .name: TableColumn(title, width: .flexible(minimum: 16))
        case .deviation: TableColumn.money(title, width: 13)
        case .percent: TableColumn(title, width: .fixed(6), alignment: .right)
        case .status: TableColumn(title, width: .fixed(18))
        case .owner: TableColumn(title, width: .fixed(8))
        case .explanation: TableColumn(title, width: .flexible(minimum: 12))
        }
    }

    var startsDescending: Bool { self == .deviation || self == .percent }

    func cell(_ row: DeviationRow, width: Int, language: Language) -> TableCell {
        let item = row.item
        let burn = item.line.burn
        switch self {
        case .name:
            let text = (item.subArea == nil ? "" : "  ") + item.code + " " + item.line.name
            return TableCell(TextLayout.truncate(text, to: width), item.subArea == nil ? .title : .plain)
        case .deviation:
            let glyph = burn.deviation.isNegative ? "▼" : "▲"
            return TableCell(glyph + burn.deviation.formatted(.kroner, unit: false), burn.deviation.isNegative ? .warning : .bad)
        case .percent: return TableCell(burn.deviationPerMille.map(Strings.perMille) ?? "–")
        case .status:
            guard let note = item.note else { return TableCell("! " + Strings.deviationNoNote.text(language), .bad) }
            let glyph = note.status == .actedOn ? "✓ " : note.status == .explained ? "● " : "! "
            return TableCell(glyph + note.status.phrase.text(language), note.status == .open ? .warning : .good)
        case .owner: return TableCell(item.note?.owner ?? "")
        case .explanation: return TableCell(TextLayout.truncate(item.note?.explanation ?? "", to: width), .muted)
        }
    }

    func ascending(_ a: DeviationRow, _ b: DeviationRow, language: Language) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        let x = a.item, y = b.item
        return switch self {
        case .name: order(a.id, b.id)
        case .deviation: order(x.line.burn.deviation.magnitude, y.line.burn.deviation.magnitude)
        case .percent: order(abs(x.line.burn.deviationPerMille ?? Int.max), abs(y.line.burn.deviationPerMille ?? Int.max))
        case .status: order(x.note.map { DeviationStatus.allCases.firstIndex(of: $0.status) ?? 0 } ?? -1,
                            y.note.map { DeviationStatus.allCases.firstIndex(of: $0.status) ?? 0 } ?? -1)
        case .owner: order(x.note?.owner ?? "", y.note?.owner ?? "")
        case .explanation: order(x.note?.explanation ?? "", y.note?.explanation ?? "")
        }
    }
}
