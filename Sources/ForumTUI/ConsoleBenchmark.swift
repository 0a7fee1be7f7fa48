import ForumCore
import Glibc

/// The console measured without a terminal, for `chefforum bench`: the same loop, screens,
/// effects and frame diff as on a terminal, with input from a script and frames diffed but not
/// written. What it times is the console's own work from a key to its frame — handling, the
/// loads the key starts, rendering and the diff — not the terminal's.
public enum ConsoleBenchmark {
    /// One kind of key press timed: its name and one duration per press.
    public struct KeyTimes: Sendable {
        public let name: String
        public let samples: [Duration]
    }

    /// A console on `repository` for `user`, its screens as `Console.run` builds them.
    @MainActor
    private static func loop(repository: any ForumRepository, user: User, today: Day, size: Size,
                             device: HeadlessTerminal, clock: @escaping @MainActor () -> Duration) -> ConsoleLoop {
        let state = ShellState(language: .danish, theme: .standard, user: user, databaseLabel: "bench", today: today,
                               size: size, screens: Console.screens(clock: { Timestamp(secondsSinceEpoch: 0) }))
        return ConsoleLoop(state: state, device: device, repository: repository, clock: clock)
    }

    /// Starts the console, presses `screen` (a tab's digit) if given, and returns once the frame
    /// with everything loaded is made: every effect has come back.
    @MainActor
    public static func firstFullFrame(repository: any ForumRepository, user: User, today: Day, size: Size,
                                      screen: Character?) async {
        let device = HeadlessTerminal(size: size)
        if let screen { device.pending.append(.key(.character(screen))) }
        let loop = loop(repository: repository, user: user, today: today, size: size, device: device, clock: { .zero })
        loop.begin()
        await settle(loop, device)
    }

    /// Times each press of each script on `screen`, after its first full frame. A script is a
    /// name and the presses of one round (`["/", "B", "U", "F", Esc]`), repeated `rounds` times.
    /// The clock the loop sees stands still, so the change-token poll (every 500 ms on a real
    /// console) does not land inside a key's time.
    @MainActor
    public static func keyTimes(repository: any ForumRepository, user: User, today: Day, size: Size, screen: Character,
                                scripts: [(name: String, keys: [Key], rounds: Int)]) async -> [KeyTimes] {
        let device = HeadlessTerminal(size: size)
        device.pending.append(.key(.character(screen)))
        let loop = loop(repository: repository, user: user, today: today, size: size, device: device, clock: { .zero })
        loop.begin()
        await settle(loop, device)
        let clock = ContinuousClock()
        var results: [KeyTimes] = []
        for script in scripts {
            var samples: [Duration] = []
            samples.reserveCapacity(script.keys.count * script.rounds)
            for _ in 0..<script.rounds {
                for key in script.keys {
                    device.pending.append(.key(key))
                    let started = clock.now
                    await settle(loop, device)
                    samples.append(clock.now - started)
                }
            }
            results.append(KeyTimes(name: script.name, samples: samples))
        }
        return results
    }

    /// Runs an idle console (first frame loaded, no keys) for `duration` with the real loop's
    /// waits and change-token polls, and returns the process's CPU time over that span.
    @MainActor
    public static func idleCPU(repository: any ForumRepository, user: User, today: Day, size: Size,
                               duration: Duration) async -> Duration {
        let device = HeadlessTerminal(size: size)
        device.waits = true
        let clock = ContinuousClock()
        let origin = clock.now
        let loop = loop(repository: repository, user: user, today: today, size: size, device: device,
                        clock: { clock.now - origin })
        loop.begin()
        await settle(loop, device)
        let before = processCPU()
        let end = clock.now + duration
        while clock.now < end {
            loop.step()
            await Task.yield()
        }
        return processCPU() - before
    }

    /// Turns the loop until the input is read and every effect has come back.
    @MainActor
    private static func settle(_ loop: ConsoleLoop, _ device: HeadlessTerminal) async {
        repeat {
            loop.step()
            if loop.effectsInFlight > 0 { await Task.yield() }
        } while loop.effectsInFlight > 0 || !device.pending.isEmpty
    }

    /// User and system CPU time of this process so far.
    public static func processCPU() -> Duration {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func duration(_ time: timeval) -> Duration { .seconds(time.tv_sec) + .microseconds(time.tv_usec) }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }
}

/// A terminal without a screen: input from a list, each frame diffed against the last as
/// `Terminal.present` does, and nothing written. It waits out the loop's timeout only when
/// asked (`waits`), as a terminal with no input does; otherwise it returns at once.
@MainActor
final class HeadlessTerminal: TerminalDevice {
    let size: Size
    var pending: [InputEvent] = []
    var waits = false
    /// The cells the diffs found changed: kept, so that the diff is work that is done.
    private(set) var changedCells = 0
    private var shown: Frame?

    init(size: Size) {
        self.size = size
    }

    func nextEvent(timeout: Duration) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        if waits {
            let (seconds, attoseconds) = timeout.components
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
            nanosleep(&request, nil)
        }
        return nil
    }

    func present(_ frame: Frame, theme: ThemeName) {
        changedCells += FrameDiff(from: shown, to: frame).cellCount
        shown = frame
    }

    func invalidate() {
        shown = nil
    }

    var mustStop: Bool { false }
}
