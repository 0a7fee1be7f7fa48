import ForumCore

/// A column of the transitions table.
enum TransitionColumn: Int, Hashable, Sendable, CaseIterable, TableScreenColumn {
    typealias Row = TransitionRow
    case date, colour, caseID, probability, thisYear, nextYear, receiving, flags, discussed

    func title(_ language: Language) -> String {
        let phrase = switch self {
        case .date: Strings.colTransitionDate
        case .colour: Strings.colColour
        case .caseID: Strings.colCase
        case .probability: Strings.colProbability
        case .thisYear: Strings.colExpectedThisYear
        case .nextYear: Strings.colExpectedNextYear
        case .receiving: Strings.colReceiving
        case .flags: Strings.colFlags
        case .discussed: Strings.colDiscussed
        }
        return phrase.text(language)
    }

    func column(_ language: Language) -> TableColumn {
        let title = title(language)
        return switch self {
        case .date: TableColumn(title, width: .fixed(10))
        case .colour: TableColumn(title, width: .fixed(8))
        case .caseID: TableColumn(title, width: .fixed(12))
        case .probability: TableColumn(title, width: .fixed(6), alignment: .right)
        case .thisYear, .nextYear: TableColumn.money(title, width: 10)
        case .receiving: TableColumn(title, width: .fixed(5))
        case .flags: TableColumn(title, width: .flexible(minimum: 6))
        case .discussed: TableColumn(title, width: .fixed(10))
        }
    }

    var startsDescending: Bool { self == .thisYear || self == .nextYear || self == .flags }

    static func role(_ colour: YouthColour) -> StyleRole {
        switch colour {
        case .red: .bad
        case .yellow: .warning
        case .green: .good
        }
    }

    func cell(_ row: TransitionRow, width: Int, language: Language) -> TableCell {
        let youth = row.youth
        switch self {
        case .date: return TableCell(youth.transitionDate.danish)
        case .colour:
            return TableCell(youth.colour.glyph + " " + youth.colour.phrase.text(language), Self.role(youth.colour))
        case .caseID: return TableCell(youth.caseID.rawValue)
        case .probability: return TableCell(youth.probability.description)
        case .thisYear: return TableCell(row.thisYear.formatted(.kroner, unit: false))
        case .nextYear: return TableCell(row.nextYear.formatted(.kroner, unit: false))
        case .receiving: return TableCell(youth.receivingSector.rawValue)
        case .flags:
            guard !row.flags.isEmpty else { return TableCell("") }
            let text = "! " + row.flags.map { $0.shortPhrase.text(language) }.joined(separator: ", ")
            return TableCell(TextLayout.truncate(text, to: width), .warning)
        case .discussed: return TableCell(youth.lastDiscussed?.danish ?? "–", youth.lastDiscussed == nil ? .muted : .plain)
        }
    }

    func ascending(_ a: TransitionRow, _ b: TransitionRow, language: Language) -> Bool? {
        func order<T: Comparable>(_ x: T, _ y: T) -> Bool? { x == y ? nil : x < y }
        let x = a.youth, y = b.youth
        return switch self {
        case .date: order(x.transitionDate, y.transitionDate)
        case .colour: order(YouthColour.allCases.firstIndex(of: x.colour) ?? 0, YouthColour.allCases.firstIndex(of: y.colour) ?? 0)
        case .caseID: order(x.caseID, y.caseID)
        case .probability: order(x.probability, y.probability)
        case .thisYear: order(a.thisYear, b.thisYear)
        case .nextYear: order(a.nextYear, b.nextYear)
        case .receiving: order(x.receivingSector, y.receivingSector)
        case .flags: order(a.flags.count, b.flags.count)
        case .discussed: order(x.lastDiscussed?.daysSinceEpoch ?? Int.min, y.lastDiscussed?.daysSinceEpoch ?? Int.min)
        }
    }
}
