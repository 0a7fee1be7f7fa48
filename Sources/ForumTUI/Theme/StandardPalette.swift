/// The default theme, on the terminal's own background: blues for what is selected, in order
/// or informative, orange for what needs attention. Red and green are never set against each
/// other, so the theme reads the same with red–green colour blindness.
enum StandardPalette {
    // 256-colour indices: 16 black, 231 white, 24/25/33/75 blues, 202/208/214 oranges, 23x greys.
    static func entry(_ role: StyleRole) -> PaletteEntry {
        switch role {
        case .plain: PaletteEntry(nil, nil, eight: (nil, nil))
        case .muted: PaletteEntry(245, nil, eight: (nil, nil))
        case .headerBar: PaletteEntry(231, 24, .bold, eight: (7, 4))
        case .tab: PaletteEntry(250, nil, eight: (nil, nil))
        case .tabActive: PaletteEntry(16, 75, .bold, eight: (0, 6))
        case .columnHeader: PaletteEntry(75, nil, [.bold, .underline], eight: (6, nil))
        case .selection: PaletteEntry(231, 25, .bold, eight: (7, 4))
        case .border: PaletteEntry(240, nil, eight: (nil, nil))
        case .title: PaletteEntry(75, nil, .bold, eight: (6, nil))
        case .keyHint: PaletteEntry(214, nil, .bold, eight: (3, nil))
        case .footer: PaletteEntry(252, 236, eight: (nil, nil))
        case .good: PaletteEntry(33, nil, .bold, eight: (6, nil))
        case .warning: PaletteEntry(214, nil, .bold, eight: (3, nil))
        case .bad: PaletteEntry(202, nil, .bold, eight: (1, nil))
        case .accent: PaletteEntry(75, nil, eight: (6, nil))
        case .secondary: PaletteEntry(214, nil, eight: (3, nil))
        case .track: PaletteEntry(240, nil, eight: (nil, nil))
        case .marker: PaletteEntry(231, nil, .bold, eight: (7, nil))
        case .input: PaletteEntry(231, 238, eight: (0, 7))
        case .dialog: PaletteEntry(252, 235, eight: (nil, nil))
        }
    }
}
