import ForumCore

/// The console's frame around the screens: header, tabs, messages, dialogs and errors.
extension Strings {
    /// The five screens' tab titles.
    static let screenDecisions = Phrase(da: "Beslutninger", en: "Decisions")
    static let screenCapacity = Phrase(da: "Kapacitet", en: "Capacity")
    static let screenBudget = Phrase(da: "Budget", en: "Budget")
    static let screenDeviations = Phrase(da: "Afvigelser", en: "Deviations")
    static let screenMeeting = Phrase(da: "Møde", en: "Meeting")

    /// What a screen that a later version builds says instead of showing made-up data.
    static func screenNotBuilt(_ title: Phrase) -> Phrase {
        Phrase(da: "Skærmen «\(title.danish)» er ikke bygget endnu.",
               en: "The «\(title.english)» screen is not built yet.")
    }
    static let screenNotBuiltHint = Phrase(
        da: "Den kommer i en senere version. Skift skærm med 1–6 eller Tab; ? viser tasterne.",
        en: "It comes in a later version. Switch screens with 1–6 or Tab; ? shows the keys.")

    static func budgetYear(_ year: Int) -> Phrase {
        Phrase(da: "budgetår \(year)", en: "budget year \(year)")
    }
    static let loading = Phrase(da: "henter …", en: "loading …")
    static func databaseLabel(_ label: String) -> Phrase {
        Phrase(da: "db: \(label)", en: "db: \(label)")
    }

    static func terminalTooSmall(need: String, have: String) -> Phrase {
        Phrase(da: "Terminalen er for lille (kræver \(need), har \(have)).",
               en: "The terminal is too small (need \(need), have \(have)).")
    }
    static let terminalTooSmallHint = Phrase(
        da: "Gør vinduet større, eller tryk q for at afslutte.",
        en: "Make the window larger, or press q to quit.")

    static let dialogCancel = Phrase(da: "Fortryd", en: "Cancel")
    static let quitTitle = Phrase(da: "Afslut?", en: "Quit?")
    static let quitUnsavedInput = Phrase(
        da: "En dialog har indtastning, der ikke er gemt. Afslut alligevel og kassér den?",
        en: "A dialog holds input that is not saved. Quit anyway and discard it?")
    static let quitConfirm = Phrase(da: "Afslut", en: "Quit")

    static func themeChanged(_ name: Phrase) -> Phrase {
        Phrase(da: "Tema: \(name.danish)", en: "Theme: \(name.english)")
    }
    static let themeStandard = Phrase(da: "standard", en: "default")
    static let themeLight = Phrase(da: "lys", en: "light")
    static let themeMono = Phrase(da: "monokrom", en: "monochrome")

    static func loadFailed(_ detail: String) -> Phrase {
        Phrase(da: "kunne ikke hente data: \(detail)", en: "could not load data: \(detail)")
    }

    static let notATerminal = Phrase(
        da: "konsollen kræver en terminal (standard ind og ud er ikke en terminal)",
        en: "the console needs a terminal (standard input and output are not a terminal)")
    static let terminalTypeMissing = Phrase(
        da: "TERM er ikke sat; konsollen ved ikke, hvilken terminal den tegner i",
        en: "TERM is not set; the console does not know which terminal it draws in")
    static func terminalTypeUnknown(_ name: String) -> Phrase {
        Phrase(da: "terminaltypen «\(name)» er ukendt (prøv TERM=xterm-256color)",
               en: "the terminal type «\(name)» is unknown (try TERM=xterm-256color)")
    }
}
