import ForumCore

/// One cell of a frame: a character (a whole grapheme cluster, with any combining marks) or the
/// right half of the wide character to its left, and a style.
public struct Cell: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case character(Character)
        /// The second column of a wide character; nothing is drawn here.
        case continuation
    }

    public var content: Content
    public var style: Style

    public init(_ content: Content, _ style: Style = .plain) {
        self.content = content
        self.style = style
    }

    public static let blank = Cell(.character(" "))
}

/// Everything the console shows at one moment: a grid of cells and where the cursor stands.
///
/// Screens and widgets draw into a frame; the terminal driver writes the cells that differ from
/// the last frame it showed; tests render the same frame to plain text. A frame knows display
/// widths, so wide characters take two cells and are never cut in half.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor goes: the selected row, or the edit position of a text field.
    /// Screen readers and braille displays follow it. Nil hides the cursor.
    public var cursor: Point?

    public init(size: Size, style: Style = .plain) {
        self.size = Size(width: Swift.max(0, size.width), height: Swift.max(0, size.height))
        cells = Array(repeating: Cell(.character(" "), style), count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Fills a rectangle (clipped to the frame) with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = clip(rect)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { place(.character(" "), x: x, y: y, style: style) }
        }
    }

    /// Gives every cell of a rectangle a new style and keeps its text: selection highlight.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = clip(rect)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * size.width + x].style = style }
        }
    }

    /// Writes text from `point` on one row, clipped to the frame and to `width` columns, and
    /// returns the columns it used. Controls and bidi overrides are shown as their code
    /// (`VisibleText`), line feeds and tabs as spaces; a wide character that would not fit whole
    /// is left out.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .plain, width: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let limit = Swift.min(size.width, point.x + (width ?? size.width))
        var x = point.x
        for character in VisibleText.escaped(text, keepingWhitespace: true) {
            let shown = character.isControlCharacter ? " " : character
            let columns = DisplayWidth.of(shown)
            if columns == 0 { continue }
            if x + columns > limit { break }
            if x >= 0 {
                place(.character(shown), x: x, y: point.y, style: style)
                if columns == 2 { place(.continuation, x: x + 1, y: point.y, style: style) }
            }
            x += columns
        }
        return x - point.x
    }

    /// One row as text, without trailing spaces.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width {
            if case .character(let character) = self[x, y].content { text.append(character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The frame as plain text, one line per row: what the golden tests compare.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    /// Puts content in a cell, blanking the other half of any wide character it overwrites.
    private mutating func place(_ content: Cell.Content, x: Int, y: Int, style: Style) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        if content != .continuation, cells[index].content == .continuation, x > 0 {
            cells[index - 1].content = .character(" ")
        }
        if x + 1 < size.width, cells[index + 1].content == .continuation, cells[index].content != .continuation {
            cells[index + 1].content = .character(" ")
        }
        cells[index] = Cell(content, style)
    }

    private func clip(_ rect: Rect) -> Rect {
        let x = Swift.max(0, rect.x)
        let y = Swift.max(0, rect.y)
        return Rect(x: x, y: y, width: Swift.min(size.width, rect.maxX) - x, height: Swift.min(size.height, rect.maxY) - y)
    }
}

extension Character {
    /// C0 and C1 controls, DEL and line separators: never written to the terminal as they are.
    var isControlCharacter: Bool {
        unicodeScalars.contains { scalar in
            scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029
        }
    }
}
