@testable import ForumTUI

/// A terminal for loop tests: input from a script, frames recorded, no ncurses.
@MainActor
final class FakeTerminal: TerminalDevice {
    var size: Size
    var pending: [InputEvent] = []
    private(set) var frames: [Frame] = []
    private(set) var invalidations = 0
    var mustStop = false

    init(size: Size) {
        self.size = size
    }

    func nextEvent(timeout: Duration) -> InputEvent? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    func present(_ frame: Frame, theme: ThemeName) {
        frames.append(frame)
    }

    func invalidate() {
        invalidations += 1
    }

    var lastFrame: Frame? { frames.last }
}

/// The console's clock in loop tests: it moves only when the test moves it.
@MainActor
final class ManualClock {
    var now: Duration = .zero
}

extension ConsoleLoop {
    /// Turns the loop until every started effect has come back and all input is read. The
    /// deadline only bounds a failing test: a busy machine may take seconds to schedule effects.
    func settle(_ device: FakeTerminal) async {
        let deadline = ContinuousClock.now + .seconds(60)
        repeat {
            step()
            try? await Task.sleep(for: .milliseconds(1))
        } while (effectsInFlight > 0 || !device.pending.isEmpty) && ContinuousClock.now < deadline
        step()
    }
}
