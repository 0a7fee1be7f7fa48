import ForumCore

/// Turns the fields of one record into a typed row of one import kind.
protocol RowParser {
    associatedtype Row
    /// The kind's columns (`docs/formats.md`); a parser's column numbers index this list.
    static var columns: [ColumnSpec] { get }
    /// The row, or nil after reporting its problems through `fields`.
    mutating func parse(_ fields: inout RowFields) -> Row?
}

/// Reads a whole (small) file of one kind into typed rows: the configuration and case lists.
/// Postings, which can be millions of lines, stream through `PostingsReader` instead.
enum TableReader {
    /// The rows of a file and its fingerprint; when `problems` is not empty afterwards they must
    /// not be used.
    static func read<Parser: RowParser>(_ source: ImportSource, with parser: inout Parser,
                                        problems: ProblemLog) -> (rows: [Parser.Row], fingerprint: String) {
        guard let reader = CSVReader(path: source.path, problems: problems),
              let header = reader.readHeader(),
              let layout = ColumnLayout(header: header, specs: Parser.columns, problems: problems) else { return ([], "") }
        var rows: [Parser.Row] = []
        var sawData = false
        while reader.next() == .record {
            sawData = true
            guard reader.recordIsClean, checkFieldCount(reader, layout) else { continue }
            var fields = RowFields(reader: reader, layout: layout, specs: Parser.columns, problems: problems)
            if let row = parser.parse(&fields), fields.isValid { rows.append(row) }
        }
        if !sawData && !reader.stopped { problems.add(Strings.importNoData) }
        return (rows, reader.fingerprint)
    }

    /// A record must have as many fields as the header: a missing or extra separator shifts
    /// every value after it into the wrong column.
    static func checkFieldCount(_ reader: CSVReader, _ layout: ColumnLayout) -> Bool {
        let count = reader.fields.count
        guard count != layout.fieldCount else { return true }
        reader.problems.add(line: reader.line, column: min(count, layout.fieldCount) + 1,
                            Strings.importFieldCount(found: count, expected: layout.fieldCount))
        return false
    }
}

/// Remembers the line where each key first appeared, to report duplicates.
struct FirstLines<Key: Hashable> {
    private var lines: [Key: Int] = [:]

    /// True the first time; otherwise reports the duplicate at the column and returns false.
    mutating func insert(_ key: Key, column: Int, found: String, in fields: inout RowFields) -> Bool {
        if let first = lines[key] {
            fields.report(column, Strings.importDuplicate(firstLine: first), found: Redaction.echo(found))
            return false
        }
        lines[key] = fields.line
        return true
    }
}
