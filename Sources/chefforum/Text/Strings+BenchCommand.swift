import ForumCore

/// `chefforum bench`.
extension Strings {
    static let benchAbstract = Phrase(
        da: "Mål programmets hastighed på genererede data og sammenlign med målene.",
        en: "Measure the program's speed on generated data against its targets.")
    static let benchDiscussion = Phrase(
        da: """
            Bygger en demodatabase i en midlertidig mappe, tilføjer genererede posteringer, \
            indstillinger og tilbud, og måler side om side i samme kørsel: indlæsning mod sqlite3 \
            .import af samme fil, budgetrapporten, konsollens første hele billede, tid fra tast til \
            billede, hukommelse og CPU i tomgang. Mappen fjernes bagefter. docs/performance.md \
            beskriver hvert tal.
            """,
        en: """
            Builds a demo database in a temporary folder, adds generated postings, requests and \
            offers, and measures side by side in one run: import against sqlite3 .import of the same \
            file, the budget report, the console's first full frame, key-to-frame time, memory and \
            idle CPU. The folder is removed afterwards. docs/performance.md describes each figure.
            """)
    static let benchPostingsHelp = Phrase(da: "Antal posteringer, der indlæses.", en: "Number of postings imported.")
    static let benchRequestsHelp = Phrase(da: "Antal indstillinger i køen.", en: "Number of requests in the queue.")
    static let benchOffersHelp = Phrase(da: "Antal tilbud på kapacitetstavlen.", en: "Number of offers on the capacity board.")
    static let benchFormatHelp = Phrase(da: "Udskrift: table eller json.", en: "Output: table or json.")
    static let benchCounts = Phrase(
        da: "antallene skal være mindst 1 (højst 100.000.000 posteringer og 1.000.000 indstillinger eller tilbud)",
        en: "the counts must be at least 1 (at most 100.000.000 postings and 1.000.000 requests or offers)")
    static func benchStepData(postings: Int, requests: Int, offers: Int) -> Phrase {
        Phrase(da: "bygger demoen og genererer \(Strings.count(postings)) posteringer, \(Strings.count(requests)) indstillinger og \(Strings.count(offers)) tilbud …",
               en: "building the demo and generating \(Strings.count(postings)) postings, \(Strings.count(requests)) requests and \(Strings.count(offers)) offers …")
    }
    static let benchStepImport = Phrase(da: "måler indlæsningen side om side med sqlite3 …",
                                        en: "timing the import side by side with sqlite3 …")
    static let benchStepReports = Phrase(da: "måler budgetrapporten …", en: "timing the budget report …")
    static let benchStepConsole = Phrase(da: "måler konsollen …", en: "timing the console …")
    static func benchCannotRun(_ program: String, reason: String) -> Phrase {
        Phrase(da: "kan ikke starte \(program): \(reason)", en: "cannot start \(program): \(reason)")
    }
    static func benchStepFailed(_ step: String, status: Int32, message: String) -> Phrase {
        Phrase(da: "«\(step)» sluttede med status \(status): \(message)", en: "“\(step)” ended with status \(status): \(message)")
    }
    static func benchBadOutput(_ part: String) -> Phrase {
        Phrase(da: "konsolmålingen «\(part)» skrev ikke et tal", en: "the console measurement “\(part)” did not print a number")
    }
    static func benchNoChair(_ login: String) -> Phrase {
        Phrase(da: "databasen har ingen bruger \(login) (demoens formand)", en: "the database has no user \(login) (the demo's chair)")
    }
    static func benchMachine(cores: Int, before: String, after: String) -> Phrase {
        Phrase(da: "\(cores) kerner, belastning \(before) før og \(after) efter (1 min.)",
               en: "\(cores) cores, load \(before) before and \(after) after (1 min.)")
    }
    static let benchColumnWhat = Phrase(da: "Måling", en: "Measurement")
    static let benchColumnMeasured = Phrase(da: "Målt", en: "Measured")
    static let benchColumnTarget = Phrase(da: "Mål", en: "Target")
    static func benchImport(_ postings: Int) -> Phrase {
        Phrase(da: "chefforum import postings, \(Strings.count(postings)) linjer", en: "chefforum import postings, \(Strings.count(postings)) lines")
    }
    static let benchReference = Phrase(da: "sqlite3 .import af samme fil (før / efter)", en: "sqlite3 .import of the same file (before / after)")
    static let benchRatio = Phrase(da: "indlæsning i forhold til sqlite3", en: "import relative to sqlite3")
    static let benchImportMemory = Phrase(da: "indlæsningens største hukommelse", en: "import's peak memory")
    static let benchBurn = Phrase(da: "report burn, alle sektorer (median)", en: "report burn, all sectors (median)")
    static let benchQueueFrame = Phrase(da: "start → skærm 1 hel (median)", en: "start → screen 1 complete (median)")
    static let benchBudgetFrame = Phrase(da: "start, 3 → skærm 3 hel (median)", en: "start, 3 → screen 3 complete (median)")
    static func benchKeys(screen: String, keys: String, presses: Int) -> Phrase {
        let da = ["queue": "køen", "capacity": "kapacitet"][screen] ?? screen
        let whatDa = ["move": "flyt", "page": "side", "filter": "filter", "sort": "sortér"][keys] ?? keys
        return Phrase(da: "tast → billede, \(da), \(whatDa) (\(presses) tryk; median / p99)",
                      en: "key → frame, \(screen), \(keys) (\(presses) presses; median / p99)")
    }
    static let benchConsoleMemory = Phrase(da: "konsollens største hukommelse", en: "console's peak memory")
    static let benchIdle = Phrase(da: "konsollens CPU i tomgang (5 s)", en: "console's idle CPU (5 s)")
}
