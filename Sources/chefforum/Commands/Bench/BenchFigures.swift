import ForumCore
import Foundation

/// The figures of one `chefforum bench` run, with the targets of issue #15 beside them. Times
/// are durations (never money), so they are measured in `Double` milliseconds or seconds.
struct BenchFigures: Encodable {
    struct Machine: Encodable {
        let cores: Int
        let loadBefore: Double
        let loadAfter: Double

        enum CodingKeys: String, CodingKey {
            case cores, loadBefore = "load_before", loadAfter = "load_after"
        }
    }

    struct Counts: Encodable {
        let postings: Int
        let requests: Int
        let offers: Int
    }

    let machine: Machine
    let data: Counts
    let importSeconds: Double
    /// `sqlite3 .import` of the same file, before and after the import.
    let referenceSeconds: [Double]
    let importPeakMB: Double
    let burnReportMS: Double
    let queueFirstFrameMS: Double
    let budgetFirstFrameMS: Double
    let keys: [BenchConsole.KeyFigures]
    let consolePeakMB: Double
    let idleCPUPercent: Double

    /// The import against the mean of the two references.
    var importRatio: Double { importSeconds / (referenceSeconds.reduce(0, +) / Double(referenceSeconds.count)) }

    enum CodingKeys: String, CodingKey {
        case machine, data
        case importSeconds = "import_seconds", referenceSeconds = "sqlite3_import_seconds", importRatio = "import_ratio"
        case importPeakMB = "import_peak_mb", burnReportMS = "burn_report_ms"
        case queueFirstFrameMS = "queue_first_frame_ms", budgetFirstFrameMS = "budget_first_frame_ms"
        case keys = "key_to_frame", consolePeakMB = "console_peak_mb", idleCPUPercent = "idle_cpu_percent"
        case targetsMet = "targets_met"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(machine, forKey: .machine)
        try container.encode(data, forKey: .data)
        try container.encode(importSeconds, forKey: .importSeconds)
        try container.encode(referenceSeconds, forKey: .referenceSeconds)
        try container.encode(importRatio, forKey: .importRatio)
        try container.encode(importPeakMB, forKey: .importPeakMB)
        try container.encode(burnReportMS, forKey: .burnReportMS)
        try container.encode(queueFirstFrameMS, forKey: .queueFirstFrameMS)
        try container.encode(budgetFirstFrameMS, forKey: .budgetFirstFrameMS)
        try container.encode(keys, forKey: .keys)
        try container.encode(consolePeakMB, forKey: .consolePeakMB)
        try container.encode(idleCPUPercent, forKey: .idleCPUPercent)
        try container.encode(rows.allSatisfy { $0.met }, forKey: .targetsMet)
    }

    /// One line of the table: what, measured, target, and whether it is met.
    struct Row {
        let what: Phrase
        let measured: String
        let target: String
        let met: Bool
    }

    var rows: [Row] {
        var rows = [
            Row(what: Strings.benchImport(data.postings), measured: Self.decimal(importSeconds, 2) + " s",
                target: "", met: true),
            Row(what: Strings.benchReference, measured: referenceSeconds.map { Self.decimal($0, 2) }.joined(separator: " / ") + " s",
                target: "", met: true),
            Row(what: Strings.benchRatio, measured: Self.decimal(importRatio, 2) + " ×", target: "≤ 1,0 ×", met: importRatio <= 1.0),
            Row(what: Strings.benchImportMemory, measured: Self.decimal(importPeakMB, 0) + " MB", target: "≤ 200 MB",
                met: importPeakMB <= 200),
            Row(what: Strings.benchBurn, measured: Self.decimal(burnReportMS, 1) + " ms", target: "≤ 100 ms", met: burnReportMS <= 100),
            Row(what: Strings.benchQueueFrame, measured: Self.decimal(queueFirstFrameMS, 1) + " ms", target: "≤ 100 ms",
                met: queueFirstFrameMS <= 100),
            Row(what: Strings.benchBudgetFrame, measured: Self.decimal(budgetFirstFrameMS, 1) + " ms", target: "≤ 100 ms",
                met: budgetFirstFrameMS <= 100),
        ]
        for key in keys {
            rows.append(Row(what: Strings.benchKeys(screen: key.screen, keys: key.keys, presses: key.presses),
                            measured: Self.decimal(key.medianMS, 2) + " / " + Self.decimal(key.p99MS, 2) + " ms",
                            target: "p99 ≤ 5 ms", met: key.p99MS <= 5))
        }
        rows.append(Row(what: Strings.benchConsoleMemory, measured: Self.decimal(consolePeakMB, 0) + " MB", target: "≤ 80 MB",
                        met: consolePeakMB <= 80))
        rows.append(Row(what: Strings.benchIdle, measured: Self.decimal(idleCPUPercent, 2) + " %", target: "< 1 %",
                        met: idleCPUPercent < 1))
        return rows
    }

    func table(_ language: Language) -> String {
        let header = Strings.benchMachine(cores: machine.cores, before: Self.decimal(machine.loadBefore, 1),
                                          after: Self.decimal(machine.loadAfter, 1)).text(language)
        let table = TextTable(
            headers: [Strings.benchColumnWhat, Strings.benchColumnMeasured, Strings.benchColumnTarget].map { $0.text(language) } + [""],
            rows: rows.map { [$0.what.text(language), $0.measured, $0.target, $0.target.isEmpty ? "" : ($0.met ? "✓" : "✗")] },
            rightAligned: [1])
        return header + "\n\n" + table.render(.table)
    }

    /// A figure the Danish way (`1,25`), as every number this program shows.
    static func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
