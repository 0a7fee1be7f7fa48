/// A modal dialog: a title, a message, optionally a text field, and confirm/cancel buttons.
///
/// Enter confirms (or cancels, when the cancel button has the focus), Esc cancels, Tab and
/// Shift-Tab move the focus between field and buttons, ← → between the buttons. The dialog says
/// whether it holds unsaved input, so that quitting can ask first.
public struct DialogState: Hashable, Sendable {
    public enum Focus: Hashable, Sendable {
        case field, confirm, cancel
    }

    public enum Outcome: Hashable, Sendable {
        case open, confirmed, cancelled
    }

    public var title: String
    public var message: String
    public var fieldLabel: String
    public var field: TextFieldState?
    public var confirmLabel: String
    public var cancelLabel: String
    public private(set) var focus: Focus
    /// The field takes several lines: Enter in it starts a new line, and Tab leads to the buttons.
    public var multiline = false

    public init(title: String, message: String, field: TextFieldState? = nil, fieldLabel: String = "",
                confirmLabel: String, cancelLabel: String, focus: Focus? = nil) {
        self.title = title
        self.message = message
        self.field = field
        self.fieldLabel = fieldLabel
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.focus = focus ?? (field == nil ? .confirm : .field)
    }

    /// Whether closing the dialog would throw away what the user typed.
    public var hasUnsavedInput: Bool { field?.isEdited ?? false }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter where multiline && focus == .field:
            field?.insertNewline()
        case .enter: return focus == .cancel ? .cancelled : .confirmed
        case .tab: focus = nextFocus(forward: true)
        case .backTab: focus = nextFocus(forward: false)
        default:
            if focus == .field, var field {
                _ = field.handle(key)
                self.field = field
            } else if key == .left || key == .right {
                focus = focus == .confirm ? .cancel : .confirm
            }
        }
        return .open
    }

    private func nextFocus(forward: Bool) -> Focus {
        let order: [Focus] = field == nil ? [.confirm, .cancel] : [.field, .confirm, .cancel]
        let index = order.firstIndex(of: focus) ?? 0
        return order[(index + (forward ? 1 : order.count - 1)) % order.count]
    }
}

/// Draws a dialog centred in an area.
public enum DialogView {
    /// Draws the dialog and returns where the terminal cursor belongs (in the field, or on the
    /// focused button).
    @discardableResult
    public static func render(_ dialog: DialogState, into frame: inout Frame, area: Rect) -> Point {
        let width = Swift.min(area.width - 4, 64)
        let textWidth = width - 4
        let message = TextLayout.wrap(dialog.message, to: textWidth)
        let fieldRows = dialog.field == nil ? 0 : dialog.multiline ? 6 : 3
        let height = Swift.min(area.height, message.count + fieldRows + 6)
        let box = area.centred(Size(width: width, height: height))
        let inside = Box.draw(box, title: dialog.title, into: &frame)
        let text = Rect(x: inside.x + 1, y: inside.y + 1, width: inside.width - 2, height: inside.height - 2)
        var y = text.y
        for line in message where y < text.maxY {
            frame.put(line, at: Point(x: text.x, y: y), style: Style(.dialog))
            y += 1
        }
        var cursor = Point(x: text.x, y: y)
        if let field = dialog.field {
            y += 1
            frame.put(TextLayout.truncate(dialog.fieldLabel, to: text.width), at: Point(x: text.x, y: y),
                      style: Style(.dialog, .bold))
            y += 1
            let fieldStyle = Style(.input, dialog.focus == .field ? [] : .underline)
            if dialog.multiline {
                cursor = TextAreaView.render(field, into: &frame, area: Rect(x: text.x, y: y, width: text.width, height: 4),
                                             style: fieldStyle)
                y += 3
            } else {
                cursor = TextFieldView.render(field, into: &frame, row: text.row(y - text.y), style: fieldStyle)
            }
        }
        let buttons = [(dialog.confirmLabel, DialogState.Focus.confirm), (dialog.cancelLabel, .cancel)]
        let labels = buttons.map { label, focus in dialog.focus == focus ? "[ \(label) ]" : "  \(label)  " }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * (labels.count - 1)
        var x = text.maxX - total
        for (index, label) in labels.enumerated() {
            let focused = dialog.focus == buttons[index].1
            frame.put(label, at: Point(x: x, y: text.maxY - 1), style: Style(focused ? .selection : .dialog))
            if focused, dialog.focus != .field { cursor = Point(x: x, y: text.maxY - 1) }
            x += DisplayWidth.of(label) + 2
        }
        return cursor
    }
}
