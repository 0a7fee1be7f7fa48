import Foundation
import Testing

/// A copy of the demo database for one test. The demo is built once per test run with the real
/// binary (`chefforum demo --no-ui`) and copied, so each test starts from the same fresh state.
struct DemoDatabaseFixture {
    let directory: URL
    var path: String { directory.appendingPathComponent("demo.sqlite").path }

    /// The template, built on first use.
    private static let template: Result<URL, any Error> = {
        do {
            let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cf-demo-template-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let result = try BinaryRunner.run(["demo", "--db", directory.appendingPathComponent("demo.sqlite").path, "--no-ui"])
            guard result.status == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "demo failed: \(result.stderr)"])
            }
            return .success(directory)
        } catch {
            return .failure(error)
        }
    }()

    init() throws {
        let template = try Self.template.get()
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cf-demo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: template, to: directory)
    }

    /// The login the binary will see (the OS user running the tests).
    static var login: String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }

    /// Runs chefforum on this database.
    func run(_ arguments: [String], lang: String = "da_DK.UTF-8") throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments + ["--db", path], environment: ["LANG": lang])
    }

    /// Runs and expects success, returning standard output.
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "chefforum \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }

    func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try succeed(arguments + ["--format", "json"]).utf8))
    }

    /// Opens today's meeting with the person at the keyboard (the demo's chair) taking part: the
    /// forum's requests are decided only in an open meeting (DOMAIN §10).
    func openMeeting() throws {
        _ = try succeed(["meeting", "open", "--participants", Self.login])
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
