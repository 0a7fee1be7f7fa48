/// One line of a document (a request's detail, the split editor's sections): pieces of text,
/// each with its own style, cut at the right edge when too long.
struct StyledLine: Hashable, Sendable {
    struct Piece: Hashable, Sendable {
        var text: String
        var style: Style
    }

    var pieces: [Piece]

    init(_ text: String = "", _ role: StyleRole = .plain, _ emphasis: Emphasis = []) {
        pieces = text.isEmpty ? [] : [Piece(text: text, style: Style(role, emphasis))]
    }

    /// The line with more text after it.
    func adding(_ text: String, _ role: StyleRole = .plain, _ emphasis: Emphasis = []) -> StyledLine {
        var line = self
        line.pieces.append(Piece(text: text, style: Style(role, emphasis)))
        return line
    }

    var text: String { pieces.map(\.text).joined() }

    /// Draws the line on row `y` from `x`, at most `width` columns.
    func render(into frame: inout Frame, at point: Point, width: Int) {
        var x = point.x
        for piece in pieces where x < point.x + width {
            x += frame.put(piece.text, at: Point(x: x, y: point.y), style: piece.style, width: point.x + width - x)
        }
    }

    /// A row of cells in columns of the given widths and alignments, one space apart.
    static func columns(_ cells: [(text: String, width: Int, alignment: TextLayout.Alignment, role: StyleRole)],
                        indent: Int = 2) -> StyledLine {
        var line = StyledLine(String(repeating: " ", count: indent))
        for (index, cell) in cells.enumerated() {
            if index > 0 { line = line.adding(" ") }
            line = line.adding(TextLayout.fit(cell.text, to: cell.width, alignment: cell.alignment), cell.role)
        }
        return line
    }
}
