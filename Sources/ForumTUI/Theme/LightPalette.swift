/// The light theme, for terminals with a light background: dark blue text for structure, dark
/// orange for attention, pale blue for selection.
enum LightPalette {
    static func entry(_ role: StyleRole) -> PaletteEntry {
        switch role {
        case .plain: PaletteEntry(16, nil, eight: (0, nil))
        case .muted: PaletteEntry(242, nil, eight: (0, nil))
        case .headerBar: PaletteEntry(16, 153, .bold, eight: (0, 6))
        case .tab: PaletteEntry(238, nil, eight: (0, nil))
        case .tabActive: PaletteEntry(231, 25, .bold, eight: (7, 4))
        case .columnHeader: PaletteEntry(25, nil, [.bold, .underline], eight: (4, nil))
        case .selection: PaletteEntry(16, 153, .bold, eight: (0, 6))
        case .border: PaletteEntry(246, nil, eight: (0, nil))
        case .title: PaletteEntry(25, nil, .bold, eight: (4, nil))
        case .keyHint: PaletteEntry(166, nil, .bold, eight: (1, nil))
        case .footer: PaletteEntry(238, 254, eight: (0, 7))
        case .good: PaletteEntry(25, nil, .bold, eight: (4, nil))
        case .warning: PaletteEntry(166, nil, .bold, eight: (5, nil))
        case .bad: PaletteEntry(160, nil, .bold, eight: (1, nil))
        case .accent: PaletteEntry(25, nil, eight: (4, nil))
        case .secondary: PaletteEntry(166, nil, eight: (5, nil))
        case .track: PaletteEntry(250, nil, eight: (0, nil))
        case .marker: PaletteEntry(16, nil, .bold, eight: (0, nil))
        case .input: PaletteEntry(16, 254, eight: (0, 7))
        case .dialog: PaletteEntry(16, 255, eight: (0, 7))
        }
    }
}
