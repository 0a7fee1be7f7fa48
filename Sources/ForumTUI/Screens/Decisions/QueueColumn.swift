import ForumCore

/// A column of the decision queue: what it shows, how wide it is, and how it sorts.
///
/// From 120 columns the queue shows every column; narrower, it keeps the ones a meeting decides
/// by (id, case, total, payer, waiting age, status and why it is here). Columns with room to
/// spare show longer forms of their text (`BEV 60 % · VOK 20 % · BUF 20 %` instead of
/// `BEV·VOK·BUF`), chosen by the width they get.
enum QueueColumn: Int, Hashable, Sendable, CaseIterable {
    case id, caseID, sector, law, offer, total, monthly, period, payer, age, status, why

    /// The columns shown in a table `width` columns wide.
    static func shown(width: Int) -> [QueueColumn] {
        width >= 120 ? allCases : [.id, .caseID, .total, .payer, .age, .status, .why]
    }

    func title(_ language: Language) -> String {
        let phrase = switch self {
        case .id: Strings.colID
        case .caseID: Strings.colCase
        case .sector: Strings.colSector
        case .law: Strings.colLaw
        case .offer: Strings.colOffer
        case .total: Strings.colTotal
        case .monthly: Strings.colMonthly
        case .period: Strings.colPeriod
        case .payer: Strings.colPayer
        case .age: Strings.colAgeShort
        case .status: Strings.colStatus
        case .why: Strings.colWhy
        }
        return phrase.text(language)
    }

    /// Widths that add up to 80 columns for the narrow set and to 120 for the full one, with
    /// one space between columns.
    func column(_ language: Language, fullSet: Bool) -> TableColumn {
        let title = title(language)
        return switch self {
        case .id: TableColumn(title, width: .fixed(13))
        case .caseID: TableColumn(title, width: .fixed(12))
        case .sector: TableColumn(title, width: .fixed(6))
        case .law: TableColumn(title, width: .flexible(minimum: 6))
        case .offer: TableColumn(title, width: .flexible(minimum: 6))
        case .total: TableColumn.money(title, width: 9)
        case .monthly: TableColumn.money(title, width: 7)
        case .period: TableColumn(title, width: .flexible(minimum: 11))
        case .payer: TableColumn(title, width: .flexible(minimum: 11))
        case .age: TableColumn(title, width: .fixed(8), alignment: .right)
        case .status: TableColumn(title, width: .fixed(10))
        case .why: TableColumn(title, width: .flexible(minimum: fullSet ? 10 : 11))
        }
    }

    /// Amounts and waiting age read best largest first; everything else A to Z.
    var startsDescending: Bool { self == .total || self == .monthly || self == .age }

    /// The cell for an item in a column `width` wide.
    func cell(_ item: QueueItem, width: Int, language: Language) -> TableCell {
        let request = item.request
        switch self {
        case .id: return TableCell(request.id.rawValue)
        case .caseID: return TableCell(request.caseID.rawValue)
        case .sector: return TableCell(request.sector.rawValue)
        case .law: return TableCell(request.law)
        case .offer: return TableCell(request.offer)
        case .total: return QueueColumn.money(request.amount.total, width: width)
        case .monthly:
            return request.amount.isOneOff ? TableCell("–", .muted) : QueueColumn.money(request.amount.perMonth, width: width)
        case .period: return TableCell(QueueColumn.fitting(QueueColumn.periodForms(request.amount), width: width))
        case .payer:
            return TableCell(QueueColumn.fitting(QueueColumn.payerForms(request.currentSplit, language: language),
                                                 width: width))
        case .age: return TableCell(Strings.waitingDays(item.waitingDays).text(language))
        case .status:
            return TableCell(Strings.statusShort(request.status).text(language), QueueColumn.role(of: request.status))
        case .why:
            let routing = item.routing
            let forms = [Strings.routedTo(routing.reason, routing.authority), Strings.routingReason(routing.reason),
                         Strings.routingReasonShort(routing.reason),
                         Strings.routingReasonTiny(routing.reason, payers: request.proposedSplit.shares.count)]
            // A request for a full offer says so before why it is here: ● with the colour.
            guard item.offerIsFull else { return TableCell(QueueColumn.fitting(forms.map { $0.text(language) }, width: width)) }
            return TableCell("● " + QueueColumn.fitting(forms.map { $0.text(language) }, width: width - 2), .warning)
        }
    }

    /// Whether `a` comes before `b` in this column, ascending; nil when they are equal here.
    func ascending(_ a: QueueItem, _ b: QueueItem, language: Language) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        let r = a.request, s = b.request
        switch self {
        case .id: return order(r.id, s.id)
        case .caseID: return order(r.caseID, s.caseID)
        case .sector: return order(r.sector, s.sector)
        case .law: return order(a.sortTexts.law, b.sortTexts.law)
        case .offer: return order(a.sortTexts.offer, b.sortTexts.offer)
        case .total: return order(r.amount.total, s.amount.total)
        case .monthly: return order(r.amount.perMonth, s.amount.perMonth)
        case .period: return order(r.amount.start, s.amount.start) ?? order(r.amount.end, s.amount.end)
        case .payer: return order(a.sortTexts.payer, b.sortTexts.payer)
        case .age: return order(a.waitingDays, b.waitingDays)
        case .status: return order(QueueColumn.rank(r.status), QueueColumn.rank(s.status))
        case .why:
            return order(QueueColumn.rank(a.routing.authority), QueueColumn.rank(b.routing.authority))
                ?? order(a.sortTexts.reason.text(language), b.sortTexts.reason.text(language))
        }
    }

    // MARK: - Texts that fit

    /// The first of `forms` (longest first) that fits `width`, else the last one cut.
    static func fitting(_ forms: [String], width: Int) -> String {
        forms.first { DisplayWidth.of($0) <= width } ?? TextLayout.truncate(forms.last ?? "", to: width)
    }

    /// `01.11.2026–31.05.2027`, `01.11.26–31.05.27`, `11.26–05.27`; a one-off is its day.
    static func periodForms(_ amount: GrantAmount) -> [String] {
        guard !amount.isOneOff else { return [amount.start.danish, short(amount.start)] }
        let (start, end) = (amount.start, amount.end)
        return [Strings.periodText(amount), "\(short(start))–\(short(end))",
                "\(Day.pad2(start.month)).\(Day.pad2(start.year % 100))–\(Day.pad2(end.month)).\(Day.pad2(end.year % 100))"]
    }

    /// `BEV 60 % · VOK 20 % · BUF 20 %`, `BEV 60·VOK 20·BUF 20`, `BEV·VOK·BUF`, `BEV +2`.
    static func payerForms(_ split: PaymentSplit, language: Language) -> [String] {
        let codes = split.sectors.map(\.rawValue)
        guard split.isSplit, let first = codes.first else { return codes }
        let (percents, exact) = split.displayPercents()
        let reduced = split.reduced
        let compact = exact
            ? percents.map { "\($0.sector.rawValue) \($0.percent)" }
            : reduced.shares.map { "\($0.sector.rawValue) \($0.weight)/\(reduced.totalWeight)" }
        return [Strings.splitText(split), compact.joined(separator: "·"), codes.joined(separator: "·"),
                Strings.payersMore(first, more: codes.count - 1).text(language)]
    }

    /// Whole kroner; amounts too wide for the column in millions (`12,5 mio.`), never cut.
    static func money(_ amount: Money, width: Int) -> TableCell {
        let whole = amount.formatted(.kroner, unit: false)
        return DisplayWidth.of(whole) <= width ? TableCell(whole) : TableCell(amount.formatted(.compact, unit: false))
    }

    /// `15.11.26`.
    private static func short(_ day: Day) -> String {
        "\(Day.pad2(day.day)).\(Day.pad2(day.month)).\(Day.pad2(day.year % 100))"
    }

    static func role(of status: RequestStatus) -> StyleRole {
        switch status {
        case .submitted, .withdrawn: .muted
        case .onAgenda: .accent
        case .deferred, .referred: .warning
        case .approved, .approvedTimeLimited: .good
        case .rejected: .bad
        }
    }

    private static func rank(_ status: RequestStatus) -> Int { RequestStatus.allCases.firstIndex(of: status) ?? 0 }
    private static func rank(_ authority: Authority) -> Int { Authority.allCases.firstIndex(of: authority) ?? 0 }
}

extension Day {
    /// Two digits: `05`.
    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
