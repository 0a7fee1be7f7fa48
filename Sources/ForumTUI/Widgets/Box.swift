/// A bordered box with an optional title in its top border, the frame of dialogs and overlays.
public enum Box {
    /// Clears `rect` in `style`, draws a single-line border around it, puts the title into the
    /// top border, and returns the inside.
    @discardableResult
    public static func draw(_ rect: Rect, title: String = "", style: Style = Style(.dialog),
                            into frame: inout Frame) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        frame.fill(rect, style: style)
        let border = Style(.border)
        let inner = String(repeating: "─", count: rect.width - 2)
        frame.put("┌" + inner + "┐", at: Point(x: rect.x, y: rect.y), style: border)
        frame.put("└" + inner + "┘", at: Point(x: rect.x, y: rect.maxY - 1), style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put("│", at: Point(x: rect.x, y: y), style: border)
            frame.put("│", at: Point(x: rect.maxX - 1, y: y), style: border)
        }
        if !title.isEmpty, rect.width > 6 {
            let text = " " + TextLayout.truncate(title, to: rect.width - 6) + " "
            frame.put(text, at: Point(x: rect.x + 2, y: rect.y), style: Style(.title))
        }
        return rect.inset(by: 1)
    }
}
