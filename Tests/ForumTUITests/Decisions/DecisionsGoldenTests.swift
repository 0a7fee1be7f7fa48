import ForumCore
import Testing
@testable import ForumTUI

/// The decision screen's frames at 80×24 and 120×40 on the pinned day, compared with golden text.
struct DecisionsGoldenTests {
    static func assertBothSizes(_ name: String, after events: [InputEvent] = [],
                                sourceLocation: SourceLocation = #_sourceLocation) async {
        for size in [Fixture.small, Fixture.large] {
            var driver = await DecisionsDriver(size: size)
            await driver.type(events)
            GoldenFrame.assert(driver.frame, matches: "decisions-\(name)-\(size.width)x\(size.height)",
                               sourceLocation: sourceLocation)
        }
    }

    @Test("The forum's queue: the columns a meeting decides by at 80, every column at 120")
    func queue() async {
        await Self.assertBothSizes("queue")
    }

    @Test("Every request, sorted by total, largest first (a click on the column's title)")
    func allByTotal() async {
        await Self.assertBothSizes("all-by-total", after: keys("v") + [.mouse(MouseEvent(.click, at: Point(x: 30, y: 2)))])
    }

    @Test("The filter field with a filter that does not parse, and one that does")
    func filter() async {
        await Self.assertBothSizes("filter-error", after: keys("/beløb:>abc"))
        await Self.assertBothSizes("filter", after: keys("/beløb:>300000"))
    }

    @Test("The sort picker over the queue, on the column sorted by")
    func sortPicker() async {
        await Self.assertBothSizes("sort-picker", after: keys("o") + [.key(.up)])
    }

    @Test("Help on the queue: its keys, and the filter's syntax with the queue's fields")
    func help() async {
        await Self.assertBothSizes("help", after: keys("?") + [.key(.end), .key(.pageDown), .key(.pageDown), .key(.pageDown)])
    }

    @Test("The detail of the 60/20/20 mentor: fields, alternatives, the case")
    func detail() async {
        await Self.assertBothSizes("detail", after: [.key(.enter)])
    }

    @Test("The detail scrolled to its end: the forecast impact and the history")
    func detailEnd() async {
        await Self.assertBothSizes("detail-end", after: [.key(.enter), .key(.end)])
    }

    @Test("The family's coordinator: another active grant on the case and its monthly draw")
    func detailOfFamily() async {
        await Self.assertBothSizes("detail-family", after: [.key(.down), .key(.enter), .key(.pageDown)])
    }

    @Test("The split editor on the 60/20/20 mentor")
    func split() async {
        await Self.assertBothSizes("split", after: keys("f"))
    }

    @Test("The split editor on the ½/⅓/⅙ coordinator, months scrolled")
    func splitThirds() async {
        await Self.assertBothSizes("split-thirds", after: [.key(.down)] + keys("f") + [.key(.pageDown)])
    }

    @Test("The confirmation of an approval: a one-line summary")
    func approveDialog() async {
        await Self.assertBothSizes("approve-dialog", after: keys("a"))
    }

    @Test("A time-limited approval asks for the end date, prefilled, and shows the follow-up")
    func timeLimitedDialog() async {
        await Self.assertBothSizes("time-limited-dialog", after: keys("t"))
    }

    @Test("In English")
    func english() async {
        var driver = await DecisionsDriver(language: .english)
        GoldenFrame.assert(driver.frame, matches: "decisions-english-queue-80x24")
        await driver.type("f")
        GoldenFrame.assert(driver.frame, matches: "decisions-english-split-80x24")
    }
}
