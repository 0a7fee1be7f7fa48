import ArgumentParser
import ForumCore

/// `chefforum request show ID`: every field, the alternatives, the case's other grants, the
/// history and what approval would do to each paying sector's forecast.
struct RequestShowCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one request in full.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "Output format: table (text) or json.") var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let detail = try await RequestDetail.load(RequestID(id), from: session.repository, today: SystemClock.today())
        if format == .json {
            try printJSON(RequestDetailJSON(detail))
        } else {
            print(RequestDetailText(detail: detail, language: session.language).render(), terminator: "")
        }
    }
}
