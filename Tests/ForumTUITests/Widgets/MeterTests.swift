import Testing
@testable import ForumTUI

/// Meters read at a glance, also without colour: segments differ by glyph, markers stand out.
struct MeterTests {
    func draw(_ meter: Meter, width: Int = 40) -> Frame {
        var frame = Frame(size: Size(width: width, height: 1))
        meter.render(into: &frame, area: frame.bounds)
        return frame
    }

    /// Budget 12 mio.: actual 6 mio. (█), committed 3 mio. (▓), expected-by-date at 10 mio. (│).
    static let budget = Meter(total: 12_000_000, segments: [
        Meter.Segment(6_000_000, glyph: "█", role: .accent),
        Meter.Segment(3_000_000, glyph: "▓", role: .secondary),
    ], markers: [Meter.Marker(10_000_000, glyph: "│")])

    @Test("Segments, track and marker in golden text")
    func golden() {
        var frame = Frame(size: Size(width: 40, height: 3))
        Self.budget.render(into: &frame, area: frame.bounds.row(0))
        let full = Meter(total: 10, segments: [Meter.Segment(10)], markers: [Meter.Marker(10, glyph: "┃")])
        full.render(into: &frame, area: Rect(x: 0, y: 1, width: 20, height: 1))
        let over = Meter(total: 8, segments: [Meter.Segment(10, glyph: "█", role: .warning)],
                         markers: [Meter.Marker(8, glyph: "┃")])
        over.render(into: &frame, area: Rect(x: 0, y: 2, width: 20, height: 1))
        GoldenFrame.assert(frame, matches: "meter")
    }

    @Test("Segment lengths are proportional, rounded half up, and stacked")
    func proportions() {
        let line = draw(Self.budget).line(0)
        #expect(line.filter { $0 == "█" }.count == 20)
        #expect(line.filter { $0 == "▓" }.count == 10)
        #expect(Array(line)[33] == "│")
        #expect(draw(Self.budget).cells[0].style == Style(.accent))
    }

    @Test("An overrun stretches the scale: the total marker sits inside the bar")
    func overrun() {
        let over = Meter(total: 8, segments: [Meter.Segment(10)], markers: [Meter.Marker(8, glyph: "┃")])
        #expect(draw(over, width: 10).line(0) == "████████┃█")
    }

    @Test("Huge values do not overflow")
    func huge() {
        let meter = Meter(total: Int64.max, segments: [Meter.Segment(Int64.max / 2)])
        #expect(draw(meter, width: 10).line(0) == "█████░░░░░")
    }
}
