import Testing
@testable import ForumTUI

/// The driver writes only what changed: the diff must find every change and nothing else.
struct FrameDiffTests {
    @Test("Without a previous frame every cell is written")
    func first() {
        let frame = Frame(size: Size(width: 4, height: 2))
        let diff = FrameDiff(from: nil, to: frame)
        #expect(diff.cellCount == 8)
    }

    @Test("Identical frames write nothing")
    func identical() {
        var frame = Frame(size: Size(width: 10, height: 3))
        frame.put("Møde", at: Point(x: 1, y: 1))
        #expect(FrameDiff(from: frame, to: frame).runs.isEmpty)
    }

    @Test("A changed word is one run on its row; a style change counts as a change")
    func runs() {
        var old = Frame(size: Size(width: 10, height: 3))
        old.put("abcdef", at: Point(x: 0, y: 1))
        var new = old
        new.put("xy", at: Point(x: 2, y: 1))
        new.restyle(Rect(x: 8, y: 2, width: 1, height: 1), style: Style(.selection))
        let diff = FrameDiff(from: old, to: new)
        #expect(diff.runs == [FrameDiff.Run(y: 1, x: 2, count: 2), FrameDiff.Run(y: 2, x: 8, count: 1)])
    }

    @Test("A run never starts on the right half of a wide character")
    func wideStart() {
        var old = Frame(size: Size(width: 6, height: 1))
        old.put("漢", at: Point(x: 0, y: 0))
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(.selection))
        let diff = FrameDiff(from: old, to: new)
        #expect(diff.runs == [FrameDiff.Run(y: 0, x: 0, count: 2)])
    }

    @Test("A new size writes the whole frame")
    func resized() {
        let old = Frame(size: Size(width: 4, height: 2))
        let new = Frame(size: Size(width: 5, height: 2))
        #expect(FrameDiff(from: old, to: new).cellCount == 10)
    }
}
