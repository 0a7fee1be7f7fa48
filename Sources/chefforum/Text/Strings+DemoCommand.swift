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
    static let demoNoUIHelp = Phrase(da: "Byg kun databasen; åbn ikke konsollen.", en: "Only build the database, do not open the console.")
    static let demoDataHelp = Phrase(da: "Mappen med demofilerne.", en: "The folder with the demo files.")
    static let demoDataDiscussion = Phrase(
        da: "Standard: $CHEFFORUM_DATA, ellers data/skovby ved siden af programmet eller i den aktuelle mappe.",
        en: "Default: $CHEFFORUM_DATA, else data/skovby next to the program or in the current folder.")

    static func demoBuilding(_ path: String) -> Phrase {
        Phrase(da: "Bygger demokommunen Skovby Kommune i \(path) …", en: "Building the demo municipality Skovby Kommune in \(path) …")
    }
    static func demoBuilt(_ path: String, milliseconds: Int) -> Phrase {
        let hundredths = milliseconds % 1000 / 10
        let seconds = "\(milliseconds / 1000),\(hundredths < 10 ? "0" : "")\(hundredths)"
        return Phrase(da: "Demodatabasen er klar: \(path) (\(seconds) s)", en: "The demo database is ready: \(path) (\(seconds) s)")
    }
    static func demoFilesMissing(_ path: String) -> Phrase {
        Phrase(da: "demofilerne findes ikke (ledte bl.a. i \(path)); angiv mappen med --data eller CHEFFORUM_DATA",
               en: "the demo files were not found (looked in \(path) among others); give the folder with --data or CHEFFORUM_DATA")
    }
}
