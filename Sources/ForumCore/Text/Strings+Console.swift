/// The console's frame around the screens: header, tabs, messages, dialogs and errors.
extension Strings {
    /// The five screens' tab titles.
    public static let screenDecisions = Phrase(da: "Beslutninger", en: "Decisions")
    public static let screenCapacity = Phrase(da: "Kapacitet", en: "Capacity")
    public static let screenBudget = Phrase(da: "Budget", en: "Budget")
    public static let screenDeviations = Phrase(da: "Afvigelser", en: "Deviations")
    public static let screenMeeting = Phrase(da: "Møde", en: "Meeting")

    /// What a screen that a later version builds says instead of showing made-up data.
    public static func screenNotBuilt(_ title: Phrase) -> Phrase {
        Phrase(da: "Skærmen «\(title.danish)» er ikke bygget endnu.",
               en: "The «\(title.english)» screen is not built yet.")
    }
    public static let screenNotBuiltHint = Phrase(
        da: "Den kommer i en senere version. Skift skærm med 1–5 eller Tab; ? viser tasterne.",
        en: "It comes in a later version. Switch screens with 1–5 or Tab; ? shows the keys.")

    public static func budgetYear(_ year: Int) -> Phrase {
        Phrase(da: "budgetår \(year)", en: "budget year \(year)")
    }
    public static let loading = Phrase(da: "henter …", en: "loading …")
    public static func databaseLabel(_ label: String) -> Phrase {
        Phrase(da: "db: \(label)", en: "db: \(label)")
    }

    public static func terminalTooSmall(need: String, have: String) -> Phrase {
        Phrase(da: "Terminalen er for lille (kræver \(need), har \(have)).",
               en: "The terminal is too small (need \(need), have \(have)).")
    }
    public static let terminalTooSmallHint = Phrase(
        da: "Gør vinduet større, eller tryk q for at afslutte.",
        en: "Make the window larger, or press q to quit.")

    public static let dialogConfirm = Phrase(da: "Bekræft", en: "Confirm")
    public static let dialogCancel = Phrase(da: "Fortryd", en: "Cancel")
    public static let quitTitle = Phrase(da: "Afslut?", en: "Quit?")
    public static let quitUnsavedInput = Phrase(
        da: "En dialog har indtastning, der ikke er gemt. Afslut alligevel og kassér den?",
        en: "A dialog holds input that is not saved. Quit anyway and discard it?")
    public static let quitConfirm = Phrase(da: "Afslut", en: "Quit")

    public static func themeChanged(_ name: Phrase) -> Phrase {
        Phrase(da: "Tema: \(name.danish)", en: "Theme: \(name.english)")
    }
    public static let themeStandard = Phrase(da: "standard", en: "default")
    public static let themeLight = Phrase(da: "lys", en: "light")
    public static let themeMono = Phrase(da: "monokrom", en: "monochrome")

    public static func loadFailed(_ detail: String) -> Phrase {
        Phrase(da: "kunne ikke hente data: \(detail)", en: "could not load data: \(detail)")
    }

    public static let notATerminal = Phrase(
        da: "konsollen kræver en terminal (standard ind og ud er ikke en terminal)",
        en: "the console needs a terminal (standard input and output are not a terminal)")
    public static let terminalTypeMissing = Phrase(
        da: "TERM er ikke sat; konsollen ved ikke, hvilken terminal den tegner i",
        en: "TERM is not set; the console does not know which terminal it draws in")
    public static func terminalTypeUnknown(_ name: String) -> Phrase {
        Phrase(da: "terminaltypen «\(name)» er ukendt (prøv TERM=xterm-256color)",
               en: "the terminal type «\(name)» is unknown (try TERM=xterm-256color)")
    }
}
