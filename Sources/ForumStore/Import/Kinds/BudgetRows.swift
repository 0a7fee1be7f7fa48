import ForumCore

/// The corrected budget of one sub-area for a year, as a budgets file gives it.
public struct BudgetLine: Hashable, Sendable {
    public var year: Int
    public var sector: SectorCode
    /// The kontoplan code of the sub-area (`SubArea.code`).
    public var subArea: String
    public var amount: Money
    public var periodisation: Periodisation

    public init(year: Int, sector: SectorCode, subArea: String, amount: Money, periodisation: Periodisation) {
        self.year = year
        self.sector = sector
        self.subArea = subArea
        self.amount = amount
        self.periodisation = periodisation
    }
}

/// `budgets`: year, sector, sub-area, corrected budget and an optional monthly profile. The
/// sector must be known and must be the sub-area's own: a budget booked to the wrong sector
/// would make both sectors' burn wrong.
struct BudgetRows: RowParser {
    enum Column { static let year = 0, sector = 1, subArea = 2, budget = 3, profile = 4 }

    static let columns = [
        ColumnSpec("år", ["aar", "budgetår", "year"], required: true),
        ColumnSpec("sektor", ["sector"], required: true),
        ColumnSpec("delområde", ["delomraade", "funktion", "sub_area"], required: true),
        ColumnSpec("korrigeret budget", ["budget", "corrected_budget"], required: true),
        ColumnSpec("profil", ["profile"]),
    ]

    let sectors: Set<SectorCode>
    let subAreas: [String: SubArea]
    private var keys = FirstLines<String>()

    init(reference: ImportReference) {
        sectors = reference.sectors
        subAreas = Dictionary(reference.subAreas.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func parse(_ fields: inout RowFields) -> BudgetLine? {
        let year = fields.integer(Column.year, in: DateField.years)
        let sector = fields.sector(Column.sector, known: sectors)
        let code = fields.text(Column.subArea)
        let amount = fields.money(Column.budget)
        let profile = fields.raw(Column.profile).flatMap { parseProfile($0, Column.profile, &fields) }
        guard let year, let sector, let code, let amount, fields.isValid else { return nil }
        guard let subArea = subAreas[code] else {
            fields.report(Column.subArea, Strings.importUnknownSubArea, found: Redaction.echo(code))
            return nil
        }
        guard subArea.sector == sector else {
            fields.report(Column.sector, Strings.importSubAreaOfOtherSector(subArea.code, subArea.sector.rawValue),
                          found: sector.rawValue)
            return nil
        }
        guard keys.insert("\(year) \(code)", column: Column.subArea, found: code, in: &fields) else { return nil }
        return BudgetLine(year: year, sector: sector, subArea: code, amount: amount,
                          periodisation: profile.map { .profile($0) } ?? .even)
    }
}

/// Twelve non-negative weights separated by `/`, not all zero; each weight may be written as
/// an amount (`1.234,5`) and is kept exactly, in hundredths.
func parseProfile(_ text: String, _ column: Int, _ fields: inout RowFields) -> [Int64]? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 12 else {
        fields.report(column, Strings.importProfileCount(parts.count), found: Redaction.echo(text))
        return nil
    }
    var weights: [Int64] = []
    for part in parts {
        let bytes = Array(part.utf8)
        guard let weight = bytes.withUnsafeBufferPointer({ try? AmountField.parse($0) }), weight >= 0 else {
            fields.report(column, Strings.importProfileWeight, found: Redaction.echo(String(part)))
            return nil
        }
        weights.append(weight)
    }
    guard weights.contains(where: { $0 > 0 }) else {
        fields.report(column, Strings.importProfileAllZero, found: Redaction.echo(text))
        return nil
    }
    return weights
}
