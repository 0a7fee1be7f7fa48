/// A sparkline: one column per value, as a bar of eight heights (▁▂▃▄▅▆▇█), e.g. a sector's
/// monthly spend. A missing value (a month not yet posted) is a blank column.
///
/// The bars span the smallest to the largest value shown, so small changes stay visible; when
/// all values are equal every bar is the lowest. Whole numbers only, no floating point.
public struct Sparkline: Hashable, Sendable {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public var values: [Int64?]
    public var role: StyleRole

    public init(_ values: [Int64?], role: StyleRole = .accent) {
        self.values = values
        self.role = role
    }

    /// The bars as text: the last `width` values when there are more than fit.
    public func text(width: Int) -> String {
        let shown = values.suffix(Swift.max(0, width))
        let present = shown.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: shown.count)
        }
        let span = high - low
        return String(shown.map { value -> Character in
            guard let value else { return " " }
            guard span > 0 else { return Sparkline.levels[0] }
            let top = Int64(Sparkline.levels.count - 1)
            let offset = value - low
            let level = offset.multipliedReportingOverflow(by: top).overflow
                ? offset / (span / top) : (offset * top + span / 2) / span
            return Sparkline.levels[Int(Swift.min(top, level))]
        })
    }

    /// Draws the sparkline in the first row of `area`, from its left edge.
    public func render(into frame: inout Frame, area: Rect) {
        guard area.height > 0 else { return }
        frame.put(text(width: area.width), at: Point(x: area.x, y: area.y), style: Style(role), width: area.width)
    }
}
