import ForumCore

/// A binding as the console runs it: one of its own actions, or a screen's typed action wrapped
/// so that the console can run it without knowing the screen's type.
typealias ConsoleAction = KeyBinding<ConsoleCommand>

/// What a console binding does.
enum ConsoleCommand: Sendable {
    case global(GlobalAction)
    /// A screen's action: `run` casts the screen back to its type and performs the typed action.
    case screen(ScreenID, run: @Sendable (inout any Screen, ScreenContext) -> ScreenResponse)
}
