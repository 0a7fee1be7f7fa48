import ForumCore

/// The six screens of the console, in tab order; the number is the key that shows it.
public enum ScreenID: Int, Hashable, Sendable, CaseIterable {
    case decisions = 1, capacity, budget, deviations, meeting, transitions

    public var title: Phrase {
        switch self {
        case .decisions: Strings.screenDecisions
        case .capacity: Strings.screenCapacity
        case .budget: Strings.screenBudget
        case .deviations: Strings.screenDeviations
        case .meeting: Strings.screenMeeting
        case .transitions: Strings.screenTransitions
        }
    }
}

/// What a screen knows about its surroundings when it handles an action or draws.
public struct ScreenContext: Hashable, Sendable {
    public var language: Language
    public var today: Day
    public var user: User
    /// The municipality's settings, once loaded.
    public var settings: ForumSettings?
    /// The area the screen draws in, so that it can page and scroll by what is visible.
    public var area: Rect

    public init(language: Language, today: Day, user: User, settings: ForumSettings?, area: Rect) {
        self.language = language
        self.today = today
        self.user = user
        self.settings = settings
        self.area = area
    }
}

/// What a screen asks of the console after an action, a mouse event or a load.
public struct ScreenResponse: Sendable {
    /// Loads and commands to run against the repository.
    public var effects: [Effect]
    /// A dialog to open, with what happens when the user confirms it; made by `Screen.dialog(_:then:)`.
    public var dialog: ScreenDialog?
    /// A message for the status line.
    public var status: (kind: StatusMessage.Kind, text: Phrase)?

    public init(effects: [Effect] = [], dialog: ScreenDialog? = nil,
                status: (kind: StatusMessage.Kind, text: Phrase)? = nil) {
        self.effects = effects
        self.dialog = dialog
        self.status = status
    }

    public static let none = ScreenResponse()
}

/// A dialog a screen opened and its continuation: the screen's typed `Continuation`, captured so
/// that the console can hand it back to the screen's `confirm` without knowing the type.
public struct ScreenDialog: Sendable {
    public var state: DialogState
    let confirm: @Sendable (inout any Screen, DialogState, ScreenContext) -> ScreenResponse
}

/// One screen of the console. Screens are values: `render` is a pure function of the state; keys
/// reach the screen as its typed `Action`s through its bindings; a dialog it opens carries a
/// typed `Continuation`; loads and commands run as effects whose results come back through
/// `Screen.load(_:_:apply:)`.
public protocol Screen: Sendable {
    /// What the screen's keys do.
    associatedtype Action: Sendable
    /// What happens when the user confirms a dialog the screen opened, with what it needs to do it.
    associatedtype Continuation: Sendable

    var id: ScreenID { get }
    /// The screen's keys now, in the order the footer and help list them, each with why it is
    /// not allowed now (if it is not). Keys are matched against them after the console's own keys.
    func bindings(_ context: ScreenContext) -> [KeyBinding<Action>]
    /// Carries out one of the screen's actions; the console has already refused a disabled one.
    mutating func perform(_ action: Action, context: ScreenContext) -> ScreenResponse
    /// Carries out a dialog the screen opened, after the user confirmed it.
    mutating func confirm(_ continuation: Continuation, dialog: DialogState, context: ScreenContext) -> ScreenResponse
    /// A click or wheel turn inside the screen's area.
    mutating func mouse(_ event: MouseEvent, context: ScreenContext) -> ScreenResponse
    /// A key before the console's own keys and the screen's actions see it, for a screen that is
    /// editing text (a filter, the weights of a split): there `q`, `?` and `1`–`5` are text.
    /// Returns nil for a key the screen does not take, which then goes on as usual.
    mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse?
    /// Whether the screen holds input that quitting would throw away (an open editor).
    var hasUnsavedInput: Bool { get }
    /// Whether a text field of the screen takes the printable keys, so that the console's own
    /// letter and digit keys (`q`, `1`–`5`, `?`, `:`) are text and the footer must not offer them.
    var isEditingText: Bool { get }
    /// The loads that bring what the screen shows up to date: when it is first shown, and each
    /// time another terminal (or this one) changed the database.
    func reload(_ context: ScreenContext) -> [Effect]
    /// Draws the screen into `context.area`, putting `frame.cursor` on the selected row.
    func render(into frame: inout Frame, context: ScreenContext)
    /// Lines for `?` help under the keys: the syntax of the screen's filter, for one.
    func helpNotes(_ context: ScreenContext) -> [Phrase]
    /// What `e` exports: the table as listed now; nil where the screen has no table to export.
    func export(_ context: ScreenContext) -> ExportSheet?
}

extension Screen {
    /// Most screens edit no text: every key goes to the console's keys and the screen's actions.
    public mutating func edit(_ key: Key, context: ScreenContext) -> ScreenResponse? { nil }

    /// Most screens hold no input of their own.
    public var hasUnsavedInput: Bool { false }

    public var isEditingText: Bool { false }

    public func helpNotes(_ context: ScreenContext) -> [Phrase] { [] }

    public func export(_ context: ScreenContext) -> ExportSheet? { nil }

    /// Runs `change` on this screen inside the console's list of screens, which holds it untyped.
    static func typed(_ screen: inout any Screen, _ change: (inout Self) -> ScreenResponse) -> ScreenResponse {
        guard var typed = screen as? Self else { return .none }
        let response = change(&typed)
        screen = typed
        return response
    }

    /// The screen's bindings as the console runs them: each runs its typed action on this screen.
    func consoleActions(_ context: ScreenContext) -> [ConsoleAction] {
        let id = self.id
        return bindings(context).map { binding in
            binding.map { action in
                ConsoleCommand.screen(id) { screen, context in
                    Self.typed(&screen) { $0.perform(action, context: context) }
                }
            }
        }
    }

    /// A response that opens `state`; when the user confirms it, `confirm` gets `continuation`.
    public func dialog(_ state: DialogState, then continuation: Continuation) -> ScreenResponse {
        ScreenResponse(dialog: ScreenDialog(state: state) { screen, dialog, context in
            Self.typed(&screen) { $0.confirm(continuation, dialog: dialog, context: context) }
        })
    }
}

extension Screen where Continuation == Never {
    /// A screen that opens no dialog has nothing to confirm.
    public mutating func confirm(_ continuation: Never, dialog: DialogState, context: ScreenContext) -> ScreenResponse {
        switch continuation {}
    }
}
