import CNcurses
import Glibc
import Testing
@testable import ForumTUI

// The pseudo-terminal calls are X/Open extensions that Swift's Glibc module leaves out.
@_silgen_name("posix_openpt") private func openPseudoTerminal(_ flags: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname_r") private func pseudoTerminalName(
    _ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32

/// The ncurses driver in-process: `newterm` on /dev/null, frames written, cells read back.
/// Serialised, because ncurses keeps global state.
@MainActor
@Suite(.serialized)
struct TerminalTests {
    func withTerminal(_ type: String = "xterm-256color", size: Size = Size(width: 40, height: 6),
                      _ body: (Terminal) throws -> Void) throws {
        let terminal = try Terminal.openForTesting(type: type, size: size)
        defer { terminal.close() }
        try body(terminal)
    }

    @Test("Danish letters, ½, box lines, glyphs and wide characters reach the screen intact")
    func text() throws {
        try withTerminal { terminal in
            var frame = Frame(size: terminal.size)
            frame.put("Møde på Ærø ½ ▲▼ ● ✓ ✗", at: Point(x: 0, y: 0))
            frame.put("┌──┐ 漢字 e\u{0301}", at: Point(x: 0, y: 1))
            terminal.present(frame, theme: .standard)
            let lines = terminal.contents()
            #expect(lines[0] == "Møde på Ærø ½ ▲▼ ● ✓ ✗")
            #expect(lines[1] == "┌──┐ 漢字 e\u{0301}")
        }
    }

    @Test("Only the cells that changed since the last frame are written")
    func diffing() throws {
        try withTerminal { terminal in
            var frame = Frame(size: terminal.size)
            frame.put("Beslutninger", at: Point(x: 0, y: 0))
            terminal.present(frame, theme: .standard)
            #expect(terminal.writtenCells == 240)
            frame.put("Kapacitet   ", at: Point(x: 0, y: 0))
            frame.put("x", at: Point(x: 39, y: 5))
            terminal.present(frame, theme: .standard)
            #expect(terminal.writtenCells == 13)
            #expect(terminal.contents()[0] == "Kapacitet")
            terminal.present(frame, theme: .standard)
            #expect(terminal.writtenCells == 0)
            terminal.present(frame, theme: .mono)
            #expect(terminal.writtenCells == 240)
            terminal.invalidate()
            terminal.present(frame, theme: .mono)
            #expect(terminal.writtenCells == 240)
        }
    }

    @Test("Styles become attributes: the selection is reverse in monochrome, bold where the theme says")
    func attributes() throws {
        try withTerminal("vt100") { terminal in
            #expect(terminal.colourDepth == .none)
            var frame = Frame(size: terminal.size)
            frame.put("valgt", at: Point(x: 0, y: 0), style: Style(.selection))
            frame.put("titel", at: Point(x: 0, y: 1), style: Style(.title))
            frame.put("tekst", at: Point(x: 0, y: 2))
            terminal.present(frame, theme: .standard)
            #expect(terminal.cellHas(bold: false, reverse: true, at: Point(x: 0, y: 0)))
            #expect(terminal.cellHas(bold: true, reverse: false, at: Point(x: 0, y: 1)))
            #expect(terminal.cellHas(bold: false, reverse: false, at: Point(x: 0, y: 2)))
        }
    }

    @Test("Colour depth follows the terminal type", arguments: [
        ("xterm-256color", ColourDepth.full), ("screen-256color", .full), ("tmux-256color", .full),
        ("linux", .eight), ("xterm", .eight), ("vt100", .none),
    ])
    func depth(type: String, expected: ColourDepth) throws {
        try withTerminal(type) { terminal in
            #expect(terminal.colourDepth == expected)
            var frame = Frame(size: terminal.size)
            frame.put("Æblegrød", at: Point(x: 0, y: 0), style: Style(.headerBar))
            terminal.present(frame, theme: .standard)
            #expect(terminal.contents()[0] == "Æblegrød")
        }
    }

    @Test("An unknown terminal type is an error, not an exit")
    func unknownType() {
        #expect(throws: TerminalError.typeUnknown("no-such-terminal")) {
            try Terminal.openForTesting(type: "no-such-terminal", size: Size(width: 80, height: 24))
        }
    }

    @Test("Keys arrive as the console's keys: æøå, Enter as 13, Backspace as 127, function keys, Ctrl")
    func keys() throws {
        try withTerminal { terminal in
            let typed: [(Int32, Bool, InputEvent)] = [
                (0xE6, false, .key(.character("æ"))), (0xC5, false, .key(.character("Å"))),
                (13, false, .key(.enter)), (10, false, .key(.enter)), (127, false, .key(.backspace)),
                (8, false, .key(.backspace)), (9, false, .key(.tab)), (27, false, .key(.escape)),
                (3, false, .key(.control("c"))), (23, false, .key(.control("w"))),
                (KEY_UP, true, .key(.up)), (KEY_NPAGE, true, .key(.pageDown)), (KEY_BTAB, true, .key(.backTab)),
                (KEY_DC, true, .key(.delete)), (KEY_BACKSPACE, true, .key(.backspace)),
                (KEY_F0 + 1, true, .key(.function(1))), (KEY_HOME, true, .key(.home)),
            ]
            for (code, function, expected) in typed {
                terminal.type(code, function: function)
                #expect(terminal.nextEvent(timeout: .milliseconds(10)) == expected)
            }
        }
    }

    @Test("A resize arrives as an event with the new size, and the next frame is written whole")
    func resize() throws {
        try withTerminal { terminal in
            terminal.present(Frame(size: terminal.size), theme: .standard)
            resizeterm(30, 100)
            var event: InputEvent?
            for _ in 0..<3 where event == nil {
                event = terminal.nextEvent(timeout: .milliseconds(10))
            }
            #expect(event == .resize(Size(width: 100, height: 30)))
            terminal.present(Frame(size: terminal.size), theme: .standard)
            #expect(terminal.writtenCells == 3000)
        }
    }

    @Test("When the terminal hangs up, input ends and the console is told to stop")
    func hangUp() throws {
        let master = openPseudoTerminal(O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        var name = [CChar](repeating: 0, count: 64)
        try #require(unlockPseudoTerminal(master) == 0 && pseudoTerminalName(master, &name, name.count) == 0)
        let device = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let terminal = try Terminal.openForTesting(type: "xterm-256color", size: Size(width: 80, height: 24),
                                                   device: device)
        defer { terminal.close() }
        #expect(terminal.nextEvent(timeout: .milliseconds(1)) == .resize(Size(width: 80, height: 24)))
        for _ in 0..<30 { _ = terminal.nextEvent(timeout: .milliseconds(1)) }
        #expect(!terminal.mustStop)
        close(master)
        for _ in 0..<100 where !terminal.mustStop {
            _ = terminal.nextEvent(timeout: .milliseconds(200))
        }
        #expect(terminal.mustStop)
    }

    @Test("The console's frame at 80×24 comes back from ncurses as it was drawn")
    func shell() throws {
        try withTerminal("tmux-256color", size: Fixture.small) { terminal in
            let frame = ShellView.render(Fixture.state())
            terminal.present(frame, theme: .standard)
            #expect(terminal.contents() == frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
