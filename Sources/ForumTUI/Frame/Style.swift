/// What a cell means, not how it looks: a theme turns each role into colours and attributes.
///
/// Frames carry roles so that one frame renders under any theme (default, light, monochrome)
/// and golden tests stay independent of colour.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    /// Body text.
    case plain
    /// Secondary text: hints, units, empty states.
    case muted
    /// The header line at the top of the console.
    case headerBar
    /// A tab that is not shown.
    case tab
    /// The tab that is shown.
    case tabActive
    /// A table's column titles.
    case columnHeader
    /// The selected row or item.
    case selection
    /// Borders and separators.
    case border
    /// Titles of screens and dialogs.
    case title
    /// A key name in the footer and in help (`q`, `?`).
    case keyHint
    /// The footer line.
    case footer
    /// Something in order (goes with ✓).
    case good
    /// Something to look at (goes with ! or ▲).
    case warning
    /// Something wrong or refused (goes with ✗).
    case bad
    /// The first segment of a meter, the bars of a sparkline, highlighted matches.
    case accent
    /// The second segment of a meter.
    case secondary
    /// The unfilled part of a meter.
    case track
    /// A marker on a meter (budget line, expected-by-date).
    case marker
    /// A text field being edited.
    case input
    /// The inside of a dialog.
    case dialog
}

/// Emphasis a frame may add on top of its role's look.
public struct Emphasis: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1 << 0)
    public static let underline = Emphasis(rawValue: 1 << 1)
    public static let reverse = Emphasis(rawValue: 1 << 2)
}

/// The style of one cell: a role and optional emphasis.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var emphasis: Emphasis

    public init(_ role: StyleRole = .plain, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    public static let plain = Style(.plain)

    /// The same style with more emphasis.
    public func with(_ extra: Emphasis) -> Style { Style(role, emphasis.union(extra)) }
}
