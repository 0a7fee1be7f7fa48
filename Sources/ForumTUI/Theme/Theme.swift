/// A terminal colour: the terminal's own default, or an index into its palette (0–7 basic,
/// 8–15 bright, 16–255 the 256-colour cube and greys).
public enum TerminalColour: Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
}

/// How a role looks on screen.
public struct Paint: Hashable, Sendable {
    public var foreground: TerminalColour
    public var background: TerminalColour
    public var emphasis: Emphasis

    public init(_ foreground: TerminalColour = .terminalDefault, _ background: TerminalColour = .terminalDefault,
                _ emphasis: Emphasis = []) {
        self.foreground = foreground
        self.background = background
        self.emphasis = emphasis
    }
}

/// How many colours the terminal shows: none (`vt100`, `NO_COLOR`), 8 (`xterm`, `screen`,
/// `linux`) or 256 (`*-256color`).
public enum ColourDepth: Hashable, Sendable {
    case none, eight, full

    /// The depth for a terminal that reports `count` colours.
    public init(colourCount count: Int) {
        self = count >= 256 ? .full : count >= 8 ? .eight : .none
    }
}

/// The console's themes. The default is safe for red–green colour blindness: it sets blue
/// against orange and never relies on red against green; every meaning also has a glyph.
public enum ThemeName: String, Hashable, Sendable, CaseIterable {
    case standard = "default"
    case light
    case mono

    /// The theme to use: the one asked for; else monochrome when `NO_COLOR` is set to anything
    /// but the empty string (no-color.org); else the default.
    public static func resolve(requested: ThemeName?, noColor: String?) -> ThemeName {
        if let requested { return requested }
        if let noColor, !noColor.isEmpty { return .mono }
        return .standard
    }

    /// The next theme, for the palette's "switch theme".
    public var next: ThemeName {
        let all = ThemeName.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// How a role looks under this theme at a colour depth; with no colours every theme falls
    /// back to the monochrome look, which uses only bold, underline and reverse video.
    public func paint(_ role: StyleRole, depth: ColourDepth) -> Paint {
        if self == .mono || depth == .none { return MonochromePalette.paint(role) }
        let entry = self == .light ? LightPalette.entry(role) : StandardPalette.entry(role)
        return depth == .full ? entry.full : entry.eight
    }
}

/// A role's look at 256 colours and at 8 colours.
struct PaletteEntry {
    var full: Paint
    var eight: Paint

    init(_ foreground: Int?, _ background: Int?, _ emphasis: Emphasis = [], eight: (Int?, Int?)) {
        full = Paint(foreground.map(TerminalColour.indexed) ?? .terminalDefault,
                     background.map(TerminalColour.indexed) ?? .terminalDefault, emphasis)
        self.eight = Paint(eight.0.map(TerminalColour.indexed) ?? .terminalDefault,
                           eight.1.map(TerminalColour.indexed) ?? .terminalDefault, emphasis)
    }
}
