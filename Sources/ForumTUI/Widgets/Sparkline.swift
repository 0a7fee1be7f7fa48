/// A sparkline: one column per value, as a bar of eight heights (▁▂▃▄▅▆▇█), e.g. a sector's
/// monthly spend. A missing value (a month not yet posted) is a blank column.
///
/// The bars span the smallest to the largest value shown, so small changes stay visible (or a
/// given `range`, stretched to the values beyond it); when all values are equal every bar is the lowest. Whole numbers only, no floating point.
public struct Sparkline: Hashable, Sendable {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public var values: [Int64?]
    public var role: StyleRole
    /// The values the lowest and highest bars stand for, when they must not follow the values
    /// shown: occupancy against 0…capacity, so that a full month is a full bar.
    public var range: ClosedRange<Int64>?

    public init(_ values: [Int64?], role: StyleRole = .accent, range: ClosedRange<Int64>? = nil) {
        self.values = values
        self.role = role
        self.range = range
    }

    /// The bars as text: the last `width` values when there are more than fit.
    public func text(width: Int) -> String {
        let shown = values.suffix(Swift.max(0, width))
        let present = shown.compactMap { $0 }
        guard let low = range.map({ Swift.min($0.lowerBound, present.min() ?? $0.lowerBound) }) ?? present.min(),
              let high = range.map({ Swift.max($0.upperBound, present.max() ?? $0.upperBound) }) ?? present.max() else {
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
