import ArgumentParser
import ForumCore

/// `chefforum request list [--all] [--filter QUERY] [--format …]`.
struct RequestListCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Strings.requestListAbstract, discussion: Strings.requestListDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @Flag(help: ArgumentHelp(Strings.requestAllHelp)) var all = false
    @Option(help: ArgumentHelp(Strings.requestFilterHelp)) var filter: String?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let query = try RequestQuery(parsing: filter ?? "", sectors: try await session.repository.sectors().map(\.code))
        let settings = try await session.repository.settings()
        let items = RequestQueue.items(try await session.repository.requests(), policy: settings.policy,
                                       today: SystemClock.today(), query: query, all: all)
        if format == .json {
            try printJSON(items.map(RequestJSON.init))
            return
        }
        let t = session.text
        let cells = NumberCells(format, session.language)
        let table = TextTable(
            headers: [Strings.colID, Strings.colCase, Strings.colSector, Strings.colLaw, Strings.colOffer].map(t)
                + [cells.heading(Strings.colTotal, .ore), cells.heading(Strings.colMonthly, .ore), t(Strings.colPeriod),
                   t(Strings.colPayer), cells.heading(Strings.colAge, .days), t(Strings.colStatus), t(Strings.colWhy)],
            rows: items.map { item in
                let request = item.request
                return [request.id.rawValue, request.caseID.rawValue, request.sector.rawValue, request.law, request.offer,
                        cells.kroner(request.amount.total),
                        // A one-off has no monthly amount: a word for people, an empty cell in CSV.
                        request.amount.isOneOff ? (cells.plain ? "" : t(Strings.oneOff)) : cells.kroner(request.amount.perMonth),
                        Strings.periodText(request.amount), Strings.splitText(request.currentSplit),
                        cells.days(item.waitingDays), t(Strings.status(request.status)),
                        t(Strings.routingReason(item.routing.reason))]
            },
            // What the console's queue keeps when narrow: id, case, total, payer, waiting, status, why.
            rightAligned: [5, 6, 9], keptWhenNarrow: [0, 1, 5, 8, 9, 10, 11],
            uncut: [0, 1])
        print(table.render(format), terminator: "")
        if format == .table {
            let summary = RequestQueue.summary(items)
            print(t(Strings.queueSummary(count: summary.count, total: summary.total)))
        }
    }
}
