import ArgumentParser
import ForumCore

/// `chefforum request reopen ID --reason TEXT`: after its meeting a decision changes only by
/// reopening (*genoptag*, DOMAIN §4).
struct RequestReopenCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "reopen", abstract: Strings.requestReopenAbstract) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(help: ArgumentHelp(Strings.requestReopenReasonHelp, valueName: Strings.valueReason)) var reason: String

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let request = try await session.request(typed: id)
        let reopened = try await session.repository.reopen(request.id, expectedVersion: request.version, reason: reason,
                                                           context: session.context())
        print(session.text(Strings.requestReopened(reopened.id.rawValue)))
    }
}
