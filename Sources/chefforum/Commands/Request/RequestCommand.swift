import ArgumentParser
import ForumCore

/// `chefforum request …`: the decision queue on the command line, for scripts and for those
/// who prefer it. The same permissions as the console, from the OS login.
struct RequestCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "request", abstract: Strings.requestAbstract,
            subcommands: [
                RequestListCommand.self, RequestShowCommand.self, RequestApproveCommand.self, RequestRejectCommand.self,
                RequestDeferCommand.self, RequestReferCommand.self, RequestSplitCommand.self, RequestReopenCommand.self,
            ])
    }
}
