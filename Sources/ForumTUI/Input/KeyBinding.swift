import ForumCore

/// A key (or keys) bound to a typed action, with how help, the footer and the `:` palette name it.
///
/// Each screen lists its bindings over its own `Action` enum; the console lists its own over
/// `GlobalAction`. Whether the action may run is decided once, when the bindings are made, and
/// the footer, help, the palette and the key all read that one `disabledReason`.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var action: Action
    public var keys: [Key]
    public var title: Phrase
    /// A short label for the footer; nil keeps the binding out of the footer.
    public var footer: Phrase?
    /// Why the action cannot be used now (not permitted, nothing selected); nil when it can.
    /// Help and the palette show the reason, and pressing the key says it on the status line.
    public var disabledReason: Phrase?
    /// Whether the palette lists it; moving a row at a time is left out, everything else is in.
    public var inPalette: Bool

    public init(_ action: Action, keys: [Key], title: Phrase, footer: Phrase? = nil, disabledReason: Phrase? = nil,
                inPalette: Bool = true) {
        self.action = action
        self.keys = keys
        self.title = title
        self.footer = footer
        self.disabledReason = disabledReason
        self.inPalette = inPalette
    }

    /// The keys as help shows them: `j ↓`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }

    /// The same binding for a wider action type: a screen's table keys inside the screen's own enum.
    public func map<Other: Sendable>(_ transform: (Action) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(transform(action), keys: keys, title: title, footer: footer, disabledReason: disabledReason,
                          inPalette: inPalette)
    }
}

extension KeyBinding: Equatable where Action: Equatable {}
extension KeyBinding: Hashable where Action: Hashable {}
