import ForumCore
import Foundation

/// One run of `chefforum bench`: builds a demo database in a temporary folder, adds the
/// generated data, times each figure as a person would wait for it and returns the figures.
struct BenchRun {
    let postings: Int
    let requests: Int
    let offers: Int
    let language: Language

    /// How often a short measurement is repeated; its median is reported.
    static let repeats = 5

    func measure() async throws -> BenchFigures {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try Self.ownBinary()
        let database = folder.appendingPathComponent("bench.sqlite").path
        let file = { (name: String) in folder.appendingPathComponent(name).path }
        let load = Self.loadAverage()

        step(Strings.benchStepData(postings: postings, requests: requests, offers: offers))
        try run([binary, "demo", "--no-ui", "--db", database], in: folder)
        try run([binary, "generate", "--postings", String(postings), "--out", file("postings.csv"), "--quiet"], in: folder)
        try run([binary, "generate", "--requests", String(requests), "--out", file("requests.csv"), "--quiet"], in: folder)
        try run([binary, "generate", "--offers", String(offers), "--out", file("offers.csv"), "--quiet"], in: folder)

        // The reference before and after the import, so that a machine busier in one half of
        // the run than in the other shows in both.
        step(Strings.benchStepImport)
        let reference = file("reference.sqlite")
        let script = file("reference.sql")
        try ".mode csv\n.separator ;\n.import '\(file("postings.csv"))' posting\n".write(toFile: script, atomically: true, encoding: .utf8)
        let firstReference = try run(["sqlite3", reference], input: script, in: folder)
        try FileManager.default.removeItem(atPath: reference)
        let imported = try run([binary, "import", "postings", file("postings.csv"), "--db", database, "--replace", "--quiet"],
                               in: folder)
        let secondReference = try run(["sqlite3", reference], input: script, in: folder)
        // The reference table holds the generated (fictional) CPR numbers in clear: it goes at once.
        try FileManager.default.removeItem(atPath: reference)
        try run([binary, "import", "offers", file("offers.csv"), "--db", database, "--quiet"], in: folder)
        try run([binary, "import", "requests", file("requests.csv"), "--db", database, "--quiet"], in: folder)

        step(Strings.benchStepReports)
        var burn: [Duration] = []
        for _ in 0..<Self.repeats {
            burn.append(try run([binary, "report", "burn", "--format", "json", "--db", database], in: folder).wall)
        }

        step(Strings.benchStepConsole)
        var queueFrames: [Duration] = [], budgetFrames: [Duration] = []
        for _ in 0..<Self.repeats {
            queueFrames.append(try run([binary, "bench", "--console-part", "queue-frame", "--db", database], in: folder).wall)
            budgetFrames.append(try run([binary, "bench", "--console-part", "budget-frame", "--db", database], in: folder).wall)
        }
        let keys = try run([binary, "bench", "--console-part", "keys", "--db", database], in: folder)
        let keyFigures = try JSONDecoder().decode([BenchConsole.KeyFigures].self, from: Data(keys.output.utf8))
        let idle = try run([binary, "bench", "--console-part", "idle", "--db", database], in: folder)
        guard let idleCPU = Double(idle.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CommandError.failed(Strings.benchBadOutput("idle"))
        }

        return BenchFigures(
            machine: .init(cores: ProcessInfo.processInfo.activeProcessorCount, loadBefore: load, loadAfter: Self.loadAverage()),
            data: .init(postings: postings, requests: requests, offers: offers),
            importSeconds: Self.seconds(imported.wall),
            referenceSeconds: [Self.seconds(firstReference.wall), Self.seconds(secondReference.wall)],
            importPeakMB: Self.megabytes(imported.peakMemory),
            burnReportMS: Self.median(burn),
            queueFirstFrameMS: Self.median(queueFrames),
            budgetFirstFrameMS: Self.median(budgetFrames),
            keys: keyFigures,
            consolePeakMB: Self.megabytes(keys.peakMemory),
            idleCPUPercent: idleCPU / 5000 * 100)
    }

    /// Runs a step that must succeed; a failure ends the benchmark with the program's own message.
    @discardableResult
    private func run(_ arguments: [String], input: String? = nil, in folder: URL) throws -> MeasuredRun {
        let result = try MeasuredRun.run(arguments, input: input, in: folder)
        guard result.status == 0 else {
            let name = arguments.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
            throw CommandError.failed(Strings.benchStepFailed(name, status: result.status,
                                                               message: result.errors.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return result
    }

    private func step(_ phrase: Phrase) {
        FileHandle.standardError.write(Data((phrase.text(language) + "\n").utf8))
    }

    private static func temporaryFolder() throws -> URL {
        var template = Array((NSTemporaryDirectory() + "/chefforum-bench.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw CommandError.failed(Strings.benchCannotRun("mkdtemp", reason: String(cString: strerror(errno))))
        }
        return URL(fileURLWithPath: String(cString: made))
    }

    /// This program's own file, so that every step runs the build being measured.
    private static func ownBinary() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// The one-minute load average: how busy the machine was.
    private static func loadAverage() -> Double {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return Double(text.split(separator: " ").first ?? "") ?? 0
    }

    static func median(_ samples: [Duration]) -> Double {
        BenchConsole.milliseconds(samples.sorted()[samples.count / 2])
    }

    static func seconds(_ duration: Duration) -> Double { BenchConsole.milliseconds(duration) / 1000 }

    static func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}
