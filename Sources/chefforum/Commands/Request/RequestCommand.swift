import ArgumentParser

/// `chefforum request …`: the decision queue on the command line, for scripts and for those
/// who prefer it. The same permissions as the console, from the OS login.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "List, show and decide grant requests.",
        subcommands: [
            RequestListCommand.self, RequestShowCommand.self, RequestApproveCommand.self, RequestRejectCommand.self,
            RequestDeferCommand.self, RequestReferCommand.self, RequestSplitCommand.self,
        ])
}
