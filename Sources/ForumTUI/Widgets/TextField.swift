/// A text field: its text, where the cursor stands, and the editing keys. A dialog may let it
/// hold several lines (`insertNewline`); the keys move through it as through one line.
///
/// Text is edited by whole characters (grapheme clusters), so æ, ø, å and letters with
/// combining accents move and delete as one. Keys: ← → Home End, Backspace Del, and the
/// Emacs keys Ctrl-A/E (start/end), Ctrl-D (delete), Ctrl-K (delete to end), Ctrl-U (delete to
/// start), Ctrl-W (delete the word before the cursor).
public struct TextFieldState: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, as a number of characters from the start (0…count).
    public private(set) var cursor: Int
    private let initial: [Character]

    public init(_ text: String = "") {
        characters = Array(text)
        initial = characters
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Whether the text differs from what the field started with: input that would be lost.
    public var isEdited: Bool { characters != initial }

    /// Starts a new line at the cursor (a multi-line field's Enter).
    public mutating func insertNewline() {
        characters.insert("\n", at: cursor)
        cursor += 1
    }

    /// Applies an editing key; returns false for a key the field does not use (Enter, Esc, Tab,
    /// ↑ ↓ …), which the surrounding dialog or overlay handles.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            guard !character.isControlCharacter else { return false }
            characters.insert(character, at: cursor)
            cursor += 1
        case .left: cursor = Swift.max(0, cursor - 1)
        case .right: cursor = Swift.min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }
}

/// Draws a multi-line field in `area`, a row per line (long lines cut), scrolled so that the
/// cursor's line is in view, and returns where the terminal cursor belongs.
public enum TextAreaView {
    @discardableResult
    public static func render(_ field: TextFieldState, into frame: inout Frame, area: Rect, style: Style = Style(.input)) -> Point {
        frame.fill(area, style: style)
        guard area.width > 0, area.height > 0 else { return Point(x: area.x, y: area.y) }
        let lines = field.characters.split(separator: "\n", omittingEmptySubsequences: false)
        let before = field.characters[..<field.cursor]
        let row = before.filter { $0 == "\n" }.count
        let column = before.reversed().prefix { $0 != "\n" }.reduce(0) { $0 + DisplayWidth.of($1) }
        let first = Swift.max(0, row - area.height + 1)
        for (index, line) in lines.enumerated().dropFirst(first).prefix(area.height) {
            frame.put(String(line), at: Point(x: area.x, y: area.y + index - first), style: style, width: area.width)
        }
        return Point(x: area.x + Swift.min(column, area.width - 1), y: area.y + row - first)
    }
}

/// Draws a text field on one row and returns where the terminal cursor belongs. When the text is
/// wider than the field it scrolls so that the cursor stays in view.
public enum TextFieldView {
    @discardableResult
    public static func render(_ field: TextFieldState, into frame: inout Frame, row area: Rect,
                              style: Style = Style(.input)) -> Point {
        frame.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        guard area.width > 0 else { return Point(x: area.x, y: area.y) }
        let beforeCursor = field.characters[..<field.cursor]
        var skipped = 0
        var widthBefore = beforeCursor.reduce(0) { $0 + DisplayWidth.of($1) }
        while widthBefore > area.width - 1, skipped < beforeCursor.count {
            widthBefore -= DisplayWidth.of(field.characters[skipped])
            skipped += 1
        }
        let visible = String(field.characters[skipped...])
        frame.put(visible, at: Point(x: area.x, y: area.y), style: style, width: area.width)
        return Point(x: area.x + widthBefore, y: area.y)
    }
}
