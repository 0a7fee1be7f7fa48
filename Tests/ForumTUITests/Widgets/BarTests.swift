import Testing
@testable import ForumTUI

/// The tab bar, the footer's key hints and the status line.
struct BarTests {
    static let titles = ["Beslutninger", "Kapacitet", "Budget", "Afvigelser", "Møde"]

    @Test("The shown tab is in brackets, so it stands out without colour")
    func tabBar() {
        var frame = Frame(size: Size(width: 80, height: 1))
        TabBar(titles: Self.titles, active: 2).render(into: &frame, area: frame.bounds)
        #expect(frame.line(0) == " 1 Beslutninger   2 Kapacitet  [3 Budget]  4 Afvigelser   5 Møde")
        #expect(frame[17, 0].style == Style(.tab))
        #expect(frame[30, 0].style == Style(.tab))
        #expect(frame[31, 0].style == Style(.tabActive))
    }

    @Test("A click on a tab finds it; a click between tabs finds none")
    func tabHit() {
        let bar = TabBar(titles: Self.titles, active: 0)
        #expect(bar.tab(atColumn: 0) == 0)
        #expect(bar.tab(atColumn: 20) == 1)
        #expect(bar.tab(atColumn: 60) == 4)
        #expect(bar.tab(atColumn: 79) == nil)
    }

    @Test("Key hints that do not fit are dropped, but the last (help) always stays")
    func keyHints() {
        let bar = KeyHintBar([KeyHint("1–5", "skærm"), KeyHint("Tab", "næste"), KeyHint(":", "kommandoer"),
                              KeyHint("q", "afslut"), KeyHint("?", "hjælp")])
        var wide = Frame(size: Size(width: 80, height: 1))
        bar.render(into: &wide, area: wide.bounds)
        #expect(wide.line(0) == "1–5 skærm  Tab næste  : kommandoer  q afslut  ? hjælp")
        #expect(wide[0, 0].style == Style(.keyHint))
        #expect(wide[4, 0].style == Style(.footer))
        var narrow = Frame(size: Size(width: 30, height: 1))
        bar.render(into: &narrow, area: narrow.bounds)
        #expect(narrow.line(0) == "1–5 skærm  Tab næste  ? hjælp")
    }

    @Test("A status message shows with its glyph until it expires; the newest wins")
    func statusLine() {
        var status = StatusLineState()
        status.post(.success, "Godkendt IND-2026-0142", now: .seconds(1))
        status.post(.failure, "ændret af Bo Beskæftigelse", now: .seconds(2))
        var frame = Frame(size: Size(width: 40, height: 1))
        status.render(into: &frame, area: frame.bounds)
        #expect(frame.line(0) == "✗ ændret af Bo Beskæftigelse")
        let successExpired = status.expire(now: .seconds(5))
        #expect(successExpired)
        #expect(status.current?.text == "ændret af Bo Beskæftigelse")
        let nothingExpired = status.expire(now: .seconds(6))
        #expect(!nothingExpired)
        let failureExpired = status.expire(now: .seconds(12))
        #expect(failureExpired)
        #expect(status.current == nil)
    }

    @Test("Each kind of message has its own glyph")
    func glyphs() {
        let kinds: [StatusMessage.Kind] = [.info, .success, .warning, .failure]
        #expect(Set(kinds.map(\.glyph)) == ["●", "✓", "!", "✗"])
    }
}
