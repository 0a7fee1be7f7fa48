/// A key the user pressed, as the console understands it (independent of ncurses).
public enum Key: Hashable, Sendable {
    /// A printable character, including æ, ø, å and anything else the keyboard sends.
    case character(Character)
    /// A letter with Ctrl held: `.control("a")` for Ctrl-A.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)

    /// The key's name as help and the footer show it: `q`, `Ctrl-C`, `PgDn`, `F1`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        }
    }
}

/// A mouse action: what the console reacts to is a click and the wheel.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var at: Point

    public init(_ kind: Kind, at point: Point) {
        self.kind = kind
        self.at = point
    }
}

/// Something that came from the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal has a new size; the next frame is drawn at it.
    case resize(Size)
}
