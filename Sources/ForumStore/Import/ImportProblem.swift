import ForumCore

/// One problem found in an import file, located as precisely as the reader knows it.
///
/// The line is the physical line where the record starts (1 is the header); the column is the
/// 1-based field number, the column a spreadsheet shows. Problems about the whole file have
/// neither, problems about the header have only the line.
public struct ImportProblem: Hashable, Sendable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let phrase: Phrase

    public init(file: String, line: Int?, column: Int?, phrase: Phrase) {
        self.file = file
        self.line = line
        self.column = column
        self.phrase = phrase
    }

    /// `FILE:LINE:COLUMN: what is wrong (what was found)`: the compiler form, so that editors
    /// and terminals can jump to the place. A message quotes what it found, and a field's value
    /// can hold a CPR number where none belongs (a payer column); such a number is masked here,
    /// where every problem becomes text, whatever the reader that found it.
    public func text(_ language: Language) -> String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location + ": " + CPRText.masked(phrase.text(language))
    }
}

/// Why an import was refused: the problems found, up to the report limit, and how many more
/// there were. Nothing of the file was imported.
public struct ImportFailure: Error, Hashable, Sendable, UserFacingError {
    public let problems: [ImportProblem]
    /// Problems found beyond the report limit (counted, not kept).
    public let omitted: Int

    /// How many problems a report lists before it says "and N more".
    public static let reportLimit = 50

    public init(problems: [ImportProblem], omitted: Int = 0) {
        self.problems = problems
        self.omitted = omitted
    }

    /// One problem a line, then "and N more" when the limit cut the list.
    public var phrase: Phrase {
        var danish = problems.map { $0.text(.danish) }
        var english = problems.map { $0.text(.english) }
        if omitted > 0 {
            let more = Strings.importMoreProblems(omitted)
            danish.append(more.danish)
            english.append(more.english)
        }
        return Phrase(da: danish.joined(separator: "\n"), en: english.joined(separator: "\n"))
    }
}

/// Collects the problems of one import: keeps the first `limit`, counts the rest.
///
/// A class because the CSV reader and the row parsers of one import report into the same log.
package final class ProblemLog {
    package let file: String
    package let limit: Int
    package private(set) var problems: [ImportProblem] = []
    package private(set) var count = 0

    package init(file: String, limit: Int = ImportFailure.reportLimit) {
        self.file = file
        self.limit = limit
    }

    package var isEmpty: Bool { count == 0 }

    package func add(line: Int? = nil, column: Int? = nil, _ phrase: Phrase) {
        count += 1
        if problems.count < limit {
            problems.append(ImportProblem(file: file, line: line, column: column, phrase: phrase))
        }
    }

    package var failure: ImportFailure {
        ImportFailure(problems: problems, omitted: count - problems.count)
    }
}
