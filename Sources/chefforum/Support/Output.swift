import ArgumentParser
import ForumCore
import Foundation

/// How a list is printed: a table for people, CSV for spreadsheets, JSON for scripts,
/// Markdown for minutes and mail.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, md
}

/// The formats of one record's page (`capacity show`, `meeting show`): text, Markdown or JSON. A
/// page holds headings and several tables, so it has no CSV form; the parser refuses `csv`.
enum PageFormat: String, ExpressibleByArgument, CaseIterable {
    case table, md, json

    /// The form its tables take.
    var tables: OutputFormat { self == .md ? .md : .table }
}

/// The formats of `request show`: its text, or JSON.
enum DetailFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// A list of rows to print in a chosen format (JSON is printed from `Encodable` values instead,
/// so that its keys are stable English names).
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    /// Columns aligned right (amounts, counts).
    var rightAligned: Set<Int> = []

    /// Cells hold stored text, which may carry terminal controls: they are shown as their code.
    func render(_ format: OutputFormat) -> String {
        var table = self
        table.headers = headers.map { VisibleText.escaped($0) }
        table.rows = rows.map { $0.map { VisibleText.escaped($0) } }
        return table.rendered(format)
    }

    private func rendered(_ format: OutputFormat) -> String {
        switch format {
        case .table: return plain()
        case .csv: return ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ";") }.joined(separator: "\n") + "\n"
        case .md: return markdown()
        case .json: return plain()
        }
    }

    private func plain() -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        let escape: (String) -> String = { $0.replacingOccurrences(of: "|", with: "\\|") }
        let header = "| " + headers.map(escape).joined(separator: " | ") + " |"
        let rule = "|" + headers.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()
        let body = rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
        return ([header, rule] + body).joined(separator: "\n") + "\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "," }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// Prints stable, pretty JSON with sorted keys.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
