import Foundation
import Testing
@testable import ForumTUI

/// Golden frames: a frame's text compared with a file under `Tests/ForumTUITests/Golden/`.
///
/// On a difference the failure shows every line of the frame, marking the lines that differ
/// (`-` expected, `+` actual) between bars, so trailing spaces and alignment are visible. Run the
/// tests with `CHEFFORUM_RECORD_GOLDEN=1` to write the files anew from what the code draws now;
/// then read the changed files (`git diff Tests/ForumTUITests/Golden`) before committing them.
enum GoldenFrame {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["CHEFFORUM_RECORD_GOLDEN"] == "1" }

    static func assert(_ frame: Frame, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = frame.text + "\n"
        let file = directory.appendingPathComponent(name + ".txt")
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; record it with CHEFFORUM_RECORD_GOLDEN=1 swift test",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let report = diff(expected: expected, actual: actual)
        Issue.record("frame differs from \(name).txt:\n\(report)", sourceLocation: sourceLocation)
    }

    /// Every line, with differing lines shown as an expected/actual pair.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : nil
            let after = index < new.count ? new[index] : nil
            let number = String(format: "%3d", index + 1)
            if before == after {
                report.append("\(number)   |\(after ?? "")|")
            } else {
                report.append("\(number) - |\(before ?? "(no line)")|")
                report.append("\(number) + |\(after ?? "(no line)")|")
            }
        }
        return report.joined(separator: "\n")
    }
}
