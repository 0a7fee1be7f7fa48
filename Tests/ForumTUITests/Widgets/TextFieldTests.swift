import Testing
@testable import ForumTUI

/// Danish input and the editing keys, by whole characters.
struct TextFieldTests {
    func typed(_ text: String, into field: inout TextFieldState) {
        for character in text { _ = field.handle(.character(character)) }
    }

    @Test("Typing æøå inserts whole characters at the cursor")
    func danish() {
        var field = TextFieldState()
        typed("Sø", into: &field)
        _ = field.handle(.left)
        typed("æ", into: &field)
        #expect(field.text == "Sæø")
        #expect(field.cursor == 2)
        #expect(field.isEdited)
    }

    @Test("Left, right, Home, End, Ctrl-A and Ctrl-E move the cursor within the text")
    func movement() {
        var field = TextFieldState("Åbenrå")
        _ = field.handle(.home)
        #expect(field.cursor == 0)
        _ = field.handle(.left)
        #expect(field.cursor == 0)
        _ = field.handle(.right)
        #expect(field.cursor == 1)
        _ = field.handle(.end)
        #expect(field.cursor == 6)
        _ = field.handle(.right)
        #expect(field.cursor == 6)
        _ = field.handle(.control("a"))
        #expect(field.cursor == 0)
        _ = field.handle(.control("e"))
        #expect(field.cursor == 6)
    }

    @Test("Backspace and Delete remove one character, an accented letter as one")
    func deleting() {
        var field = TextFieldState("Cafe\u{0301}s")
        _ = field.handle(.left)
        _ = field.handle(.backspace)
        #expect(field.text == "Cafs")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "afs")
        _ = field.handle(.home)
        _ = field.handle(.backspace)
        #expect(field.text == "afs")
    }

    @Test("Ctrl-K deletes to the end, Ctrl-U to the start, Ctrl-W the word before the cursor")
    func killing() {
        var field = TextFieldState("mangler lægeerklæring nu")
        _ = field.handle(.control("w"))
        #expect(field.text == "mangler lægeerklæring ")
        _ = field.handle(.control("w"))
        #expect(field.text == "mangler ")
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.control("k"))
        #expect(field.text == "m")
        typed("ål", into: &field)
        _ = field.handle(.left)
        _ = field.handle(.control("u"))
        #expect(field.text == "l")
        #expect(field.cursor == 0)
    }

    @Test("Keys the field does not use are handed back")
    func unhandled() {
        var field = TextFieldState("x")
        let used = [Key.enter, .escape, .tab, .up, .down].map { field.handle($0) }
        #expect(used == [false, false, false, false, false])
        #expect(field.text == "x")
        #expect(!field.isEdited)
    }

    @Test("A long text scrolls so the cursor stays in the field")
    func scrolling() {
        var frame = Frame(size: Size(width: 12, height: 1))
        var field = TextFieldState("Særlig støtte i eget hjem")
        let end = TextFieldView.render(field, into: &frame, row: Rect(x: 1, y: 0, width: 10, height: 1))
        #expect(end == Point(x: 10, y: 0))
        #expect(frame.line(0) == " eget hjem")
        _ = field.handle(.home)
        let start = TextFieldView.render(field, into: &frame, row: Rect(x: 1, y: 0, width: 10, height: 1))
        #expect(start == Point(x: 1, y: 0))
        #expect(frame.line(0) == " Særlig stø")
    }
}
