import Testing
@testable import ForumTUI

/// Themes: which one is chosen, and that meaning never rests on colour alone.
struct ThemeTests {
    @Test("--theme wins; else NO_COLOR (when not empty) means monochrome; else the default")
    func resolution() {
        #expect(ThemeName.resolve(requested: .light, noColor: "1") == .light)
        #expect(ThemeName.resolve(requested: nil, noColor: "1") == .mono)
        #expect(ThemeName.resolve(requested: nil, noColor: "") == .standard)
        #expect(ThemeName.resolve(requested: nil, noColor: nil) == .standard)
    }

    @Test("Monochrome, and any theme without colours, uses no colour at all")
    func monochrome() {
        for role in StyleRole.allCases {
            for paint in [ThemeName.mono.paint(role, depth: .full), ThemeName.standard.paint(role, depth: .none)] {
                #expect(paint.foreground == .terminalDefault)
                #expect(paint.background == .terminalDefault)
            }
        }
    }

    @Test("Without colour, selection, the active tab and the header still stand out by reverse video")
    func monochromeStandsOut() {
        for role in [StyleRole.selection, .tabActive, .headerBar] {
            #expect(ThemeName.mono.paint(role, depth: .none).emphasis.contains(.reverse))
        }
        #expect(ThemeName.mono.paint(.bad, depth: .none) != ThemeName.mono.paint(.plain, depth: .none))
    }

    /// xterm's 256-colour palette: indices of the greens (and the basic green 2 and 10).
    static func isGreen(_ colour: TerminalColour) -> Bool {
        guard case .indexed(let index) = colour else { return false }
        if index == 2 || index == 10 { return true }
        guard (16...231).contains(index) else { return false }
        let cube = index - 16
        let (red, green, blue) = (cube / 36, (cube / 6) % 6, cube % 6)
        return green > red + 1 && green > blue + 1
    }

    @Test("The default and light themes never use green, so good and bad are not red against green",
          arguments: [ThemeName.standard, .light])
    func noGreen(theme: ThemeName) {
        for role in StyleRole.allCases {
            for depth in [ColourDepth.full, .eight] {
                let paint = theme.paint(role, depth: depth)
                #expect(!Self.isGreen(paint.foreground), "\(role) at \(depth)")
                #expect(!Self.isGreen(paint.background), "\(role) at \(depth)")
            }
        }
    }

    @Test("Good, warning and bad differ from each other in every coloured theme")
    func distinct() {
        for theme in [ThemeName.standard, .light] {
            for depth in [ColourDepth.full, .eight] {
                let paints = [StyleRole.good, .warning, .bad].map { theme.paint($0, depth: depth).foreground }
                #expect(Set(paints).count == 3, "\(theme) at \(depth)")
            }
        }
    }

    @Test("Eight-colour terminals get only the eight basic colours")
    func eightColours() {
        for theme in [ThemeName.standard, .light] {
            for role in StyleRole.allCases {
                let paint = theme.paint(role, depth: .eight)
                for colour in [paint.foreground, paint.background] {
                    if case .indexed(let index) = colour { #expect(index < 8, "\(theme) \(role)") }
                }
            }
        }
    }

    @Test("The palette's theme switch goes round all themes")
    func cycle() {
        #expect(ThemeName.standard.next == .light)
        #expect(ThemeName.light.next == .mono)
        #expect(ThemeName.mono.next == .standard)
    }
}
