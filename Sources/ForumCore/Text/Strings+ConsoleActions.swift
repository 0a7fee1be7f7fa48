/// The console's actions as help, the footer and the `:` palette name them.
extension Strings {
    public static func actionShowScreen(_ title: Phrase) -> Phrase {
        Phrase(da: "Vis \(title.danish)", en: "Show \(title.english)")
    }
    public static let actionNextScreen = Phrase(da: "Næste skærm", en: "Next screen")
    public static let actionPreviousScreen = Phrase(da: "Forrige skærm", en: "Previous screen")
    public static let actionHelp = Phrase(da: "Hjælp: alle taster her", en: "Help: every key here")
    public static let actionPalette = Phrase(da: "Kommandoer: find og kør en handling", en: "Commands: find and run an action")
    public static let actionQuit = Phrase(da: "Afslut", en: "Quit")
    public static let actionRedraw = Phrase(da: "Tegn skærmen igen", en: "Redraw the screen")
    public static let actionTheme = Phrase(da: "Skift farvetema", en: "Switch colour theme")

    public static let actionMoveUp = Phrase(da: "Op en række", en: "Up one row")
    public static let actionMoveDown = Phrase(da: "Ned en række", en: "Down one row")
    public static let actionPageUp = Phrase(da: "En side op", en: "One page up")
    public static let actionPageDown = Phrase(da: "En side ned", en: "One page down")
    public static let actionFirstRow = Phrase(da: "Første række", en: "First row")
    public static let actionLastRow = Phrase(da: "Sidste række", en: "Last row")

    /// Short labels for the footer.
    public static let footerScreens = Phrase(da: "skærm", en: "screen")
    public static let footerNext = Phrase(da: "næste", en: "next")
    public static let footerHelp = Phrase(da: "hjælp", en: "help")
    public static let footerPalette = Phrase(da: "kommandoer", en: "commands")
    public static let footerQuit = Phrase(da: "afslut", en: "quit")
    public static let footerClose = Phrase(da: "luk", en: "close")
    public static let footerRun = Phrase(da: "kør", en: "run")
    public static let footerScroll = Phrase(da: "rul", en: "scroll")
    public static let footerChoose = Phrase(da: "vælg", en: "choose")
    public static let footerConfirm = Phrase(da: "bekræft", en: "confirm")
    public static let footerCancel = Phrase(da: "fortryd", en: "cancel")
    public static let footerSwitchButton = Phrase(da: "skift knap", en: "switch button")

    public static let helpTitle = Phrase(da: "Hjælp – taster", en: "Help – keys")
    public static let helpEverywhere = Phrase(da: "Overalt", en: "Everywhere")
    public static let helpFilter = Phrase(da: "Filtrér:", en: "Filter:")
    public static let helpNoMatch = Phrase(da: "Ingen taster passer på filteret.", en: "No key matches the filter.")
    public static let helpMouse = Phrase(
        da: "Mus: hjulet ruller, klik vælger en række eller en fane, klik på en kolonneoverskrift sorterer.",
        en: "Mouse: the wheel scrolls, a click selects a row or a tab, a click on a column title sorts.")
    public static let helpDialogKeys = Phrase(da: "I en dialog", en: "In a dialog")
    public static let helpTextKeys = Phrase(
        da: "I et tekstfelt: ← → Home End, Backspace Del, Ctrl-A/E start/slut, Ctrl-K/U slet til slut/start, Ctrl-W slet ord.",
        en: "In a text field: ← → Home End, Backspace Del, Ctrl-A/E start/end, Ctrl-K/U delete to end/start, Ctrl-W delete word.")

    public static let paletteTitle = Phrase(da: "Kommandoer", en: "Commands")
    public static let paletteNoMatch = Phrase(da: "Ingen kommando passer.", en: "No command matches.")
}
