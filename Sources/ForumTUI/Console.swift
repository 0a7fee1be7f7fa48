import ForumCore

/// How the console looks and speaks.
public struct ConsoleOptions: Hashable, Sendable {
    public var language: Language
    /// The theme asked for with `--theme`; nil picks monochrome under `NO_COLOR`, else the default.
    public var theme: ThemeName?
    /// Whether the person at the keyboard is among the database's users: someone unknown is
    /// told how to be added, a registered reader only that they read.
    public var registered: Bool

    public init(language: Language, theme: ThemeName? = nil, registered: Bool = true) {
        self.language = language
        self.theme = theme
        self.registered = registered
    }
}

/// The terminal console: the entry point the `chefforum` executable calls.
public enum Console {
    /// Opens the console on the terminal and runs it until the user quits, a stop signal arrives
    /// or the terminal goes away. The terminal is given back in every case; after a stop signal
    /// (SIGTERM, SIGHUP, SIGINT from outside) the process then ends by that signal.
    ///
    /// - Parameters:
    ///   - repository: where the forum's data lives; the console reads and commands through it
    ///     and polls its change token to show what other terminals decide.
    ///   - user: who is at the keyboard (from the OS login); decides what actions are allowed.
    ///   - databaseLabel: which database the header names (a file name or a short path).
    ///   - today: the date the console works with (the core reads no clock).
    ///   - clock: the time now, for the time stamps of decisions made in the console.
    ///   - options: language and theme.
    /// - Throws: `UserFacingError` when there is no usable terminal.
    @MainActor
    public static func run(repository: any ForumRepository, user: User, databaseLabel: String, today: Day,
                           clock: @escaping @Sendable () -> Timestamp, options: ConsoleOptions) async throws {
        let terminal = try Terminal.open()
        defer { terminal.close() }
        let noColor = Terminal.environment("NO_COLOR")
        var state = ShellState(language: options.language,
                               theme: ThemeName.resolve(requested: options.theme, noColor: noColor),
                               user: user, databaseLabel: databaseLabel, today: today, size: terminal.size,
                               screens: screens(clock: clock))
        // Someone the database does not know may read: say at once how to be added. A
        // registered reader is only reminded that the console is for reading.
        if !options.registered {
            state.status.post(.warning, state.text(Strings.readOnly), now: .zero)
        } else if user.roles.isSubset(of: [.reader]) {
            state.status.post(.info, state.text(Strings.readerOnly), now: .zero)
        }
        let started = ContinuousClock.now
        let loop = ConsoleLoop(state: state, device: terminal, repository: repository) {
            ContinuousClock.now - started
        }
        await loop.run()
        terminal.close()
        terminal.raiseStopSignal()
    }

    /// The console's screens in tab order.
    static func screens(clock: @escaping @Sendable () -> Timestamp) -> [any Screen] {
        ScreenID.allCases.map { id in
            switch id {
            case .decisions: DecisionsScreen(clock: clock)
            case .capacity: CapacityScreen(clock: clock)
            case .budget: BudgetScreen()
            case .deviations: DeviationsScreen(clock: clock)
            case .meeting: MeetingScreen(clock: clock)
            case .transitions: TransitionsScreen(clock: clock)
            }
        }
    }
}
