import ForumCore

/// `chefforum console` and the options of every command that opens the console.
extension Strings {
    static let consoleAbstract = Phrase(
        da: "Åbn konsollen på databasen (det samme som chefforum uden underkommando).",
        en: "Open the console on the database (what chefforum does without a subcommand).")
    static let themeHelp = Phrase(da: "Farvetema: default, light eller mono.", en: "Colour theme: default, light or mono.")
    static let themeDiscussion = Phrase(
        da: "Standard: mono, når NO_COLOR er sat, ellers default (egnet ved rød-grøn farveblindhed).",
        en: "Default: mono when NO_COLOR is set, else default (safe for red-green colour blindness).")
    static let valueTheme = Phrase(da: "tema", en: "theme")
}
