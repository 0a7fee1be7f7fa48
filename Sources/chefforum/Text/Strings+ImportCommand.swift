import ForumCore

/// `chefforum import`: its help, the progress line and the summary.
extension Strings {
    static let importAbstract = Phrase(
        da: "Indlæs et udtræk fra økonomisystemet, budgetter, en sagsliste eller opsætning fra en CSV-fil.",
        en: "Import a finance extract, budgets, a case list or configuration from a CSV file.")
    static let importDiscussion = Phrase(
        da: """
            Slags: postings, budgets, requests, offers, waitinglist, placements, users, sectors, subareas, laws, settings, youths \
            (kolonnerne står i docs/formats.md). Har filen bare én forkert linje, bliver intet indlæst; hvert \
            problem vises som FIL:LINJE:KOLONNE, og afslutningskoden er 1. Den samme fil to gange, eller \
            posteringer for måneder, der allerede er indlæst, bliver afvist, medmindre --replace er angivet. \
            CPR-numre erstattes af en hash med nøgle; nøglen gemmes i sin egen fil (tilstand 0600), som \
            standard ved siden af databasen.
            """,
        en: """
            Kinds: postings, budgets, requests, offers, waitinglist, placements, users, sectors, subareas, laws, settings, youths \
            (columns in docs/formats.md). A file with any bad line imports nothing; every problem is listed as \
            FILE:LINE:COLUMN and the exit status is 1. The same file twice, or postings of months already \
            imported, is refused unless --replace. CPR numbers are replaced by a keyed hash; the key is kept \
            in a file of its own (mode 0600), by default next to the database.
            """)
    static let importKindHelp = Phrase(da: "Hvad filen indeholder.", en: "What the file holds.")
    static let importFileHelp = Phrase(da: "CSV-filen.", en: "The CSV file.")
    static let importReplaceHelp = Phrase(
        da: "Erstat den tidligere indlæsning af den samme fil eller af de samme måneders posteringer.",
        en: "Replace the earlier import of the same file, or of the same months of postings.")
    static let importAllowUnmappedHelp = Phrase(
        da: "Bogfør posteringer på konti, som intet delområde dækker, på delområdet «unmapped».",
        en: "Book postings on accounts no sub-area matches to the sub-area «unmapped».")
    static let importKeyHelp = Phrase(da: "Nøglefilen til pseudonymisering.", en: "The pseudonymisation key file.")
    static let importKeyDiscussion = Phrase(
        da: "Standard: $CHEFFORUM_KEY, ellers databasens sti med .key i stedet for .sqlite. Oprettes (0600), hvis den mangler.",
        en: "Default: $CHEFFORUM_KEY, else the database's path with .key instead of .sqlite. Created (0600) if missing.")
    static let valueKind = Phrase(da: "slags", en: "kind")

    /// `2,1 s` from milliseconds.
    static func seconds(_ milliseconds: Int) -> String { "\(milliseconds / 1000),\(milliseconds % 1000 / 100) s" }

    /// The progress line on a terminal: lines so far, the rate, and the time left.
    static func importProgress(lines: Int, perSecond: Int, secondsLeft: Int?) -> Phrase {
        let left = secondsLeft.map { " · \($0) s" } ?? ""
        return Phrase(da: "\(count(lines)) linjer · \(count(perSecond)) linjer/s\(left.isEmpty ? "" : left + " tilbage")",
                      en: "\(count(lines)) lines · \(count(perSecond)) lines/s\(left.isEmpty ? "" : left + " left")")
    }
    static func importedPostings(_ file: String, lines: Int, milliseconds: Int) -> Phrase {
        Phrase(da: "\(file): \(count(lines)) posteringer indlæst på \(seconds(milliseconds))",
               en: "\(file): \(count(lines)) postings imported in \(seconds(milliseconds))")
    }
    static func importedRows(_ file: String, lines: Int, milliseconds: Int) -> Phrase {
        Phrase(da: "\(file): \(count(lines)) \(lines == 1 ? "række" : "rækker") indlæst på \(seconds(milliseconds))",
               en: "\(file): \(count(lines)) \(lines == 1 ? "row" : "rows") imported in \(seconds(milliseconds))")
    }
    static func importPeriod(_ first: Day, _ last: Day) -> Phrase {
        Phrase(da: "periode \(first.danish)–\(last.danish)", en: "period \(first.danish)–\(last.danish)")
    }
    static let importUnmappedTotal = Phrase(da: "ikke placeret", en: "unmapped")
    static let importTotal = Phrase(da: "i alt", en: "total")
    static let importColumnAmount = Phrase(da: "Beløb", en: "Amount")
    static func importReplaced(_ files: [String]) -> Phrase {
        let list = files.map { "«\($0)»" }.joined(separator: ", ")
        return Phrase(da: "erstattede den tidligere indlæsning af \(list)", en: "replaced the earlier import of \(list)")
    }
}
