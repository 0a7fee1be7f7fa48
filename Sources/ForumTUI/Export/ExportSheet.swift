import ForumCore

/// What `e` exports from a screen: its table as listed — filtered and sorted — in every column
/// the screen has (not only those the width shows), written as the screen writes it; or the open
/// detail, its title and lines. Every cell and line passes the CPR mask on its way out, as the
/// status line does.
public struct ExportSheet: Hashable, Sendable {
    /// The forms a file may take, chosen by the file name's ending.
    public enum Format: String, CaseIterable, Sendable {
        case csv, md, json
    }

    /// The file name's stem: the screen's title (`beslutninger`).
    public var name: String
    public var headers: [String]
    public var rows: [[String]]
    /// An open detail's title, when the sheet is a detail (then each row is one line of it).
    public var title: String?

    public init(name: String, headers: [String], rows: [[String]]) {
        self.name = name
        self.headers = headers.map(CPRText.masked)
        self.rows = rows.map { $0.map(CPRText.masked) }
    }

    /// An open detail: its title and its lines as they read on the screen.
    init(name: String, title: String, lines: [StyledLine]) {
        self.init(name: name, headers: [], rows: lines.map { [$0.text] })
        self.title = CPRText.masked(title)
    }

    /// `chefforum-beslutninger-2026-11-25.csv`: in the current folder, dated so that a second
    /// export on another day does not meet the first.
    func suggestedFileName(today: Day) -> String {
        let stem = name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return "chefforum-\(stem)-\(today.description).csv"
    }

    /// `22 rækker` of a table, `40 linjer` of a detail.
    var size: Phrase { title == nil ? Strings.exportRows(rows.count) : Strings.exportLines(rows.count) }

    /// The format a file name asks for by its ending; nil for any other ending.
    static func format(of fileName: String) -> Format? {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        return Format(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    func rendered(_ format: Format) -> String {
        if let title { return renderedDocument(format, title: title) }
        switch format {
        case .csv:
            return ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ";") }.joined(separator: "\n") + "\n"
        case .md:
            let escape: (String) -> String = { $0.replacing("|", with: "\\|") }
            let lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                         "|" + String(repeating: "---|", count: headers.count)]
                + rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let objects = rows.map { row in
                "  {" + zip(headers, row).map { "\(Self.jsonString($0)): \(Self.jsonString($1))" }.joined(separator: ", ") + "}"
            }
            return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// A detail: Markdown as a heading and its lines, CSV a line a row, JSON the title and lines.
    private func renderedDocument(_ format: Format, title: String) -> String {
        let lines = rows.map { $0.first ?? "" }
        switch format {
        case .csv: return ([title] + lines).map(Self.csvField).joined(separator: "\n") + "\n"
        case .md: return "# \(title)\n\n```\n" + lines.joined(separator: "\n") + "\n```\n"
        case .json:
            return "{\n  \"title\": \(Self.jsonString(title)),\n  \"lines\": [\n"
                + lines.map { "    " + Self.jsonString($0) }.joined(separator: ",\n") + "\n  ]\n}\n"
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "," }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
