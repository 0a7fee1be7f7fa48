import Foundation

/// Runs the built `chefforum` binary as a user would, capturing its output.
enum BinaryRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `.build/debug/chefforum` (or whichever configuration the tests were built in), found
    /// next to the test bundle.
    static var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("chefforum")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/chefforum")
    }

    /// Runs `executable` (the built binary, or a copy of it) in `directory` (the tests' own, or
    /// another folder).
    static func run(_ arguments: [String], environment extra: [String: String] = [:], executable: URL = binary,
                    in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "da_DK.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        // Tables narrow to COLUMNS: a test's own shell must not decide how wide they are.
        environment.removeValue(forKey: "COLUMNS")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
