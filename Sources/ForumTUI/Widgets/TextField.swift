/// A one-line text field: its text, where the cursor stands, and the editing keys.
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
