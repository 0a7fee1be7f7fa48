import CNcurses
import ForumCore

/// Why the console could not open the terminal.
enum TerminalError: Error, Hashable, UserFacingError {
    case notATerminal
    case typeMissing
    case typeUnknown(String)

    var phrase: Phrase {
        switch self {
        case .notATerminal: Strings.notATerminal
        case .typeMissing: Strings.terminalTypeMissing
        case .typeUnknown(let name): Strings.terminalTypeUnknown(name)
        }
    }
}

/// The terminal driver: the one place that talks to ncurses.
///
/// It sets a UTF-8 locale, opens the terminal with `newterm` (which fails politely where
/// `initscr` would exit), reads keys raw with `get_wch` (function keys, æøå, a short Esc delay),
/// the mouse wheel and clicks, and resizes; it writes frames by colour pair and attribute, only
/// the cells that changed. It always gives the terminal back: `close()` on the way out, a flag
/// for stop signals that the loop reads, and `endwin()` from the crash-signal handler.
@MainActor
final class Terminal: TerminalDevice {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// Files opened for a test terminal, closed with it.
    private let files: [UnsafeMutablePointer<FILE>]
    /// A real terminal watches for stop signals; test terminals do not.
    private let interactive: Bool
    /// The descriptor input comes from, watched for a hang-up; nil when input is not a terminal.
    private let input: Int32?
    private let depth: ColourDepth
    /// Whether the terminal can keep its own colours behind ours (`use_default_colors`).
    private let keepsDefaultColours: Bool
    private var pairs: [Paint: Int16] = [:]
    private var shown: Frame?
    private var shownTheme: ThemeName?
    private var quickErrors = 0
    private var closed = false
    private(set) var mustStop = false
    /// The stop signal that ended the console, if one did.
    private var stopSignal: Int32?
    /// How many cells the last `present` wrote: the measure of frame diffing.
    private(set) var writtenCells = 0

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, files: [UnsafeMutablePointer<FILE>],
                 interactive: Bool, input: Int32?) {
        self.screen = screen
        self.window = window
        self.files = files
        self.interactive = interactive
        self.input = input
        raw()
        noecho()
        nonl()
        keypad(window, true)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        var colours = 0
        var keepsDefaults = false
        if has_colors() {
            start_color()
            keepsDefaults = use_default_colors() == OK
            colours = Int(cnc_colors())
        }
        depth = ColourDepth(colourCount: colours)
        keepsDefaultColours = keepsDefaults
        mousemask(CNC_BUTTON1_PRESSED | CNC_BUTTON1_CLICKED | CNC_BUTTON4_PRESSED | CNC_BUTTON5_PRESSED, nil)
        mouseinterval(0)
        curs_set(0)
    }

    /// Opens the terminal on standard input and output.
    static func open() throws(TerminalError) -> Terminal {
        cnc_unblock_all_signals()
        useUTF8Locale()
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        guard let type = getenv("TERM").map({ String(cString: $0) }), !type.isEmpty else { throw .typeMissing }
        // Before newterm, so that ncurses keeps its hands off SIGINT and SIGTERM (its own handlers
        // would exit with status 1); it still installs its SIGWINCH handler for resizes.
        cnc_install_signal_handlers()
        guard let screen = newterm(nil, cnc_stdout(), cnc_stdin()) else {
            cnc_restore_signal_handlers()
            throw .typeUnknown(type)
        }
        set_term(screen)
        guard let window = cnc_stdscr() else {
            endwin()
            cnc_restore_signal_handlers()
            throw .typeUnknown(type)
        }
        return Terminal(screen: screen, window: window, files: [], interactive: true, input: 0)
    }

    /// A terminal of a given type and size for tests, on /dev/null (nothing is shown, but every
    /// cell can be read back with `contents()`) or on a given device such as a pseudo-terminal,
    /// whose hang-up it then watches for.
    static func openForTesting(type: String, size: Size, device: String = "/dev/null") throws(TerminalError) -> Terminal {
        useUTF8Locale()
        guard let output = fopen(device, "w") else { throw .notATerminal }
        guard let input = fopen(device, "r") else {
            fclose(output)
            throw .notATerminal
        }
        guard let screen = newterm(type, output, input) else {
            fclose(output)
            fclose(input)
            throw .typeUnknown(type)
        }
        set_term(screen)
        guard let window = cnc_stdscr() else {
            endwin()
            fclose(output)
            fclose(input)
            throw .typeUnknown(type)
        }
        let descriptor = fileno(input)
        let terminal = Terminal(screen: screen, window: window, files: [output, input], interactive: false,
                                input: isatty(descriptor) == 1 ? descriptor : nil)
        resizeterm(Int32(size.height), Int32(size.width))
        return terminal
    }

    /// Uses the user's locale, or C.UTF-8 when that is not UTF-8: ncursesw needs a UTF-8 locale
    /// to write æøå and box lines instead of `lqqk`.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// An environment variable, or nil when it is not set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// The colour depth ncurses found for the terminal type.
    var colourDepth: ColourDepth { depth }

    func nextEvent(timeout: Duration) -> InputEvent? {
        if noteStopSignal() { return nil }
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        wtimeout(window, milliseconds)
        let started = ContinuousClock.now
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR {
            noteError(quick: ContinuousClock.now - started < timeout / 2)
            return nil
        }
        quickErrors = 0
        return result == KEY_CODE_YES ? functionKey(Int32(character)) : key(character)
    }

    /// A run of `get_wch` errors that come back at once instead of after the timeout means input
    /// is at its end: when the input is no longer a terminal, or has hung up, the console stops.
    /// (A closed terminal also sends SIGHUP; this catches the case where that never arrives.)
    private func noteError(quick: Bool) {
        if noteStopSignal() { return }
        quickErrors = quick ? quickErrors + 1 : 0
        guard let input, quickErrors >= 20 else { return }
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        let hungUp = poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        if isatty(input) != 1 || hungUp { mustStop = true }
    }

    /// Whether a stop signal arrived; if so the console must stop.
    private func noteStopSignal() -> Bool {
        guard interactive else { return false }
        let signal = cnc_take_stop_signal()
        guard signal != 0 else { return false }
        stopSignal = signal
        mustStop = true
        return true
    }

    private func key(_ code: wint_t) -> InputEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return Unicode.Scalar(UInt32(code) + 96).map { .key(.control(Character($0))) }
        case 0..<32: return nil
        default: return Unicode.Scalar(UInt32(code)).map { .key(.character(Character($0))) }
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(code - KEY_F0)))
        case KEY_RESIZE:
            invalidate()
            return .resize(size)
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    private func mouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let point = Point(x: Int(event.x), y: Int(event.y))
        if event.bstate & CNC_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(.wheelUp, at: point)) }
        if event.bstate & CNC_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(.wheelDown, at: point)) }
        if event.bstate & (CNC_BUTTON1_PRESSED | CNC_BUTTON1_CLICKED) != 0 {
            return .mouse(MouseEvent(.click, at: point))
        }
        return nil
    }

    func present(_ frame: Frame, theme: ThemeName) {
        if theme != shownTheme { shown = nil }
        let diff = FrameDiff(from: shown, to: frame)
        for run in diff.runs {
            for x in run.x..<(run.x + run.count) {
                let cell = frame[x, run.y]
                guard case .character(let character) = cell.content else { continue }
                write(character, style: cell.style, theme: theme, x: x, y: run.y)
            }
        }
        writtenCells = diff.cellCount
        if let cursor = frame.cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
        shown = frame
        shownTheme = theme
    }

    private func write(_ character: Character, style: Style, theme: ThemeName, x: Int, y: Int) {
        let paint = theme.paint(style.role, depth: depth)
        let emphasis = paint.emphasis.union(style.emphasis)
        var attributes = CNC_A_NORMAL
        if emphasis.contains(.bold) { attributes |= CNC_A_BOLD }
        if emphasis.contains(.underline) { attributes |= CNC_A_UNDERLINE }
        if emphasis.contains(.reverse) { attributes |= CNC_A_REVERSE }
        var wide: [wchar_t] = character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) } + [0]
        var cell = cchar_t()
        setcchar(&cell, &wide, attributes, pair(for: paint), nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    /// The colour pair for a paint, made on first use; 0 (the terminal's colours) without colour.
    private func pair(for paint: Paint) -> Int16 {
        guard depth != .none else { return 0 }
        let key = Paint(paint.foreground, paint.background)
        if let known = pairs[key] { return known }
        let number = pairs.count + 1
        guard number < Int(cnc_color_pairs()), number <= Int(Int16.max) else { return 0 }
        func index(_ colour: TerminalColour, fallback: Int16) -> Int16 {
            switch colour {
            case .terminalDefault: keepsDefaultColours ? -1 : fallback
            case .indexed(let value): Int16(Swift.min(value, Int(cnc_colors()) - 1))
            }
        }
        init_pair(Int16(number), index(paint.foreground, fallback: 7), index(paint.background, fallback: 0))
        pairs[key] = Int16(number)
        return Int16(number)
    }

    func invalidate() {
        shown = nil
        clearok(window, true)
    }

    /// Gives the terminal back: ends curses mode, restores the signal handlers it replaced.
    func close() {
        guard !closed else { return }
        closed = true
        endwin()
        if interactive { cnc_restore_signal_handlers() }
        delscreen(screen)
        for file in files { fclose(file) }
    }

    /// After `close()`: ends the process by the stop signal that stopped the console, if one did,
    /// so that whoever sent SIGTERM or SIGHUP sees the process end by it, with the terminal restored.
    func raiseStopSignal() {
        guard closed, let stopSignal else { return }
        raise(stopSignal)
    }

    /// The text on screen as ncurses holds it, row by row without trailing spaces, for tests.
    func contents() -> [String] {
        let size = size
        return (0..<size.height).map { y in
            var line = ""
            var x = 0
            while x < size.width {
                var cell = cchar_t()
                mvwin_wch(window, Int32(y), Int32(x), &cell)
                var text = [wchar_t](repeating: 0, count: 8)
                var attributes: attr_t = 0
                var pair: Int16 = 0
                getcchar(&cell, &text, &attributes, &pair, nil)
                let scalars = text.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
                let character = scalars.isEmpty ? " " : String(String.UnicodeScalarView(scalars))
                line += character
                x += Swift.max(1, DisplayWidth.of(character))
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Whether a cell on screen has these attributes, for tests.
    func cellHas(bold: Bool, reverse: Bool, at point: Point) -> Bool {
        var cell = cchar_t()
        mvwin_wch(window, Int32(point.y), Int32(point.x), &cell)
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &text, &attributes, &pair, nil)
        return (attributes & CNC_A_BOLD != 0) == bold && (attributes & CNC_A_REVERSE != 0) == reverse
    }

    /// Puts a key into the input queue as if it had been typed, for tests: a character, or an
    /// ncurses key code with `function: true`.
    func type(_ code: Int32, function: Bool = false) {
        if function { ungetch(code) } else { unget_wch(wchar_t(code)) }
    }
}
