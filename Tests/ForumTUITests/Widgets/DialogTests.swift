import Testing
@testable import ForumTUI

/// The modal dialog: confirm or cancel, with or without a text field.
struct DialogTests {
    static func reasonDialog() -> DialogState {
        DialogState(title: "Afvis IND-2026-0142", message: "Afvis indstillingen om Botilbud Skovly (§108), 1.234.568 kr.?",
                    field: TextFieldState(), fieldLabel: "Begrundelse:", confirmLabel: "Afvis", cancelLabel: "Fortryd")
    }

    @Test("Golden: a dialog with a field over an 80×24 screen")
    func golden() {
        var dialog = Self.reasonDialog()
        for character in "Søg først §107" { _ = dialog.handle(.character(character)) }
        var frame = Frame(size: Fixture.small)
        let cursor = DialogView.render(dialog, into: &frame, area: frame.bounds)
        GoldenFrame.assert(frame, matches: "dialog-field")
        #expect(frame[cursor.x - 1, cursor.y].content == .character("7"))
    }

    @Test("Golden: a confirmation without a field, cancel focused")
    func goldenConfirm() {
        let dialog = DialogState(title: "Afslut?", message: "En dialog har indtastning, der ikke er gemt.",
                                 confirmLabel: "Afslut", cancelLabel: "Fortryd", focus: .cancel)
        var frame = Frame(size: Size(width: 60, height: 12))
        DialogView.render(dialog, into: &frame, area: frame.bounds)
        GoldenFrame.assert(frame, matches: "dialog-confirm")
    }

    @Test("A multi-line field: Enter starts a new line, Tab and Enter confirm; the cursor follows the line")
    func multiline() {
        var dialog = Self.reasonDialog()
        dialog.multiline = true
        for character in "Første" { _ = dialog.handle(.character(character)) }
        #expect(dialog.handle(.enter) == .open)
        for character in "Anden" { _ = dialog.handle(.character(character)) }
        #expect(dialog.field?.text == "Første\nAnden")
        var frame = Frame(size: Fixture.small)
        let cursor = DialogView.render(dialog, into: &frame, area: frame.bounds)
        #expect(frame[cursor.x - 1, cursor.y].content == .character("n"))
        #expect(frame[cursor.x - 5, cursor.y - 1].content == .character("F"))
        _ = dialog.handle(.tab)
        #expect(dialog.handle(.enter) == .confirmed)
    }

    @Test("Enter confirms, Esc cancels, and Enter on the cancel button cancels")
    func outcomes() {
        var dialog = Self.reasonDialog()
        #expect(dialog.handle(.enter) == .confirmed)
        #expect(dialog.handle(.escape) == .cancelled)
        _ = dialog.handle(.tab)
        _ = dialog.handle(.tab)
        #expect(dialog.focus == .cancel)
        #expect(dialog.handle(.enter) == .cancelled)
    }

    @Test("Tab and Shift-Tab cycle field and buttons; arrows switch buttons")
    func focus() {
        var dialog = Self.reasonDialog()
        #expect(dialog.focus == .field)
        _ = dialog.handle(.tab)
        #expect(dialog.focus == .confirm)
        _ = dialog.handle(.right)
        #expect(dialog.focus == .cancel)
        _ = dialog.handle(.tab)
        #expect(dialog.focus == .field)
        _ = dialog.handle(.backTab)
        #expect(dialog.focus == .cancel)
    }

    @Test("Typed text is unsaved input; an untouched field is not")
    func unsaved() {
        var dialog = Self.reasonDialog()
        #expect(!dialog.hasUnsavedInput)
        _ = dialog.handle(.character("ø"))
        #expect(dialog.hasUnsavedInput)
        #expect(dialog.field?.text == "ø")
    }
}
