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
        let table = TextTable(
            headers: [Strings.colID, Strings.colCase, Strings.colSector, Strings.colLaw, Strings.colOffer, Strings.colTotal,
                      Strings.colMonthly, Strings.colPeriod, Strings.colPayer, Strings.colAge, Strings.colStatus,
                      Strings.colWhy].map(t),
            rows: items.map { item in
                let request = item.request
                return [request.id.rawValue, request.caseID.rawValue, request.sector.rawValue, request.law, request.offer,
                        request.amount.total.formatted(.kroner, unit: false),
                        request.amount.isOneOff ? t(Strings.oneOff) : request.amount.perMonth.formatted(.kroner, unit: false),
                        Strings.periodText(request.amount), Strings.splitText(request.currentSplit),
                        t(Strings.waitingDays(item.waitingDays)), t(Strings.status(request.status)),
                        t(Strings.routingReason(item.routing.reason))]
            },
            rightAligned: [5, 6, 9])
        print(table.render(format), terminator: "")
        if format == .table {
            let summary = RequestQueue.summary(items)
            print(t(Strings.queueSummary(count: summary.count, total: summary.total)))
        }
    }
}
