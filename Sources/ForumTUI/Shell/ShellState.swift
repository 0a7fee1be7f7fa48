import ForumCore

/// Something drawn over the screen that takes the keys until it closes.
enum Overlay: Sendable {
    case help(HelpState)
    case palette(PaletteState)
    /// A dialog and who handles its confirmation.
    case dialog(DialogState, DialogPurpose)
}

/// What happens when the user confirms a dialog.
enum DialogPurpose: Sendable {
    /// The console's own "quit and discard the input?".
    case quit
    /// Where to write what the screen showed when `e` was pressed.
    case export(ExportSheet)
    /// A dialog a screen opened: `confirm` hands the screen its typed continuation.
    case screen(ScreenID, confirm: @Sendable (inout any Screen, DialogState, ScreenContext) -> ScreenResponse)

    var isQuit: Bool {
        if case .quit = self { return true }
        return false
    }
}

/// Everything the console shows and remembers. Changed only by the update functions
/// (`ShellState+Input`, `ShellState+Messages`) and drawn only by `ShellView`.
struct ShellState: Sendable {
    var language: Language
    var theme: ThemeName
    var user: User
    var databaseLabel: String
    var today: Day
    /// The municipality's settings, nil until the first load.
    var settings: ForumSettings?
    var size: Size
    var active: ScreenID = .decisions
    var screens: [any Screen]
    /// Topmost last.
    var overlays: [Overlay] = []
    var status = StatusLineState()
    /// The console's clock: time since it started.
    var now: Duration = .zero
    /// The repository's change token when the shown data was loaded.
    var changeToken: Int64?
    var quitRequested = false
    /// Set by Ctrl-L: the driver forgets what is on screen and writes every cell again.
    var redrawRequested = false

    init(language: Language, theme: ThemeName, user: User, databaseLabel: String, today: Day, size: Size,
         screens: [any Screen] = ScreenID.allCases.map { NotBuiltScreen(id: $0) }) {
        self.language = language
        self.theme = theme
        self.user = user
        self.databaseLabel = databaseLabel
        self.today = today
        self.size = size
        self.screens = screens
    }

    /// The rows the header, tabs, status line and footer leave to the screen.
    var bodyArea: Rect { Rect(x: 0, y: 2, width: size.width, height: size.height - 4) }

    /// Whether the terminal is large enough to draw the console.
    var fits: Bool { size.fits(.minimum) }

    func context(for id: ScreenID) -> ScreenContext {
        ScreenContext(language: language, today: today, user: user, settings: settings, area: bodyArea)
    }

    var activeIndex: Int { screens.firstIndex { $0.id == active } ?? 0 }

    var activeScreen: any Screen { screens[activeIndex] }

    /// Whether an open dialog or a screen's editor holds input that quitting would throw away.
    var hasUnsavedInput: Bool {
        screens.contains(where: \.hasUnsavedInput) || overlays.contains { overlay in
            if case .dialog(let dialog, _) = overlay { return dialog.hasUnsavedInput }
            return false
        }
    }

    func text(_ phrase: Phrase) -> String { phrase.text(language) }
}
