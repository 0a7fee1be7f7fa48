import ForumCore

/// A column an import kind knows: its canonical name (as `docs/formats.md` writes it), its
/// Danish and English aliases, and whether a file must have it.
struct ColumnSpec: Sendable {
    let name: String
    let aliases: [String]
    let required: Bool

    init(_ name: String, _ aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.required = required
    }
}

/// Where each known column sits in a file, found by matching the header against the specs.
struct ColumnLayout {
    /// For each spec (in the order given), the 0-based field index, or nil when absent.
    let indexes: [Int?]
    /// The header's names as the file writes them, to name columns in messages.
    let headerNames: [String]

    var fieldCount: Int { headerNames.count }

    /// Matches a header case-insensitively, ignoring spaces, `_`, `-` and `.`, with æ/ø/å and
    /// ae/oe/aa alike. Reports a missing required column, or two columns that mean the same,
    /// and returns nil then. Columns no spec names are ignored.
    init?(header: [String], specs: [ColumnSpec], problems: ProblemLog) {
        var keys: [String: Int] = [:]
        for (index, spec) in specs.enumerated() {
            for name in [spec.name] + spec.aliases { keys[ColumnLayout.normalized(name)] = index }
        }
        var indexes = [Int?](repeating: nil, count: specs.count)
        var valid = true
        for (field, name) in header.enumerated() {
            guard let spec = keys[ColumnLayout.normalized(name)] else { continue }
            if let earlier = indexes[spec] {
                problems.add(line: 1, column: field + 1,
                             Strings.importDuplicateColumn(specs[spec].name, found: name, earlierColumn: earlier + 1))
                valid = false
            } else {
                indexes[spec] = field
            }
        }
        for (index, spec) in specs.enumerated() where spec.required && indexes[index] == nil {
            problems.add(line: 1, Strings.importMissingColumn(spec.name))
            valid = false
        }
        guard valid else { return nil }
        self.indexes = indexes
        headerNames = header
    }

    /// The header name of a field, or the field number when the header is shorter.
    func name(ofField field: Int) -> String {
        field < headerNames.count ? headerNames[field].trimmed : String(field + 1)
    }

    /// Lower case, æ/ø/å spelt ae/oe/aa, without spaces, `_`, `-` and `.`: `Beløb` and `beloeb`,
    /// `Timer pr. uge` and `timer_pr_uge` are the same column.
    static func normalized(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            switch character {
            case " ", "_", "-", ".", "\u{00A0}", "\t": continue
            case "æ": result += "ae"
            case "ø": result += "oe"
            case "å": result += "aa"
            default: result.append(character)
            }
        }
        return result
    }
}
