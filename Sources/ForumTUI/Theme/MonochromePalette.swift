/// The monochrome look: no colour at all, only bold, underline and reverse video. Used for the
/// `mono` theme, under `NO_COLOR`, and on terminals without colours.
enum MonochromePalette {
    static func paint(_ role: StyleRole) -> Paint {
        switch role {
        case .plain, .muted, .tab, .border, .footer, .secondary, .track, .dialog: Paint()
        case .headerBar, .tabActive: Paint(.terminalDefault, .terminalDefault, [.reverse, .bold])
        case .selection: Paint(.terminalDefault, .terminalDefault, .reverse)
        case .columnHeader: Paint(.terminalDefault, .terminalDefault, [.bold, .underline])
        case .title, .keyHint, .good, .warning, .accent, .marker: Paint(.terminalDefault, .terminalDefault, .bold)
        case .bad: Paint(.terminalDefault, .terminalDefault, [.bold, .underline])
        case .input: Paint(.terminalDefault, .terminalDefault, .underline)
        }
    }
}
