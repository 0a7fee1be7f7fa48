/// Labels of the decision queue and the request detail, shared by the console and the CLI.
extension Strings {
    public static let colID = Phrase(da: "Id", en: "Id")
    public static let colCase = Phrase(da: "Sag", en: "Case")
    public static let colSector = Phrase(da: "Sektor", en: "Sector")
    public static let colLaw = Phrase(da: "Lov", en: "Law")
    public static let colOffer = Phrase(da: "Tilbud", en: "Offer")
    public static let colTotal = Phrase(da: "I alt", en: "Total")
    public static let colMonthly = Phrase(da: "Pr. md.", en: "Monthly")
    public static let colPeriod = Phrase(da: "Periode", en: "Period")
    public static let colPayer = Phrase(da: "Betaler", en: "Payer")
    public static let colStatus = Phrase(da: "Status", en: "Status")
    public static let colWhy = Phrase(da: "Hvorfor her", en: "Why here")

    public static let fieldCase = Phrase(da: "Sag", en: "Case")
    public static let fieldCrossSector = Phrase(da: "tværgående familie", en: "cross-sector family")
    public static let fieldSubmitted = Phrase(da: "Indstillet", en: "Submitted")
    public static let fieldAmount = Phrase(da: "Beløb", en: "Amount")
    public static let fieldStep = Phrase(da: "Indsatstrappe", en: "Staircase step")
    public static let fieldPayer = Phrase(da: "Betaler", en: "Payer")
    public static let fieldWhy = Phrase(da: "Hvorfor her", en: "Why here")
    public static let fieldDecidedBy = Phrase(da: "Afgøres af", en: "Decided by")
    public static let fieldReason = Phrase(da: "Begrundelse", en: "Reason")
    public static let fieldHours = Phrase(da: "Timer", en: "Hours")
    public static let fieldDecision = Phrase(da: "Beslutning", en: "Decision")
    public static let sectionAlternatives = Phrase(da: "Alternativer", en: "Alternatives")
    public static let sectionOtherGrants = Phrase(da: "Sagens andre aktive bevillinger", en: "The case's other active grants")
    public static let sectionCaseSpending = Phrase(da: "Sagens forbrug pr. sektor", en: "The case's spend per sector")
    public static let sectionImpact = Phrase(da: "Virkning af en godkendelse på prognosen", en: "What approval does to the forecast")
    public static let sectionHistory = Phrase(da: "Historik", en: "History")
    public static let sectionCommitments = Phrase(da: "Dispositioner", en: "Commitments")
    public static let none = Phrase(da: "ingen", en: "none")
    public static let perYear = Phrase(da: "pr. år", en: "a year")
    public static let perMonthShort = Phrase(da: "/md.", en: "/month")
    public static let oneOff = Phrase(da: "engangsbeløb", en: "one-off")
    public static let totalWord = Phrase(da: "i alt", en: "in total")
    public static let monthlyDrawOfCase = Phrase(da: "Samlet månedligt træk på tværs af sektorer", en: "Total monthly draw across sectors")
    public static let noPostingsYet = Phrase(da: "ingen posteringer indlæst endnu", en: "no postings imported yet")
    public static let beyondTolerance = Phrase(da: "over tolerancen", en: "beyond tolerance")
    public static let overspend = Phrase(da: "merforbrug", en: "overspend")
    public static let underspend = Phrase(da: "mindreforbrug", en: "underspend")
    public static let forecastWord = Phrase(da: "prognose", en: "forecast")
    public static let deviationWord = Phrase(da: "afvigelse", en: "deviation")

    public static func waitingDays(_ days: Int) -> Phrase {
        Phrase(da: "\(days) d", en: "\(days) d")
    }
    public static func waitedDays(_ days: Int) -> Phrase {
        Phrase(da: "venter \(days) dage", en: "waiting \(days) days")
    }
    public static func atMonth(_ month: Int, year: Int) -> Phrase {
        Phrase(da: "ultimo \(monthShort(month).danish) \(year)", en: "end of \(monthShort(month).english) \(year)")
    }
    public static func queueSummary(count: Int, total: Money) -> Phrase {
        Phrase(da: "\(count) \(count == 1 ? "indstilling" : "indstillinger"), i alt \(total.formatted(.kroner))",
               en: "\(count) \(count == 1 ? "request" : "requests"), \(total.formatted(.kroner)) in total")
    }
    public static func historyEvent(_ kind: RequestEvent.Kind) -> Phrase {
        switch kind {
        case .submitted: Phrase(da: "indstillet", en: "submitted")
        case .decided: Phrase(da: "besluttet", en: "decided")
        case .undone: Phrase(da: "fortrudt", en: "undone")
        case .splitChanged: Phrase(da: "fordeling ændret", en: "split changed")
        case .reopened: Phrase(da: "genoptaget", en: "reopened")
        }
    }
    public static func decided(_ kind: DecisionKind, by name: String) -> Phrase {
        Phrase(da: "\(decisionKind(kind).danish) af \(name)", en: "\(decisionKind(kind).english) by \(name)")
    }
}

extension Strings {
    /// `BEV`, `BEV 60 % · VOK 20 % · FAM 20 %`, or for shares that are not whole percents the
    /// exact fractions `BEV 3/6 · BUF 2/6 · VOK 1/6`.
    public static func splitText(_ split: PaymentSplit) -> String {
        guard split.isSplit else { return split.sectors.first?.rawValue ?? "" }
        let (percents, exact) = split.displayPercents()
        if exact {
            return percents.map { "\($0.sector.rawValue) \($0.percent) %" }.joined(separator: " · ")
        }
        let reduced = split.reduced
        return reduced.shares.map { "\($0.sector.rawValue) \(fraction($0.weight, of: reduced.totalWeight))" }.joined(separator: " · ")
    }

    /// `½`, `⅓`, `⅔`, `⅙` where a single glyph exists, else `5/7`. Expects a reduced fraction.
    static func fraction(_ numerator: Int, of denominator: Int) -> String {
        let divisor = gcd(numerator, denominator)
        let (n, d) = (numerator / divisor, denominator / divisor)
        let glyphs: [String: String] = [
            "1/2": "½", "1/3": "⅓", "2/3": "⅔", "1/4": "¼", "3/4": "¾", "1/5": "⅕", "2/5": "⅖", "3/5": "⅗", "4/5": "⅘",
            "1/6": "⅙", "5/6": "⅚", "1/8": "⅛", "3/8": "⅜", "5/8": "⅝", "7/8": "⅞",
        ]
        return glyphs["\(n)/\(d)"] ?? "\(n)/\(d)"
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// `01.11.2026–31.05.2027`, or the day of a one-off.
    public static func periodText(_ amount: GrantAmount) -> String {
        amount.isOneOff ? amount.start.danish : "\(amount.start.danish)–\(amount.end.danish)"
    }
}

extension Strings {
    public static func hoursPerWeek(_ hours: Hours) -> Phrase {
        Phrase(da: "\(hours.formatted) t./uge", en: "\(hours.formatted) h/week")
    }
    /// A decision in one line, as the detail and `request show` give it: who decided what and
    /// when, its note, how long it is valid and when it is followed up.
    public static func decisionSummary(_ record: DecisionRecord) -> Phrase {
        func line(_ language: Language) -> String {
            let decision = record.decision
            var text = "\(decided(decision.kind, by: record.decidedByName).text(language)) \(record.at.danishLocal)"
            if !decision.note.isEmpty { text += " — \(decision.note)" }
            if let until = decision.validUntil { text += " · \(validUntil(until).text(language))" }
            if let followUp = decision.followUp { text += " · \(followUpOn(followUp).text(language))" }
            return text
        }
        return Phrase(da: line(.danish), en: line(.english))
    }
    /// A line of a request's history without its time, as the detail and `request show` give
    /// it: what happened (and the decision and split it carried), who, and why.
    public static func historySummary(_ event: RequestEvent) -> Phrase {
        func line(_ language: Language) -> String {
            var text = historyEvent(event.kind).text(language)
            if let kind = event.decision { text += ": \(decisionKind(kind).text(language))" }
            if let split = event.split, event.kind == .splitChanged || split.isSplit { text += " [\(splitText(split))]" }
            text += " · \(event.actor)"
            if !event.note.isEmpty { text += " — \(event.note)" }
            return text
        }
        return Phrase(da: line(.danish), en: line(.english))
    }
    public static func followUpOn(_ day: Day) -> Phrase {
        Phrase(da: "opfølgning \(day.danish)", en: "follow-up \(day.danish)")
    }
    public static func validUntil(_ day: Day) -> Phrase {
        Phrase(da: "gælder til \(day.danish)", en: "valid until \(day.danish)")
    }
}
