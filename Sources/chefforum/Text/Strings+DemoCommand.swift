import ForumCore

/// `chefforum demo`.
extension Strings {
    static let demoAbstract = Phrase(
        da: "Byg en ny demokommune (Skovby Kommune), og åbn konsollen på den.",
        en: "Build a fresh demo municipality (Skovby Kommune) and open the console on it.")
    static let demoDiscussion = Phrase(
        da: "Demodatabasen er $XDG_DATA_HOME/chefforum/demo.sqlite, medmindre --db er angivet; "
            + "en tidligere demo dér bliver erstattet, enhver anden database bliver afvist.",
        en: "The demo database is $XDG_DATA_HOME/chefforum/demo.sqlite unless --db is given; "
            + "an earlier demo there is replaced, any other database is refused.")
    static let demoForceHelp = Phrase(da: "Erstat også en demo, hvor der er truffet beslutninger eller ændret noget.",
                                      en: "Replace a demo even when decisions or other changes were made in it.")
    static let demoNoUIHelp = Phrase(da: "Byg kun databasen; åbn ikke konsollen.", en: "Only build the database, do not open the console.")
    static let demoDataHelp = Phrase(da: "En mappe med egne demofiler i stedet for de indbyggede.",
                                     en: "A folder of demo files of your own instead of the built-in ones.")
    static let demoDataDiscussion = Phrase(
        da: "Standard: Skovby Kommunes filer, som er bygget ind i programmet.",
        en: "Default: Skovby Kommune's files, built into the program.")

    static func demoBuilding(_ path: String) -> Phrase {
        Phrase(da: "Bygger demokommunen Skovby Kommune i \(path) …", en: "Building the demo municipality Skovby Kommune in \(path) …")
    }
    static func demoBuilt(_ path: String, milliseconds: Int) -> Phrase {
        let hundredths = milliseconds % 1000 / 10
        let seconds = "\(milliseconds / 1000),\(hundredths < 10 ? "0" : "")\(hundredths)"
        return Phrase(da: "Demodatabasen er klar: \(path) (\(seconds) s)", en: "The demo database is ready: \(path) (\(seconds) s)")
    }
    static func demoFilesMissing(_ path: String) -> Phrase {
        Phrase(da: "mappen \(path) har ikke demoens filer (settings.csv mangler)",
               en: "the folder \(path) does not hold the demo's files (settings.csv is missing)")
    }
}
