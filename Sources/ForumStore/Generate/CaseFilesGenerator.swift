import ForumCore

/// Synthetic case-system files for load tests: a decision queue of any length (`requests`) and
/// a capacity board of any size (`offers`), in the import formats of docs/formats.md and on the
/// demo municipality's organisation (its sectors, laws and team leaders), so that they import
/// into a demo database as they are. The same seed gives the same file, byte for byte.
public enum CaseFilesGenerator {
    /// The most rows one file holds: far beyond any municipality's queue or board, and small
    /// enough that the file stays a few hundred megabytes.
    public static let maximumRows = 1_000_000

    /// What a request may be: its law, the sector that asks, and its team leader's unit.
    private static let kinds: [(law: String, sector: String, unit: String, effort: String)] = [
        ("SEL52", "BUF", "Familieafdelingen", "Anbringelse på opholdssted"),
        ("SEL11", "BUF", "Familieafdelingen", "Familiebehandling"),
        ("SEL85", "VOK", "Social- og Handicapafdelingen", "Socialpædagogisk bistand"),
        ("SEL107", "VOK", "Social- og Handicapafdelingen", "Midlertidigt botilbud"),
        ("SEL108", "VOK", "Social- og Handicapafdelingen", "Længerevarende botilbud"),
        ("SEL83", "SUN", "Hjemmeplejen", "Personlig og praktisk hjælp"),
        ("LAB-MENTOR", "BEV", "Jobcenter Skovby", "Mentorstøtte"),
        ("STU", "SPU", "Ungdommens Uddannelsesvejledning", "STU-forløb"),
        ("FSK-SPEC", "SPU", "Skoleafdelingen", "Specialundervisning"),
        ("DTL-SPEC", "PPR", "PPR Skovby", "Specialpædagogisk bistand"),
    ]
    private static let splits = ["", "", "", "BEV=60,VOK=20,BUF=20", "BUF=50,SPU=50", "VOK=3,SUN=1"]
    private static let caseWorkers = ["Helle Riis", "Peter Skou", "Anja Lind", "Mads Kirk", "Rikke Dahl", "Søren Bak"]
    private static let leaders: [String: [String]] = [
        "BEV": ["cfros", "rbech"], "BUF": ["lbran", "knyho"], "VOK": ["psond", "tkrog", "dmolg"],
        "SUN": ["bravn"], "PPR": ["jholt"], "SPU": ["nfrii"],
    ]

    /// `count` pending requests, submitted during `year` and running into the next, in the
    /// `requests` format; ids `GEN-<year>-<n>`, cases from the fictional population.
    public static func requests(count: Int, seed: UInt64 = 1, year: Int = 2026) throws(GenerateError) -> String {
        try check(count)
        var random = SplitMix64(seed: seed)
        let width = max(5, String(count).count)
        var lines = ["id;cpr;tværgående;enhed;indstillet af;sektor;lov;tilbud;månedsbeløb;engangsbeløb;start;slut;trin;"
                     + "fordeling;begrundelse;indstillet"]
        lines.reserveCapacity(count + 1)
        for index in 0..<count {
            let kind = kinds[random.below(kinds.count)]
            let cpr = FictionalCPR.text(FictionalCPR.number(series: 90_000 + index % 997, local: index,
                                                            band: kind.sector == "SUN" ? .elderly : .adults))
            let submitted = day(year, month: 1 + random.below(11), day: 1 + random.below(28))
            let start = Day(daysSinceEpoch: submitted.daysSinceEpoch + 14 + random.below(60))
            let oneOff = random.chance(percent: 10)
            // Mostly above the forum's ceiling (25.000 kr): these are the requests a queue holds.
            let amount = Money(kroner: Int64(8_000 + random.below(60_000)))
            let end = day(start.year + 1, month: start.month, day: min(start.day, 28))
            let number = String(index + 1)
            let id = "GEN-\(year)-" + String(repeating: "0", count: width - number.count) + number
            let fields = [
                id, cpr, random.chance(percent: 8) ? "ja" : "nej", kind.unit,
                caseWorkers[random.below(caseWorkers.count)], kind.sector, kind.law, kind.effort,
                oneOff ? "" : amount.formatted(.exact, unit: false),
                oneOff ? Money(ore: amount.ore * 6).formatted(.exact, unit: false) : "",
                date(start), oneOff ? "" : date(end), String(1 + random.below(5)),
                splits[random.below(splits.count)], "Genereret til belastningstest.", date(submitted),
            ]
            lines.append(fields.joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` offers across the demo's sectors, in the `offers` format; ids `GEN-TILBUD-<n>`,
    /// each run by one of its sector's team leaders.
    public static func offers(count: Int, seed: UInt64 = 1) throws(GenerateError) -> String {
        try check(count)
        var random = SplitMix64(seed: seed)
        let sectors = leaders.keys.sorted()
        let width = max(4, String(count).count)
        var lines = ["id;navn;sektor;enhed;kapacitet;kvote tværgående;basistakst;ydelsestakst;særtakst;leverandør;leder"]
        lines.reserveCapacity(count + 1)
        for index in 0..<count {
            let sector = sectors[random.below(sectors.count)]
            let hours = random.chance(percent: 25)
            let capacity = hours ? 20 + random.below(200) : 4 + random.below(40)
            let quota = random.chance(percent: 40) ? random.below(capacity / 4 + 1) : 0
            let base = Money(kroner: Int64(hours ? 400 + random.below(900) : 20_000 + random.below(40_000)))
            let service = Money(kroner: Int64(random.below(8_000)))
            let number = String(index + 1)
            let id = "GEN-TILBUD-" + String(repeating: "0", count: width - number.count) + number
            let fields = [
                id, "\(hours ? "Støttetimer" : "Botilbud") \(sector) nr. \(index + 1)", sector,
                hours ? "timer pr uge" : "pladser", String(capacity), quota > 0 ? String(quota) : "",
                base.formatted(.exact, unit: false), service.formatted(.exact, unit: false), "",
                random.chance(percent: 30) ? "ekstern" : "intern", leaders[sector]![random.below(leaders[sector]!.count)],
            ]
            lines.append(fields.joined(separator: ";"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func check(_ count: Int) throws(GenerateError) {
        guard count > 0 else { throw .lineCountNotPositive(count) }
        guard count <= maximumRows else { throw .rowCountTooLarge(count, maximum: maximumRows) }
    }

    /// A day of a month (1–12) whose day number (1–28) every month has.
    private static func day(_ year: Int, month: Int, day: Int) -> Day {
        Day(daysSinceEpoch: Month(ordinal: year * 12 + month - 1).firstDay.daysSinceEpoch + day - 1)
    }

    private static func date(_ day: Day) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(day.day))-\(two(day.month))-\(day.year)"
    }
}
