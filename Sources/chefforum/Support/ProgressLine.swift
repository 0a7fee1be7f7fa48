import ForumCore
import ForumStore
import Foundation
import Synchronization

/// A progress line on stderr that updates in place — lines, rate, time left — at most ten
/// times a second, and only on a terminal: a pipe or a log file gets the summary alone.
final class ProgressLine: Sendable {
    private struct State {
        var lastShown: ContinuousClock.Instant?
        var shown = false
    }

    private let language: Language
    private let state = Mutex(State())
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant

    /// Nil when stderr is not a terminal.
    init?(language: Language) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.language = language
        started = clock.now
    }

    func show(_ progress: ImportProgress) {
        let now = clock.now
        let line: String? = state.withLock { state in
            if let last = state.lastShown, now - last < .milliseconds(100) { return nil }
            state.lastShown = now
            state.shown = true
            let elapsed = Double((now - started).components.attoseconds) / 1e18 + Double((now - started).components.seconds)
            guard elapsed > 0 else { return nil }
            let perSecond = Int(Double(progress.lines) / elapsed)
            let fraction = progress.fileSize > 0 ? Double(progress.bytesRead) / Double(progress.fileSize) : 0
            let left = fraction > 0.01 ? Int((elapsed / fraction - elapsed).rounded(.up)) : nil
            return Strings.importProgress(lines: progress.lines, perSecond: perSecond, secondsLeft: left).text(language)
        }
        if let line { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) }
    }

    /// Removes the line, so that the summary or the problems start on a clean line.
    func clear() {
        if state.withLock({ $0.shown }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
