extension Strings {
    public static func status(_ status: RequestStatus) -> Phrase {
        switch status {
        case .submitted: Phrase(da: "indstillet", en: "submitted")
        case .onAgenda: Phrase(da: "på dagsorden", en: "on agenda")
        case .approved: Phrase(da: "godkendt", en: "approved")
        case .approvedTimeLimited: Phrase(da: "godkendt tidsbegr.", en: "approved time-limited")
        case .rejected: Phrase(da: "afvist", en: "rejected")
        case .deferred: Phrase(da: "udsat", en: "deferred")
        case .referred: Phrase(da: "henvist til udvalg", en: "referred to committee")
        case .withdrawn: Phrase(da: "trukket tilbage", en: "withdrawn")
        }
    }

    public static func decisionKind(_ kind: DecisionKind) -> Phrase {
        switch kind {
        case .approve: Phrase(da: "godkend", en: "approve")
        case .approveTimeLimited: Phrase(da: "godkend tidsbegrænset", en: "approve time-limited")
        case .reject: Phrase(da: "afvis", en: "reject")
        case .defer: Phrase(da: "udsæt", en: "defer")
        case .refer: Phrase(da: "henvis til politisk udvalg", en: "refer to political committee")
        }
    }

    public static func step(_ step: StaircaseStep) -> Phrase {
        switch step {
        case .advice: Phrase(da: "rådgivning", en: "advice")
        case .groupSupport: Phrase(da: "gruppeforløb", en: "group support")
        case .individualSupport: Phrase(da: "individuel støtte", en: "individual support")
        case .temporaryResidential: Phrase(da: "midlertidigt ophold", en: "temporary residential")
        case .longTermResidential: Phrase(da: "længerevarende ophold", en: "long-term residential")
        }
    }

    public static func illegalTransition(from: RequestStatus, to: RequestStatus) -> Phrase {
        Phrase(da: "en indstilling kan ikke gå fra «\(status(from).danish)» til «\(status(to).danish)»",
               en: "a request cannot move from «\(status(from).english)» to «\(status(to).english)»")
    }

    public static func endBeforeStart(start: Day, end: Day) -> Phrase {
        Phrase(da: "slutdatoen \(end.danish) ligger før startdatoen \(start.danish)",
               en: "the end date \(end.danish) is before the start date \(start.danish)")
    }
    public static let reasonRequired = Phrase(da: "en afvisning skal have en begrundelse", en: "a rejection needs a reason")
    public static let missingInformationRequired = Phrase(
        da: "en udsættelse skal sige, hvad der mangler", en: "a deferral must say what is missing")
    public static let validUntilRequired = Phrase(
        da: "en tidsbegrænset godkendelse skal have en slutdato", en: "a time-limited approval needs an end date")
    public static func validUntilAfterEnd(until: Day, end: Day) -> Phrase {
        Phrase(da: "tidsbegrænsningen \(until.danish) ligger efter bevillingens slut \(end.danish)",
               en: "the time limit \(until.danish) is after the grant ends on \(end.danish)")
    }
    public static func splitFromOutsideGrant(_ month: Month, first: Month, last: Month) -> Phrase {
        Phrase(da: "fordelingen kan kun ændres fra en måned i bevillingen (\(first)–\(last)), ikke fra \(month)",
               en: "the split can only change from a month of the grant (\(first)–\(last)), not from \(month)")
    }
    public static let oneOffCannotBeTimeLimited = Phrase(
        da: "et engangsbeløb kan ikke godkendes tidsbegrænset", en: "a one-off amount cannot be approved time-limited")
    public static func followUpAfterValidUntil(followUp: Day, until: Day) -> Phrase {
        Phrase(da: "opfølgningen \(followUp.danish) ligger efter tidsbegrænsningen \(until.danish)",
               en: "the follow-up \(followUp.danish) is after the time limit \(until.danish)")
    }
    public static func followUpNotAfterDecision(followUp: Day, decided: Day) -> Phrase {
        Phrase(da: "opfølgningen \(followUp.danish) skal ligge efter beslutningen \(decided.danish)",
               en: "the follow-up \(followUp.danish) must be after the decision on \(decided.danish)")
    }
    public static func validUntilBeforeStart(until: Day, start: Day) -> Phrase {
        Phrase(da: "tidsbegrænsningen \(until.danish) ligger før bevillingens start \(start.danish)",
               en: "the time limit \(until.danish) is before the grant starts on \(start.danish)")
    }

    public static func requestNotFound(_ id: String) -> Phrase {
        Phrase(da: "indstillingen \(id) findes ikke", en: "there is no request \(id)")
    }
    public static func requestIDAmbiguous(_ typed: String, _ candidates: [String]) -> Phrase {
        let shown = candidates.prefix(5).joined(separator: ", ") + (candidates.count > 5 ? ", …" : "")
        return Phrase(da: "«\(typed)» passer på \(candidates.count) indstillinger (\(shown)); skriv flere tegn",
                      en: "«\(typed)» matches \(candidates.count) requests (\(shown)); type more of it")
    }
    public static func alreadyDecided(by name: String, at: Timestamp?) -> Phrase {
        let when = at.map { " \($0.danishLocal)" } ?? ""
        return Phrase(da: "allerede besluttet af \(name)\(when.isEmpty ? "" : " kl.\(when)")",
                      en: "already decided by \(name)\(when.isEmpty ? "" : " at\(when)")")
    }
    public static func conflict(by name: String?, at: Timestamp?) -> Phrase {
        let who = name ?? "en anden"
        let whoEnglish = name ?? "someone else"
        let when = at.map { " \($0.danishLocal)" } ?? ""
        return Phrase(da: "ændret af \(who)\(when.isEmpty ? "" : " kl.\(when)") siden du hentede den; se den nye udgave og prøv igen",
                      en: "changed by \(whoEnglish)\(when.isEmpty ? "" : " at\(when)") since you loaded it; look at the new version and try again")
    }
    public static func alreadyDecidedStatus(_ current: RequestStatus) -> Phrase {
        Phrase(da: "indstillingen er allerede \(status(current).danish)",
               en: "the request is already \(status(current).english)")
    }
    public static func nothingToUndo(_ id: String) -> Phrase {
        Phrase(da: "der er ingen beslutning at fortryde på \(id)", en: "there is no decision to undo on \(id)")
    }
    public static func splitChangeNeedsApproval(_ id: String) -> Phrase {
        Phrase(da: "fordelingen kan kun ændres på en godkendt bevilling (\(id) er ikke godkendt)",
               en: "the split can only be changed on an approved grant (\(id) is not approved)")
    }
}
