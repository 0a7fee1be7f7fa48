import ForumCore

/// The console's actions as help, the footer and the `:` palette name them.
extension Strings {
    static func actionShowScreen(_ title: Phrase) -> Phrase {
        Phrase(da: "Vis \(title.danish)", en: "Show \(title.english)")
    }
    static let actionNextScreen = Phrase(da: "Næste skærm", en: "Next screen")
    static let actionPreviousScreen = Phrase(da: "Forrige skærm", en: "Previous screen")
    static let actionHelp = Phrase(da: "Hjælp: alle taster her", en: "Help: every key here")
    static let actionPalette = Phrase(da: "Kommandoer: find og kør en handling", en: "Commands: find and run an action")
    static let actionQuit = Phrase(da: "Afslut", en: "Quit")
    static let actionRedraw = Phrase(da: "Tegn skærmen igen", en: "Redraw the screen")
    static let actionTheme = Phrase(da: "Skift farvetema", en: "Switch colour theme")

    static let actionMoveUp = Phrase(da: "Op en række", en: "Up one row")
    static let actionMoveDown = Phrase(da: "Ned en række", en: "Down one row")
    static let actionPageUp = Phrase(da: "En side op", en: "One page up")
    static let actionPageDown = Phrase(da: "En side ned", en: "One page down")
    static let actionFirstRow = Phrase(da: "Første række", en: "First row")
    static let actionLastRow = Phrase(da: "Sidste række", en: "Last row")

    /// Short labels for the footer.
    static let footerScreens = Phrase(da: "skærm", en: "screen")
    static let footerNext = Phrase(da: "næste", en: "next")
    static let footerHelp = Phrase(da: "hjælp", en: "help")
    static let footerPalette = Phrase(da: "kommandoer", en: "commands")
    static let footerQuit = Phrase(da: "afslut", en: "quit")
    static let footerClose = Phrase(da: "luk", en: "close")
    static let footerRun = Phrase(da: "kør", en: "run")
    static let footerScroll = Phrase(da: "rul", en: "scroll")
    static let footerChoose = Phrase(da: "vælg", en: "choose")
    static let footerConfirm = Phrase(da: "bekræft", en: "confirm")
    static let footerCancel = Phrase(da: "fortryd", en: "cancel")
    static let footerSwitchButton = Phrase(da: "skift knap", en: "switch button")

    static let helpTitle = Phrase(da: "Hjælp – taster", en: "Help – keys")
    static let helpEverywhere = Phrase(da: "Overalt", en: "Everywhere")
    static let helpFilter = Phrase(da: "Filtrér:", en: "Filter:")
    static let helpNoMatch = Phrase(da: "Ingen taster passer på filteret.", en: "No key matches the filter.")
    static let helpMouse = Phrase(
        da: "Mus: hjulet ruller, klik vælger en række eller en fane, klik på en kolonneoverskrift sorterer.",
        en: "Mouse: the wheel scrolls, a click selects a row or a tab, a click on a column title sorts.")
    static let helpTextKeys = Phrase(
        da: "I et tekstfelt: ← → Home End, Backspace Del, Ctrl-A/E start/slut, Ctrl-K/U slet til slut/start, Ctrl-W slet ord.",
        en: "In a text field: ← → Home End, Backspace Del, Ctrl-A/E start/end, Ctrl-K/U delete to end/start, Ctrl-W delete word.")

    static let paletteTitle = Phrase(da: "Kommandoer", en: "Commands")
    static let paletteNoMatch = Phrase(da: "Ingen kommando passer.", en: "No command matches.")
}
