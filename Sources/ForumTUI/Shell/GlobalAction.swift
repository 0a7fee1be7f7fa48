/// The console's own actions, the same on every screen.
enum GlobalAction: Hashable, Sendable {
    case show(ScreenID)
    case nextScreen, previousScreen, help, palette, redraw, theme, export, quit
}
