import ForumCore
import Foundation
import Glibc

/// A program run to completion with what it cost: wall time, peak resident memory and CPU
/// time, read from the kernel (`wait4`) rather than estimated. Its standard output goes to a
/// file, its standard error is kept for a failure's message.
struct MeasuredRun {
    let status: Int32
    let wall: Duration
    /// The largest resident set of the process, in bytes.
    let peakMemory: Int
    let cpu: Duration
    let output: String
    let errors: String

    /// Runs `arguments` (the program first, found on PATH) with standard input from
    /// `input` (a file) or /dev/null.
    static func run(_ arguments: [String], input: String? = nil, in folder: URL) throws -> MeasuredRun {
        let out = folder.appendingPathComponent("run.out").path, err = folder.appendingPathComponent("run.err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw CommandError.failed(Strings.benchCannotRun(arguments[0], reason: String(cString: strerror(spawned)))) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let wall = clock.now - started
        func duration(_ time: timeval) -> Duration { .seconds(time.tv_sec) + .microseconds(time.tv_usec) }
        let exited = status & 0x7f == 0
        return MeasuredRun(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), wall: wall,
                           peakMemory: usage.ru_maxrss * 1024, cpu: duration(usage.ru_utime) + duration(usage.ru_stime),
                           output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                           errors: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}
