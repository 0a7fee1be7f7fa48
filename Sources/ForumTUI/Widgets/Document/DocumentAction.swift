import ForumCore

/// The keys of a scrolling document (a request's detail): scrolling, and the next or previous
/// item of the list it was opened from without going back to the list.
public enum DocumentAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case nextItem, previousItem

    /// The document's keys in the order help lists them.
    static let bindings: [KeyBinding<DocumentAction>] = [
        KeyBinding(.up, keys: [.up, .character("k")], title: Strings.actionScrollUp, inPalette: false),
        KeyBinding(.down, keys: [.down, .character("j")], title: Strings.actionScrollDown, inPalette: false),
        KeyBinding(.pageUp, keys: [.pageUp], title: Strings.actionPageUp, inPalette: false),
        KeyBinding(.pageDown, keys: [.pageDown, .character(" ")], title: Strings.actionPageDown, inPalette: false),
        KeyBinding(.top, keys: [.character("g"), .home], title: Strings.actionTop),
        KeyBinding(.bottom, keys: [.character("G"), .end], title: Strings.actionBottom),
        KeyBinding(.nextItem, keys: [.character("]"), .character("J")], title: Strings.actionNextItem),
        KeyBinding(.previousItem, keys: [.character("["), .character("K")], title: Strings.actionPreviousItem),
    ]
}
