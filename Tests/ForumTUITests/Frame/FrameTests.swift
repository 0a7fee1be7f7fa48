import Testing
@testable import ForumTUI

/// A frame is a grid of cells that knows widths: what tests read and what the driver writes.
struct FrameTests {
    @Test("Text renders to plain lines without trailing spaces")
    func plainText() {
        var frame = Frame(size: Size(width: 10, height: 3))
        frame.put("æøå ÆØÅ", at: Point(x: 1, y: 0))
        frame.put("½ ▲▼", at: Point(x: 3, y: 2))
        #expect(frame.text == " æøå ÆØÅ\n\n   ½ ▲▼")
    }

    @Test("A wide character takes two cells: the second is a continuation")
    func wideCharacter() {
        var frame = Frame(size: Size(width: 6, height: 1))
        let used = frame.put("a漢b", at: Point(x: 0, y: 0))
        #expect(used == 4)
        #expect(frame[1, 0].content == .character("漢"))
        #expect(frame[2, 0].content == .continuation)
        #expect(frame[3, 0].content == .character("b"))
        #expect(frame.line(0) == "a漢b")
    }

    @Test("A wide character that would be cut in half at the edge is left out")
    func wideAtEdge() {
        var frame = Frame(size: Size(width: 3, height: 1))
        #expect(frame.put("ab漢", at: Point(x: 0, y: 0)) == 2)
        #expect(frame.line(0) == "ab")
        var limited = Frame(size: Size(width: 10, height: 1))
        #expect(limited.put("漢字", at: Point(x: 0, y: 0), width: 3) == 2)
    }

    @Test("Overwriting half of a wide character blanks its other half")
    func overwriteHalf() {
        var frame = Frame(size: Size(width: 6, height: 1))
        frame.put("漢字", at: Point(x: 0, y: 0))
        frame.put("x", at: Point(x: 1, y: 0))
        #expect(frame.line(0) == " x字")
        frame.put("y", at: Point(x: 2, y: 0))
        #expect(frame.line(0) == " xy")
        #expect(frame[3, 0].content == .character(" "))
    }

    @Test("Combining characters stay in their base letter's cell")
    func combining() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("e\u{0301}x", at: Point(x: 0, y: 0))
        #expect(frame[0, 0].content == .character("e\u{0301}"))
        #expect(frame[1, 0].content == .character("x"))
    }

    @Test("Controls and bidi overrides from data are shown as their code, never obeyed; tabs and line feeds are spaces")
    func controls() {
        var frame = Frame(size: Size(width: 30, height: 1))
        frame.put("a\u{1B}[2Jb\tc\u{202E}d\ne", at: Point(x: 0, y: 0))
        #expect(frame.line(0) == "a\\u{1B}[2Jb c\\u{202E}d e")
    }

    @Test("Writing is clipped to the frame and to the width asked for")
    func clipping() {
        var frame = Frame(size: Size(width: 5, height: 2))
        #expect(frame.put("abcdefgh", at: Point(x: 2, y: 0)) == 3)
        #expect(frame.put("abcdefgh", at: Point(x: 0, y: 1), width: 2) == 2)
        #expect(frame.put("below", at: Point(x: 0, y: 5)) == 0)
        frame.put("xyz", at: Point(x: -1, y: 1))
        #expect(frame.text == "  abc\nyz")
    }

    @Test("Restyling keeps the text and changes the style")
    func restyle() {
        var frame = Frame(size: Size(width: 4, height: 1))
        frame.put("ab", at: Point(x: 0, y: 0))
        frame.restyle(Rect(x: 0, y: 0, width: 4, height: 1), style: Style(.selection))
        #expect(frame[0, 0] == Cell(.character("a"), Style(.selection)))
        #expect(frame[3, 0].style == Style(.selection))
    }
}
