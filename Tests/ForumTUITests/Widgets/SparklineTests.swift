import Testing
@testable import ForumTUI

/// Sparklines span the values shown, with blanks for months without data.
struct SparklineTests {
    @Test("Lowest to highest value map to the lowest and highest bar")
    func levels() {
        #expect(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]).text(width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline([100, 800]).text(width: 8) == "▁█")
    }

    @Test("Missing values are blank; equal values are all lowest; only the last values that fit are shown")
    func edges() {
        #expect(Sparkline([5, nil, 10]).text(width: 3) == "▁ █")
        #expect(Sparkline([3, 3, 3]).text(width: 3) == "▁▁▁")
        #expect(Sparkline([0, 0, 7, 14]).text(width: 2) == "▁█")
        #expect(Sparkline([nil, nil]).text(width: 2) == "  ")
    }

    @Test("Golden: twelve months of spend, three not yet posted")
    func golden() {
        var frame = Frame(size: Size(width: 20, height: 1))
        let months: [Int64?] = [9, 10, 10, 11, 9, 14, 12, 12, 13, nil, nil, nil]
        Sparkline(months).render(into: &frame, area: frame.bounds)
        GoldenFrame.assert(frame, matches: "sparkline")
    }
}

@Suite("Sparkline against a fixed range")
struct SparklineRangeTests {
    @Test("Against 0…8 a value of 8 is a full bar and 0 the lowest; a value beyond the range stretches it")
    func range() {
        #expect(Sparkline([0, 4, 8], range: 0...8).text(width: 3) == "▁▅█")
        #expect(Sparkline([7, 7, 7], range: 0...7).text(width: 3) == "███")
        #expect(Sparkline([0, 16], range: 0...8).text(width: 2) == "▁█")
    }
}
