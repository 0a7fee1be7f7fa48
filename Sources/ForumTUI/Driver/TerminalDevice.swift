/// What the console loop needs from a terminal. `Terminal` implements it over ncurses; tests
/// implement it with scripted input and recorded frames.
@MainActor
protocol TerminalDevice: AnyObject {
    /// The terminal's size now.
    var size: Size { get }
    /// Waits up to `timeout` for input and returns it, or nil when none came: the idle tick.
    func nextEvent(timeout: Duration) -> InputEvent?
    /// Shows a frame, writing only the cells that changed since the last one.
    func present(_ frame: Frame, theme: ThemeName)
    /// Forgets what is on screen, so that the next frame is written whole (Ctrl-L).
    func invalidate()
    /// Whether the console must stop now: a stop signal (Ctrl-C from outside, SIGTERM, SIGHUP)
    /// arrived or the terminal went away.
    var mustStop: Bool { get }
}
