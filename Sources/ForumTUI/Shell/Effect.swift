import ForumCore

/// Work the console asks for: it runs as a task against the repository, off the input loop,
/// and its result comes back to the loop as a message. The loop never waits for it.
public struct Effect: Sendable {
    /// What the effect does, for tests and diagnostics: `load settings`, `poll change token`.
    public let label: String
    let run: @Sendable (any ForumRepository) async -> ShellMessage

    init(_ label: String, run: @escaping @Sendable (any ForumRepository) async -> ShellMessage) {
        self.label = label
        self.run = run
    }
}

/// What comes back to the input loop from an effect.
enum ShellMessage: Sendable {
    case settingsLoaded(ForumSettings)
    case changeToken(Int64)
    case screenUpdate(ScreenID, ScreenUpdate)
    case failed(Phrase)
    /// A word for the status line from an effect that has no screen to update (an export written).
    case notice(StatusMessage.Kind, Phrase)
}

/// A change to a screen's state with data an effect loaded.
struct ScreenUpdate: Sendable {
    let apply: @Sendable (inout any Screen, ScreenContext) -> ScreenResponse
}

extension Effect {
    /// The phrase to show for an error from the repository.
    static func phrase(for error: any Error) -> Phrase {
        (error as? any UserFacingError)?.phrase ?? Strings.loadFailed(String(describing: error))
    }
}
