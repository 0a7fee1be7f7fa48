import Foundation

/// How many columns a table printed on stdout may take: `COLUMNS` when it is set (so that
/// `COLUMNS=100 chefforum … | less` narrows too), else the terminal's width when stdout is one,
/// else no limit — a pipe or a file gets the whole table.
enum TerminalWidth {
    static var current: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
