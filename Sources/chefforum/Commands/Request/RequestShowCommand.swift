import ArgumentParser
import ForumCore

/// `chefforum request show ID`: every field, the alternatives, the case's other grants, the
/// history and what approval would do to each paying sector's forecast.
struct RequestShowCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Strings.requestShowAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(help: ArgumentHelp(Strings.requestShowFormatHelp)) var format: DetailFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let detail = try await RequestDetail.load(try await session.request(typed: id).id, from: session.repository,
                                                 today: SystemClock.today())
        if format == .json {
            try printJSON(RequestDetailJSON(detail))
        } else {
            print(RequestDetailText(detail: detail, language: session.language).render(), terminator: "")
        }
    }
}
