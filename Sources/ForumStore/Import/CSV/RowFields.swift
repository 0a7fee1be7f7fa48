import ForumCore

/// The fields of one record as a kind's row parser reads them: typed getters that report each
/// problem at its line and column, in the words of the column as the file names it, and
/// remember whether the row is still good.
///
/// A getter returns nil both for an empty optional field and for a bad one; `isValid` tells
/// them apart. A required field that is empty is a problem.
struct RowFields {
    let reader: CSVReader
    let layout: ColumnLayout
    let specs: [ColumnSpec]
    let problems: ProblemLog
    private(set) var isValid = true

    init(reader: CSVReader, layout: ColumnLayout, specs: [ColumnSpec], problems: ProblemLog) {
        self.reader = reader
        self.layout = layout
        self.specs = specs
        self.problems = problems
    }

    var line: Int { reader.line }

    /// Reports a problem with the field of a column; `found` is echoed as given, so callers pass
    /// it through `Redaction` first.
    mutating func report(_ column: Int, _ reason: Phrase, found: String? = nil) {
        isValid = false
        let field = layout.indexes[column]
        let name = field.map { layout.name(ofField: $0) } ?? specs[column].name
        problems.add(line: reader.line, column: field.map { $0 + 1 },
                     Strings.importField(name, reason, found: found))
    }

    /// The raw text of a column, trimmed; nil when the file has no such column or it is empty.
    func raw(_ column: Int) -> String? {
        guard let field = layout.indexes[column] else { return nil }
        let text = reader.string(field).trimmed
        return text.isEmpty ? nil : text
    }

    /// The value of a column; a required column must not be empty.
    private mutating func value(_ column: Int, required: Bool?) -> String? {
        let value = raw(column)
        if value == nil && (required ?? specs[column].required) { report(column, Strings.importValueMissing) }
        return value
    }

    /// Text; a required column must not be empty, and no text may hold what looks like a CPR
    /// number (only the CPR column, read by `person`, may).
    mutating func text(_ column: Int, required: Bool? = nil) -> String? {
        let value = value(column, required: required)
        if let value, CPRText.contains(value) {
            report(column, Strings.importCPRInText)
            return nil
        }
        return value
    }

    /// An amount in øre (Danish form).
    mutating func money(_ column: Int, required: Bool? = nil) -> Money? {
        guard let field = layout.indexes[column], let text = text(column, required: required) else { return nil }
        do {
            return Money(ore: try AmountField.parse(reader.bytes(field)))
        } catch {
            report(column, error.phrase, found: Redaction.echo(text))
            return nil
        }
    }

    /// A date in one of the three forms.
    mutating func day(_ column: Int, required: Bool? = nil) -> Day? {
        guard let field = layout.indexes[column], let text = text(column, required: required) else { return nil }
        do {
            return Day(daysSinceEpoch: try DateField.parse(reader.bytes(field)))
        } catch {
            report(column, error.phrase, found: Redaction.echo(text))
            return nil
        }
    }

    /// `ja`/`nej`, `yes`/`no`, `1`/`0`, `x`/empty; an absent or empty field is false.
    mutating func flag(_ column: Int) -> Bool {
        guard let text = raw(column) else { return false }
        switch text.lowercased() {
        case "ja", "yes", "1", "x", "j", "y", "true", "sand": return true
        case "nej", "no", "0", "n", "false", "falsk": return false
        default:
            report(column, Strings.importNotABoolean, found: Redaction.echo(text))
            return false
        }
    }

    /// A whole number within `range`.
    mutating func integer(_ column: Int, in range: ClosedRange<Int>, required: Bool? = nil) -> Int? {
        guard let text = text(column, required: required) else { return nil }
        guard let value = Int(text) else {
            report(column, Strings.importNotAWholeNumber, found: Redaction.echo(text))
            return nil
        }
        guard range.contains(value) else {
            report(column, Strings.importOutOfRange(range.lowerBound, range.upperBound), found: text)
            return nil
        }
        return value
    }

    /// A CPR number, checked and replaced at once by the index of its pseudonym; the clear
    /// number never leaves this function, and a message shows at most its day and month.
    mutating func person(_ column: Int, _ pseudonymizer: Pseudonymizer, required: Bool? = nil) -> Int32? {
        guard let field = layout.indexes[column], let text = value(column, required: required) else { return nil }
        do {
            return pseudonymizer.index(forPacked: try CPRField.parse(reader.bytes(field)))
        } catch {
            report(column, error.phrase, found: Redaction.maskedCPR(text))
            return nil
        }
    }

    /// A sector code that the installation knows.
    mutating func sector(_ column: Int, known: Set<SectorCode>, required: Bool? = nil) -> SectorCode? {
        guard let text = text(column, required: required) else { return nil }
        let code = SectorCode(text)
        guard known.contains(code) else {
            report(column, Strings.importUnknownSector, found: Redaction.echo(text))
            return nil
        }
        return code
    }
}
