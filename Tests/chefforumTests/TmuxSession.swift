import Foundation
import Glibc

/// A detached tmux session on its own socket, running a command in a pane of a given size: the
/// end-to-end tests' terminal. Every wait has a deadline; screens are polled, never slept on.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    let socket: String

    /// How long a wait may take before the test fails. Generous: only a failing test waits this
    /// long, and on a fresh CI machine the first start of a freshly linked debug binary, while
    /// the rest of the suite runs beside it, has taken more than ten seconds.
    static let patience: Double = 40

    /// Starts `command` in a new session of `columns`×`rows` with an empty tmux configuration.
    init(command: String, columns: Int, rows: Int, environment: [String: String]) throws {
        socket = "/tmp/cf-e2e-\(UUID().uuidString.prefix(8)).sock"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d",
                             "-x", String(columns), "-y", String(rows), command]
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        // The server inherits the client's descriptors: give it none to hold open, and do not
        // wait for this client, which can outlive the session's start.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try Self.runWithoutBlockedSignals(process)
    }

    /// Starts a process from a thread of our own whose signal mask is empty. Test threads block
    /// most signals and a child inherits the mask: a tmux server started from one would never act
    /// on SIGTERM (so `kill-server` would leave it running), nor its panes on SIGHUP.
    private static func runWithoutBlockedSignals(_ process: Process) throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        let thread = Thread {
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            do {
                try process.run()
            } catch {
                failure = error
            }
            done.signal()
        }
        thread.start()
        done.wait()
        if let failure { throw failure }
    }

    /// Runs a tmux command on this session's socket and returns its output.
    @discardableResult
    func tmux(_ arguments: [String], deadline seconds: Double = 5) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket] + arguments
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw Timeout(waitingFor: "tmux \(arguments.joined(separator: " "))", screen: "")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The pane's text now; empty while the session is still starting.
    func screen() -> String {
        (try? tmux(["capture-pane", "-p"])) ?? ""
    }

    /// Waits until `condition` holds for the screen, and returns that screen.
    @discardableResult
    func waitFor(_ description: String, within seconds: Double = TmuxSession.patience,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(waitingFor: description, screen: last)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, within seconds: Double = TmuxSession.patience) throws -> String {
        try waitFor("«\(text)»", within: seconds) { $0.contains(text) }
    }

    /// Types keys: literal text, or tmux key names such as `Escape`, `Enter`, `C-c`.
    func send(_ keys: String, literal: Bool = true) throws {
        try tmux(["send-keys", "-t", "0"] + (literal ? ["-l", keys] : [keys]))
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(columns), "-y", String(rows)])
    }

    /// Ends the tmux server of this session (and so the programs in it).
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }
}
