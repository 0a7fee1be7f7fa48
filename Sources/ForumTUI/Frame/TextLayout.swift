/// Fitting text into columns by display width: cutting with an ellipsis, padding and aligning,
/// and wrapping at word boundaries.
public enum TextLayout {
    /// Horizontal alignment of text in a column.
    public enum Alignment: Hashable, Sendable {
        case left, right, centre
    }

    /// The text cut to at most `width` columns; a cut text ends in `…`.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    /// The text cut from the left to at most `width` columns, starting with `…`: for paths and
    /// other text whose end says the most.
    public static func truncateLeading(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var kept: [Character] = []
        var used = 0
        for character in text.reversed() {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        return "…" + String(kept.reversed())
    }

    /// The text cut or padded with spaces to exactly `width` columns, aligned as asked.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let gap = width - DisplayWidth.of(cut)
        guard gap > 0 else { return cut }
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .centre:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    /// The text broken into lines of at most `width` columns at spaces; a word longer than a line
    /// is cut across lines. Newlines in the text start new lines.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var rest = String(word)
                let separator = line.isEmpty ? "" : " "
                if DisplayWidth.of(line) + DisplayWidth.of(separator) + DisplayWidth.of(rest) <= width {
                    line += separator + rest
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while DisplayWidth.of(rest) > width {
                    let head = prefix(rest, width: width)
                    lines.append(head)
                    rest = String(rest.dropFirst(head.count))
                }
                line = rest
            }
            lines.append(line)
        }
        return lines
    }

    /// The longest start of `text` that fits in `width` columns (at least one character).
    private static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width, !result.isEmpty { break }
            result.append(character)
            used += columns
        }
        return result
    }
}
