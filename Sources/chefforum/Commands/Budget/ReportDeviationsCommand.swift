import ArgumentParser
import ForumCore

/// `chefforum report deviations`: every sector and sub-area beyond the tolerance, each with its
/// own explanation, action plan, owner and status.
struct ReportDeviationsCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deviations", abstract: Strings.reportDeviationsAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var budget: BudgetArguments
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    struct Row: Encodable {
        let sector: String
        let subArea: String?
        let deviation: Int64
        let deviationPerMille: Int?
        let explanation: String?
        let actionPlan: String?
        let owner: String?
        let status: String?

        enum CodingKeys: String, CodingKey {
            case sector, deviation, explanation, owner, status
            case subArea = "sub_area", deviationPerMille = "deviation_per_mille", actionPlan = "action_plan"
        }
    }

    func run() async throws {
        let session = try await Session.open(global)
        let (report, _, settings) = try await budget.report(session)
        let notes = try await session.repository.deviationNotes(year: settings.budgetYear)
        let items = DeviationList.items(report, notes: notes)
        let rows = items.map { item in
            Row(sector: item.sector.rawValue, subArea: item.subArea?.code, deviation: item.line.burn.deviation.ore,
                deviationPerMille: item.line.burn.deviationPerMille, explanation: item.note?.explanation,
                actionPlan: item.note?.actionPlan, owner: item.note?.owner, status: item.note?.status.rawValue)
        }
        if format == .json {
            try printJSON(rows)
            return
        }
        let t = session.text
        if format == .table { print(t(Strings.reportDeviationsHeading(report.through, settings.tolerance))) }
        let table = TextTable(
            headers: [Strings.colSectorOrSubArea, Strings.colDeviation, Strings.colDeviationPercent, Strings.colStatus,
                      Strings.colOwner, Strings.colExplanation, Strings.colPlan].map(t),
            rows: items.map { item in cells(item, t) },
            rightAligned: [1, 2])
        print(table.render(format), terminator: "")
    }

    private func cells(_ item: DeviationList.Item, _ t: (Phrase) -> String) -> [String] {
        let burn = item.line.burn
        let status = t(item.note?.status.phrase ?? Strings.deviationNoNote)
        return [item.subArea.map { "  " + $0.code } ?? item.sector.rawValue, burn.deviation.formatted(.kroner, unit: false),
                burn.deviationPerMille.map(Strings.perMille) ?? "–", status, item.note?.owner ?? "",
                item.note?.explanation ?? "", item.note?.actionPlan ?? ""]
    }
}
