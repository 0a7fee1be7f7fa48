import ForumCore

/// `chefforum generate`.
extension Strings {
    static let generateAbstract = Phrase(
        da: "Skriv et syntetisk udtræk (posteringer, indstillinger eller tilbud) til belastningstest.",
        en: "Write a synthetic extract (postings, requests or offers) for load tests.")
    static let generateDiscussion = Phrase(
        da: """
            Linjerne følger Skovby Kommunes kontoplan og bruger præcis årets beløb, uanset antallet af \
            linjer: flere linjer giver mindre posteringer. Samme frø giver samme fil, byte for byte.
            """,
        en: """
            The lines follow Skovby Kommune's chart of accounts and spend its amounts for the year \
            exactly, whatever the number of lines: more lines make smaller postings. The same seed \
            gives the same file, byte for byte.
            """)
    static let generateRequestsHelp = Phrase(
        da: "Antal indstillinger (en beslutningskø i formatet requests) i stedet for posteringer.",
        en: "Number of requests (a decision queue in the requests format) instead of postings.")
    static let generateOffersHelp = Phrase(
        da: "Antal tilbud (i formatet offers) i stedet for posteringer.",
        en: "Number of offers (in the offers format) instead of postings.")
    static let generateWhat = Phrase(
        da: "angiv præcis én af --postings, --requests og --offers",
        en: "give exactly one of --postings, --requests and --offers")
    static let generatedRequestsNoun = Phrase(da: "indstillinger", en: "requests")
    static let generatedOffersNoun = Phrase(da: "tilbud", en: "offers")
    static func generatedRows(_ count: Int, noun: Phrase, path: String) -> Phrase {
        Phrase(da: "skrev \(Strings.count(count)) \(noun.danish) til \(path)",
               en: "wrote \(Strings.count(count)) \(noun.english) to \(path)")
    }
    static let generatePostingsHelp = Phrase(da: "Antal posteringslinjer.", en: "Number of posting lines.")
    static let generateOutHelp = Phrase(da: "Filen, der skrives (erstattes, hvis den findes).", en: "The file to write (replaced if it exists).")
    static let generateSeedHelp = Phrase(da: "Frø til pseudotilfældighedsgeneratoren.", en: "Seed of the pseudo-random generator.")
    static let generateYearHelp = Phrase(da: "Posteringernes budgetår.", en: "Budget year of the postings.")
    static let generateThroughMonthHelp = Phrase(
        da: "Udtrækkets sidste måned (1–12); det begynder i januar.", en: "Last month of the extract (1–12); it starts in January.")
    static let valueCount = Phrase(da: "antal", en: "n")
    static let valueSeed = Phrase(da: "frø", en: "s")
    static let valueYear = Phrase(da: "år", en: "year")
    static let valueMonth = Phrase(da: "måned", en: "month")

    /// The one-line summary of `chefforum generate`.
    static func generated(lines: Int, distinctCPR: Int, total: Money, path: String, milliseconds: Int) -> Phrase {
        let count = Strings.count(lines)
        let people = Strings.count(distinctCPR)
        let seconds = "\(milliseconds / 1000),\(milliseconds % 1000 / 100)"
        let sum = total.formatted(.exact)
        return Phrase(
            da: "skrev \(count) posteringer til \(path): \(people) forskellige CPR-numre, i alt \(sum), \(seconds) s",
            en: "wrote \(count) postings to \(path): \(people) distinct CPR numbers, \(sum) in total, \(seconds) s")
    }
}
