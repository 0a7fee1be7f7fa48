import ForumCore
import Foundation

/// Streams a postings file into a sink: one pass, constant memory, integers only.
///
/// The file is read and parsed on a thread of its own, which hands rows over in chunks through
/// a bounded queue while the caller's thread writes them: parsing and the database use two
/// cores. Every line is checked (date, account, amount, CPR); the rows go to the sink while the file is
/// clean. Unmapped accounts are counted and, unless allowed, refuse the file at the end with
/// one problem per account naming how many lines it had.
public struct PostingsReader: Sendable {
    enum Column { static let date = 0, account = 1, amount = 2, cpr = 3, text = 4, voucher = 5 }

    static let columns = [
        ColumnSpec("bogføringsdato", ["dato", "bilagsdato", "posteringsdato", "date", "posting_date"], required: true),
        ColumnSpec("konto", ["kontonummer", "kontostreng", "account"], required: true),
        ColumnSpec("beløb", ["belob", "beloeb", "amount"], required: true),
        ColumnSpec("cpr", CPRColumn.aliases),
        ColumnSpec("tekst", ["posteringstekst", "text", "description"]),
        ColumnSpec("bilag", ["bilagsnummer", "voucher"]),
    ]

    /// Progress is reported every this many lines.
    static let progressInterval = 1 << 16
    /// Rows handed over at a time, and chunks in flight: a few hundred kilobytes in all.
    static let chunkSize = 1 << 14
    static let chunksInFlight = 4

    public let subAreas: [SubArea]
    public let allowUnmapped: Bool
    public let problemLimit: Int

    /// `subAreas` are the kontoplan prefixes accounts map to; with `allowUnmapped`, accounts no
    /// prefix matches are accepted (the caller books them to the "unmapped" sub-area).
    public init(subAreas: [SubArea], allowUnmapped: Bool, problemLimit: Int = ImportFailure.reportLimit) {
        self.subAreas = subAreas
        self.allowUnmapped = allowUnmapped
        self.problemLimit = problemLimit
    }

    /// Reads the file into the sink, replacing CPR numbers by pseudonyms under `key`. Throws
    /// `ImportFailure` when any line is bad — the sink may then have received some rows, which
    /// the caller discards (rolls back) — or rethrows what the sink throws.
    public func read<Sink: PostingSink>(_ source: ImportSource, key: PseudonymKey, into sink: inout Sink,
                                        progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> PostingsSummary {
        let queue = ChunkQueue(capacity: PostingsReader.chunksInFlight)
        let reader = self
        Thread { reader.produce(source, key: key, into: queue, progress: progress) }.start()
        while true {
            switch queue.take() {
            case .rows(let chunk):
                do {
                    try sink.accept(chunk)
                } catch {
                    queue.cancel()
                    while case .rows = queue.take() {}
                    throw error
                }
            case .finished(let result):
                return try result.get()
            }
        }
    }

    /// The reading thread: parses the file, hands over rows while it is clean, and ends with the
    /// summary or the problems.
    private func produce(_ source: ImportSource, key: PseudonymKey, into queue: ChunkQueue,
                         progress: (@Sendable (ImportProgress) -> Void)?) {
        let pseudonymizer = Pseudonymizer(key: key)
        var chunk = PostingChunk()
        chunk.rows.reserveCapacity(PostingsReader.chunkSize)
        /// Hands the chunk over with the pseudonyms met since the last one; false when cancelled.
        func handOver() -> Bool {
            chunk.pseudonyms = Array(pseudonymizer.pseudonyms[chunk.firstPseudonym...])
            guard queue.put(chunk) else { return false }
            chunk = PostingChunk(rows: [], firstPseudonym: pseudonymizer.pseudonyms.count, pseudonyms: [])
            chunk.rows.reserveCapacity(PostingsReader.chunkSize)
            return true
        }
        do throws(ImportFailure) {
            let summary = try parse(source, pseudonymizer: pseudonymizer, progress: progress) { row in
                chunk.rows.append(row)
                return chunk.rows.count < PostingsReader.chunkSize || handOver()
            }
            if !chunk.rows.isEmpty || chunk.firstPseudonym < pseudonymizer.pseudonyms.count { _ = handOver() }
            queue.finish(.success(summary))
        } catch {
            queue.finish(.failure(error))
        }
    }

    /// Parses the file, giving each row to `emit` while the file has no problems; `emit` returns
    /// false to stop early (the writer gave up).
    private func parse(_ source: ImportSource, pseudonymizer: Pseudonymizer, progress: (@Sendable (ImportProgress) -> Void)?,
                       emit: (PostingRow) -> Bool) throws(ImportFailure) -> PostingsSummary {
        let problems = ProblemLog(file: source.name, limit: problemLimit)
        guard let reader = CSVReader(path: source.path, problems: problems),
              let header = reader.readHeader(),
              let layout = ColumnLayout(header: header, specs: PostingsReader.columns, problems: problems),
              let date = layout.indexes[Column.date], let account = layout.indexes[Column.account],
              let amount = layout.indexes[Column.amount] else { throw problems.failure }
        let cpr = layout.indexes[Column.cpr]
        var accounts = AccountResolver(subAreas: subAreas)
        var lines = 0
        var firstDay = Int.max
        var lastDay = Int.min
        var magnitude: Int64 = 0
        // The unmapped accounts' sub-area comes after the reader's.
        var totals = MonthlyTotals(subAreaCount: subAreas.count + 1)

        while reader.next() == .record {
            lines += 1
            if lines % PostingsReader.progressInterval == 0, let progress {
                progress(ImportProgress(lines: lines, bytesRead: reader.bytesConsumed, fileSize: reader.fileSize))
            }
            guard reader.recordIsClean, TableReader.checkFieldCount(reader, layout) else { continue }
            // Problems are rare: the reporting machinery is only built for a line that has one.
            var valid = true
            func report(_ column: Int, _ reason: Phrase, found: String?) {
                valid = false
                var fields = RowFields(reader: reader, layout: layout, specs: PostingsReader.columns, problems: problems)
                fields.report(column, reason, found: found)
            }

            var day = 0
            do {
                day = try DateField.parse(reader.bytes(date))
            } catch {
                report(Column.date, error.phrase, found: Redaction.echo(reader.string(date)))
            }
            let accountIndex = accounts.resolve(reader.bytes(account), encoding: reader.encoding ?? .utf8)
            if accountIndex == nil { report(Column.account, Strings.importValueMissing, found: nil) }
            var ore: Int64 = 0
            do {
                ore = try AmountField.parse(reader.bytes(amount))
            } catch {
                report(Column.amount, error.phrase, found: Redaction.echo(reader.string(amount)))
            }
            var person: Int32 = -1
            if let cpr, !PostingsReader.isBlank(reader.bytes(cpr)) {
                do {
                    person = pseudonymizer.index(forPacked: try CPRField.parse(reader.bytes(cpr)))
                } catch {
                    report(Column.cpr, error.phrase, found: Redaction.maskedCPR(reader.string(cpr)))
                }
            }
            guard valid, let accountIndex else { continue }

            let (sum, overflow) = magnitude.addingReportingOverflow(ore.magnitude > UInt64(Int64.max) ? Int64.max : abs(ore))
            if overflow {
                problems.add(line: reader.line, column: amount + 1, Strings.importTotalOverflow)
                break
            }
            magnitude = sum
            accounts.count(accountIndex, amount: ore)
            firstDay = min(firstDay, day)
            lastDay = max(lastDay, day)
            if problems.isEmpty {
                let subArea = accounts.tallies[Int(accountIndex)].subAreaIndex
                totals.add(day: day, subArea: subArea >= 0 ? Int(subArea) : subAreas.count, person: Int(person), amount: ore)
                guard emit(PostingRow(day: Int32(day), account: accountIndex, subArea: subArea, person: person, amountOre: ore)) else {
                    throw ImportFailure(problems: [])
                }
            }
        }
        if lines == 0 && !reader.stopped { problems.add(Strings.importNoData) }

        let summary = PostingsSummary(
            lines: lines, accounts: accounts.tallies,
            firstDay: lines > 0 && firstDay <= lastDay ? Day(daysSinceEpoch: firstDay) : nil,
            lastDay: lines > 0 && firstDay <= lastDay ? Day(daysSinceEpoch: lastDay) : nil,
            persons: pseudonymizer.pseudonyms.count, totals: totals, fingerprint: reader.fingerprint)
        if !allowUnmapped {
            let unmapped = summary.unmapped
            for tally in unmapped {
                problems.add(Strings.importUnmappedAccount(Redaction.echo(tally.account), lines: tally.lines))
            }
            if !unmapped.isEmpty { problems.add(Strings.importUnmappedHint) }
        }
        guard problems.isEmpty else { throw problems.failure }
        progress?(ImportProgress(lines: lines, bytesRead: reader.fileSize, fileSize: reader.fileSize))
        return summary
    }

    private static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        field.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
