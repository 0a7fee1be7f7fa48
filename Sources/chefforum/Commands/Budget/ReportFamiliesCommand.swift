import ArgumentParser
import ForumCore

/// `chefforum report families`: the cross-sector families with the highest total draw across
/// all sectors since they entered the solution; with fewer than five, only the average family.
struct ReportFamiliesCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "families", abstract: Strings.reportFamiliesAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var budget: BudgetArguments
    @Option(help: ArgumentHelp(Strings.reportLimitHelp)) var limit = 10
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    struct Row: Encodable {
        let caseID: String?
        let families: Int
        let since: String?
        let total: Int64
        let bySector: [String: Int64]

        enum CodingKeys: String, CodingKey {
            case families, since, total
            case caseID = "case_id", bySector = "by_sector"
        }
    }

    func run() async throws {
        let session = try await Session.open(global)
        let settings = try await session.repository.settings()
        if let month = budget.month { _ = try parseMonth(month, budgetYear: settings.budgetYear) }
        let sectors = try await session.repository.sectors().map(\.code)
        let sector = budget.sector.map { SectorCode($0) }
        if let sector, !sectors.contains(sector) { throw CommandError.invalidArgument(Strings.reportUnknownSector(sector.rawValue)) }
        let view = FamilyView.of(try await session.repository.familyDraws(year: settings.budgetYear), sector: sector,
                                 limit: max(1, limit))
        let rows: [Row] = switch view {
        case .families(let draws):
            draws.map { Row(caseID: $0.caseID.rawValue, families: 1, since: $0.since.description, total: $0.total.ore,
                            bySector: Dictionary(uniqueKeysWithValues: $0.bySector.map { ($0.key.rawValue, $0.value.ore) })) }
        case .average(let count, let bySector):
            [Row(caseID: nil, families: count, since: nil, total: Money.sum(bySector.values).ore,
                 bySector: Dictionary(uniqueKeysWithValues: bySector.map { ($0.key.rawValue, $0.value.ore) }))]
        }
        if format == .json {
            try printJSON(rows)
            return
        }
        let t = session.text
        if format == .table, case .average(let count, _) = view { print(t(Strings.familiesAverageOnly(count))) }
        let cells = NumberCells(format, session.language)
        let table = TextTable(
            headers: [t(Strings.colCase), t(Strings.familiesSince)]
                + ([t(Strings.colTotal)] + sectors.map(\.rawValue)).map { cells.heading($0, .ore) },
            rows: rows.map { row in
                [row.caseID ?? t(Strings.familiesAverage(row.families)), row.since ?? "", cells.kroner(Money(ore: row.total))]
                    + sectors.map { cells.kroner(Money(ore: row.bySector[$0.rawValue] ?? 0)) }
            },
            rightAligned: Set(2..<(3 + sectors.count)), uncut: [0, 1])
        print(table.render(format), terminator: "")
    }
}
