import ForumCore

/// The keys of the sort picker: move between the columns, choose one, or close it.
public enum SortPickerAction: Hashable, Sendable {
    case up, down, choose, cancel

    static var bindings: [KeyBinding<SortPickerAction>] {
        [
            KeyBinding(.choose, keys: [.enter], title: Strings.actionSortChoose, footer: Strings.footerSort),
            KeyBinding(.cancel, keys: [.escape], title: Strings.actionSortPickerClose, footer: Strings.footerCancel),
            KeyBinding(.up, keys: [.up, .character("k")], title: Strings.actionMoveUp, inPalette: false),
            KeyBinding(.down, keys: [.down, .character("j")], title: Strings.actionMoveDown, inPalette: false),
        ]
    }
}

/// The open sort picker: which of the shown columns is highlighted.
public struct SortPickerState: Hashable, Sendable {
    public var selected: Int
}

/// Draws the sort picker: a box over the table listing the shown columns, the one sorted by
/// marked with its direction.
enum SortPickerView {
    /// Draws the picker at the top left of `area`; returns where the cursor belongs.
    static func render(_ picker: SortPickerState, titles: [String], sorted: (index: Int, indicator: String)?,
                       language: Language, into frame: inout Frame, area: Rect) -> Point {
        let width = Swift.min(area.width, Swift.max(24, (titles.map(DisplayWidth.of).max() ?? 0) + 8))
        let height = Swift.min(area.height, titles.count + 2)
        let box = Rect(x: area.x + 2, y: area.y + 1, width: width, height: height)
        let inside = Box.draw(box, title: Strings.sortPickerTitle.text(language), into: &frame)
        var cursor = Point(x: inside.x, y: inside.y)
        for (index, title) in titles.enumerated() where index < inside.height {
            let y = inside.y + index
            let mark = sorted?.index == index ? " " + (sorted?.indicator ?? "") : ""
            frame.put(TextLayout.fit(" " + title + mark, to: inside.width), at: Point(x: inside.x, y: y),
                      style: Style(.dialog))
            if index == picker.selected {
                frame.restyle(Rect(x: inside.x, y: y, width: inside.width, height: 1), style: Style(.selection))
                cursor = Point(x: inside.x, y: y)
            }
        }
        return cursor
    }
}
