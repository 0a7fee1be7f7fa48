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
    /// The columns a table too wide for the terminal keeps longest, as the console's narrow
    /// tables do; the others go first, from the right. Nil keeps every column and only shortens.
    var keptWhenNarrow: Set<Int>? = nil
    /// The columns never shortened: what is typed back into a command (an id), or read whole (a time).
    var uncut: Set<Int> = [0]

    /// Cells hold stored text, which may carry terminal controls: they are shown as their code.
    /// A `table` wider than `width` drops and shortens columns to fit; the other formats are
    /// for programs and documents and keep everything.
    func render(_ format: OutputFormat, width: Int? = TerminalWidth.current) -> String {
        var table = self
        table.headers = headers.map { VisibleText.escaped($0) }
        table.rows = rows.map { $0.map { VisibleText.escaped($0) } }
        if format == .table, let width { table = table.narrowed(to: width) }
        return table.rendered(format)
    }

    /// The narrowest a shortened column gets: room for a word and the ellipsis.
    private static let shortest = 6

    /// How narrow column `index` can get: numbers and uncut columns not at all.
    private func shortenedWidth(_ index: Int) -> Int {
        rightAligned.contains(index) || uncut.contains(index) ? naturalWidths[index] : Self.shortest
    }

    private var naturalWidths: [Int] {
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        return widths
    }

    /// This table within `width` columns: first without the columns it can spare, right to left;
    /// then with its widest text columns cut short with `…` (numbers are never cut); and if that
    /// is not enough, without its last columns, as the console's tables end at the screen's edge.
    func narrowed(to width: Int) -> TextTable {
        func total(_ widths: [Int]) -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        var kept = Array(headers.indices)
        var widths = naturalWidths
        if let essential = keptWhenNarrow {
            for index in kept.reversed() where !essential.contains(index) && total(kept.map { widths[$0] }) > width {
                kept.removeAll { $0 == index }
            }
        }
        while kept.count > 1, total(kept.map { min(widths[$0], shortenedWidth($0)) }) > width { kept.removeLast() }
        var table = TextTable(headers: kept.map { headers[$0] }, rows: rows.map { row in kept.map { $0 < row.count ? row[$0] : "" } },
                              rightAligned: Set(kept.enumerated().filter { rightAligned.contains($0.element) }.map(\.offset)))
        widths = kept.map { widths[$0] }
        let shortenable = kept.indices.filter { !rightAligned.contains(kept[$0]) && !uncut.contains(kept[$0]) }
        while total(widths) > width,
              let widest = shortenable.filter({ widths[$0] > Self.shortest }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        func cut(_ text: String, _ limit: Int) -> String { text.count <= limit ? text : String(text.prefix(limit - 1)) + "…" }
        table.headers = table.headers.enumerated().map { cut($0.element, widths[$0.offset]) }
        table.rows = table.rows.map { $0.enumerated().map { cut($0.element, widths[$0.offset]) } }
        return table
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
        let widths = naturalWidths
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
