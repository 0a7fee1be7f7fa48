/// A message on the status line: shown for a few seconds, with a glyph that says what kind it
/// is (● information, ✓ done, ! attention, ✗ failed), so the kind never rests on colour alone.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info, success, warning, failure

        public var glyph: String {
            switch self {
            case .info: "●"
            case .success: "✓"
            case .warning: "!"
            case .failure: "✗"
            }
        }

        var role: StyleRole {
            switch self {
            case .info: .accent
            case .success: .good
            case .warning: .warning
            case .failure: .bad
            }
        }
    }

    public var kind: Kind
    public var text: String
    /// When the message goes away, on the console's clock.
    public var expires: Duration

    public init(_ kind: Kind, _ text: String, expires: Duration) {
        self.kind = kind
        self.text = text
        self.expires = expires
    }
}

/// The status line's transient messages: the newest one is shown until it expires.
public struct StatusLineState: Hashable, Sendable {
    /// How long a message stays: information briefly, failures longer, so they can be read.
    public static func lifetime(of kind: StatusMessage.Kind) -> Duration {
        kind == .failure ? .seconds(10) : .seconds(4)
    }

    public private(set) var messages: [StatusMessage] = []

    public init() {}

    public mutating func post(_ kind: StatusMessage.Kind, _ text: String, now: Duration) {
        messages.append(StatusMessage(kind, text, expires: now + StatusLineState.lifetime(of: kind)))
    }

    /// Drops every message: the next action, or another screen, starts with a clear line.
    public mutating func clear() {
        messages.removeAll()
    }

    /// Drops expired messages; returns whether anything changed (so the frame must be redrawn).
    public mutating func expire(now: Duration) -> Bool {
        let before = messages.count
        messages.removeAll { $0.expires <= now }
        return messages.count != before
    }

    /// The message to show now.
    public var current: StatusMessage? { messages.last }

    /// Draws the current message, if any, on the first row of `area`.
    public func render(into frame: inout Frame, area: Rect) {
        guard !area.isEmpty else { return }
        frame.fill(area.row(0), style: .plain)
        guard let message = current else { return }
        let glyph = message.kind.glyph
        frame.put(glyph, at: Point(x: area.x, y: area.y), style: Style(message.kind.role, .bold))
        frame.put(TextLayout.truncate(message.text, to: area.width - 2), at: Point(x: area.x + 2, y: area.y),
                  style: Style(message.kind.role))
    }
}
