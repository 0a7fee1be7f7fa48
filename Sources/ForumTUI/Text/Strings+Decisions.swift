import ForumCore

/// The console's decision screen: the queue, the detail, the decision dialogs and the split editor.
extension Strings {
    static let queueForum = Phrase(da: "Forummets kø", en: "The forum's queue")
    static let queueAll = Phrase(da: "Alle indstillinger", en: "All requests")
    static let queueEmpty = Phrase(da: "Ingen indstillinger venter på forummet.", en: "No requests wait for the forum.")
    static let queueNoMatch = Phrase(da: "Ingen indstillinger passer på filteret.", en: "No request matches the filter.")
    /// The waiting age's column title, short enough to keep room for the sort indicator.
    static let colAgeShort = Phrase(da: "Venter", en: "Age")

    /// The status column's short words, so that the queue fits 80 columns.
    static func statusShort(_ status: RequestStatus) -> Phrase {
        switch status {
        case .submitted: Phrase(da: "indstillet", en: "submitted")
        case .onAgenda: Phrase(da: "dagsorden", en: "on agenda")
        case .approved: Phrase(da: "godkendt", en: "approved")
        case .approvedTimeLimited: Phrase(da: "tidsbegr.", en: "time-ltd")
        case .rejected: Phrase(da: "afvist", en: "rejected")
        case .deferred: Phrase(da: "udsat", en: "deferred")
        case .referred: Phrase(da: "henvist", en: "referred")
        case .withdrawn: Phrase(da: "trukket", en: "withdrawn")
        }
    }

    /// "Why it is here" in a few columns: `delt betaling`, `> 25.000 kr. i alt`.
    static func routingReasonShort(_ reason: RoutingReason) -> Phrase {
        switch reason {
        case .splitPayment: return routingReason(reason)
        case .noCeiling: return Phrase(da: "intet loft", en: "no ceiling")
        case .withinCeiling(let ceilings):
            guard let first = ceilings.first else { return Phrase(da: "intet loft", en: "no ceiling") }
            let limit = ceiling(first)
            return Phrase(da: "≤ \(limit.danish)", en: "≤ \(limit.english)")
        case .exceeds(_, let exceeded):
            let limit = ceiling(exceeded)
            return Phrase(da: "> \(limit.danish)", en: "> \(limit.english)")
        }
    }

    /// "Why it is here" in the fewest columns: `3 betalere`, `> 25.000`, `≤ 25.000`.
    static func routingReasonTiny(_ reason: RoutingReason, payers: Int) -> Phrase {
        switch reason {
        case .splitPayment:
            return Phrase(da: "\(payers) betalere", en: "\(payers) payers")
        case .exceeds(_, .amount(let money, _)):
            let amount = money.formatted(.kroner, unit: false)
            return Phrase(da: "> \(amount)", en: "> \(amount)")
        case .withinCeiling(let ceilings):
            guard case .amount(let money, _)? = ceilings.first else { return routingReasonShort(reason) }
            let amount = money.formatted(.kroner, unit: false)
            return Phrase(da: "≤ \(amount)", en: "≤ \(amount)")
        case .noCeiling, .exceeds:
            return routingReasonShort(reason)
        }
    }

    /// `BEV +2`: the first payer and how many more, where the sectors do not fit.
    static func payersMore(_ first: String, more: Int) -> Phrase {
        Phrase(da: "\(first) +\(more)", en: "\(first) +\(more)")
    }

    static func routedTo(_ reason: RoutingReason, _ authority: Authority) -> Phrase {
        Phrase(da: "\(routingReason(reason).danish) → \(Strings.authority(authority).danish)",
               en: "\(routingReason(reason).english) → \(Strings.authority(authority).english)")
    }
}

/// The decision screen's actions as help, the footer and the palette name them.
extension Strings {
    static let actionOpenDetail = Phrase(da: "Vis indstillingen", en: "Show the request")
    static let actionBack = Phrase(da: "Tilbage", en: "Back")
    static let actionApprove = Phrase(da: "Godkend", en: "Approve")
    static let actionApproveTimeLimited = Phrase(da: "Godkend tidsbegrænset", en: "Approve time-limited")
    static let actionApproveWithConditions = Phrase(
        da: "Godkend med vilkår og opfølgning", en: "Approve with conditions and follow-up")
    static let actionReject = Phrase(da: "Afvis med begrundelse", en: "Reject with a reason")
    static let actionDefer = Phrase(da: "Udsæt: sig hvad der mangler", en: "Defer: say what is missing")
    static let actionRefer = Phrase(da: "Henvis til politisk udvalg", en: "Refer to the political committee")
    static let actionSplit = Phrase(da: "Fordel betalingen mellem sektorer", en: "Split the payment between sectors")
    static let actionUndo = Phrase(da: "Fortryd din seneste beslutning", en: "Undo your last decision")
    static let actionShowAll = Phrase(da: "Vis alle indstillinger", en: "Show all requests")
    static let actionShowForum = Phrase(da: "Vis kun forummets kø", en: "Show only the forum's queue")
    static let actionSplitSave = Phrase(da: "Gem fordelingen", en: "Save the split")
    static let actionSplitCancel = Phrase(da: "Luk fordelingen uden at gemme", en: "Close the split without saving")
    static let splitDiscardTitle = Phrase(da: "Kassér fordelingen?", en: "Discard the split?")
    static let splitDiscardQuestion = Phrase(
        da: "De andele, du har skrevet, er ikke gemt. Luk fordelingen og kassér dem?",
        en: "The shares you typed are not saved. Close the split and discard them?")
    static let splitDiscardConfirm = Phrase(da: "Kassér", en: "Discard")
    static let actionSplitPrevious = Phrase(da: "Forrige sektor", en: "Previous sector")
    static let actionSplitNext = Phrase(da: "Næste sektor", en: "Next sector")
    static let actionSplitAdd = Phrase(da: "Tilføj en sektor", en: "Add a sector")
    static let actionSplitRemove = Phrase(da: "Fjern den valgte sektor", en: "Remove the chosen sector")
    static func actionSplitPreset(_ name: Phrase) -> Phrase {
        Phrase(da: "Fordel \(name.danish) på sektorerne i rækkefølge", en: "Split \(name.english) over the sectors in order")
    }
    static let actionMonthsUp = Phrase(da: "Rul månederne op", en: "Scroll the months up")
    static let actionMonthsDown = Phrase(da: "Rul månederne ned", en: "Scroll the months down")

    static let footerDetail = Phrase(da: "detaljer", en: "details")
    static let footerBack = Phrase(da: "tilbage", en: "back")
    static let footerApprove = Phrase(da: "godkend", en: "approve")
    static let footerTimeLimited = Phrase(da: "tidsbegr.", en: "time-ltd")
    static let footerReject = Phrase(da: "afvis", en: "reject")
    static let footerDefer = Phrase(da: "udsæt", en: "defer")
    static let footerRefer = Phrase(da: "henvis", en: "refer")
    static let footerSplit = Phrase(da: "fordel", en: "split")
    static let footerUndo = Phrase(da: "fortryd", en: "undo")
    static let footerAll = Phrase(da: "alle", en: "all")
    static let footerForumOnly = Phrase(da: "kun forum", en: "forum only")
    static let footerSave = Phrase(da: "gem", en: "save")
    static let footerAddSector = Phrase(da: "sektor", en: "sector")
    static let footerRemoveSector = Phrase(da: "fjern", en: "remove")
    /// A footer label for a key that is not allowed here; help says why.
    static func footerNotAllowed(_ label: Phrase) -> Phrase {
        Phrase(da: "\(label.danish) ✗", en: "\(label.english) ✗")
    }

    static let noRequestChosen = Phrase(da: "ingen indstilling er valgt", en: "no request is chosen")
    static let nothingToUndoInSession = Phrase(
        da: "du har ikke truffet nogen beslutning i denne session", en: "you have made no decision in this session")
    static func cannotSplitStatus(_ status: RequestStatus) -> Phrase {
        Phrase(da: "kun en ventende eller godkendt indstilling kan fordeles (denne er \(Strings.status(status).danish))",
               en: "only a pending or approved request can be split (this one is \(Strings.status(status).english))")
    }
}

/// The decision dialogs: a one-line summary of what is decided, the questions, the results.
extension Strings {
    /// `37.500 kr./md. 01.11.2026–31.05.2027, i alt 262.500 kr.` or `50.000 kr. engangsbeløb 15.12.2026`.
    static func amountSummary(_ amount: GrantAmount) -> Phrase {
        if amount.isOneOff {
            let total = amount.total.formatted(.natural)
            return Phrase(da: "\(total) \(oneOff.danish) \(amount.start.danish)",
                          en: "\(total) \(oneOff.english) \(amount.start.danish)")
        }
        let rate = amount.perMonth.formatted(.natural)
        let total = amount.total.formatted(.natural)
        return Phrase(da: "\(rate)/md. \(periodText(amount)), i alt \(total)",
                      en: "\(rate)/month \(periodText(amount)), \(total) in total")
    }

    /// `Godkend IND-2026-0142: 37.500 kr./md. 01.11.2026–31.05.2027, i alt 262.500 kr. · betaler BEV 60 % · …`
    static func decisionSummary(_ kind: DecisionKind, id: String, amount: GrantAmount,
                                       split: PaymentSplit) -> Phrase {
        let verb = decisionKind(kind)
        let what = amountSummary(amount)
        let payer = splitText(split)
        return Phrase(da: "\(verb.danish.capitalisedFirst) \(id): \(what.danish) · betaler \(payer)",
                      en: "\(verb.english.capitalisedFirst) \(id): \(what.english) · paid by \(payer)")
    }

    static func dialogTitle(_ kind: DecisionKind, id: String) -> Phrase {
        let verb = decisionKind(kind)
        return Phrase(da: "\(verb.danish.capitalisedFirst) \(id)?", en: "\(verb.english.capitalisedFirst) \(id)?")
    }

    static let fieldRejectReason = Phrase(da: "Begrundelse for afvisningen:", en: "Why is it rejected?")
    static let fieldDeferMissing = Phrase(da: "Hvad mangler, før forummet kan beslutte?",
                                                 en: "What is missing before the forum can decide?")
    static let fieldReferNote = Phrase(da: "Note til udvalget (kan være tom):", en: "Note to the committee (may be empty):")
    static let fieldValidUntil = Phrase(da: "Gælder til (dd.mm.åååå):", en: "Valid until (dd.mm.yyyy):")
    static let fieldConditions = Phrase(da: "Vilkår (kan være tomme; Enter ny linje, Tab videre):",
                                        en: "Conditions (may be empty; Enter new line, Tab on):")
    static let fieldFollowUp = Phrase(da: "Opfølgning (dd.mm.åååå, tom: ingen):", en: "Follow-up (dd.mm.yyyy, empty: none):")
    static func withConditions(_ summary: Phrase, _ conditions: String) -> Phrase {
        let shown = conditions.split(separator: "\n").joined(separator: " / ")
        return conditions.isEmpty ? summary
            : Phrase(da: "\(summary.danish) · vilkår: \(shown)", en: "\(summary.english) · conditions: \(shown)")
    }

    static func timeLimitQuestion(_ amount: GrantAmount, followUp: Day) -> Phrase {
        Phrase(da: "Bevillingen løber \(periodText(amount)). Til hvilken dag gælder godkendelsen? Opfølgning \(followUp.danish) (om fire måneder).",
               en: "The grant runs \(periodText(amount)). Until which day is it approved? Follow-up \(followUp.danish) (in four months).")
    }

    static func withFollowUp(_ summary: Phrase, _ day: Day) -> Phrase {
        Phrase(da: "\(summary.danish) · opfølgning \(day.danish)", en: "\(summary.english) · follow-up \(day.danish)")
    }

    static func decisionDone(_ id: String, status: RequestStatus) -> Phrase {
        Phrase(da: "\(id) er nu \(Strings.status(status).danish) · u fortryder",
               en: "\(id) is now \(Strings.status(status).english) · u undoes it")
    }

    static func decisionUndone(_ kind: DecisionKind?, id: String, status: RequestStatus) -> Phrase {
        let what = kind.map { decisionKind($0) } ?? Phrase(da: "beslutningen", en: "the decision")
        return Phrase(da: "Fortrudt: «\(what.danish)» på \(id) – status igen «\(Strings.status(status).danish)»",
                      en: "Undone: «\(what.english)» on \(id) – status again «\(Strings.status(status).english)»")
    }

    static func splitChangeSummary(_ id: String, split: PaymentSplit, from month: Month, before: PaymentSplit) -> Phrase {
        let when = "\(monthShort(month.month).danish) \(month.year)"
        let whenEnglish = "\(monthShort(month.month).english) \(month.year)"
        return Phrase(da: "Ændr fordelingen af \(id) fra \(when): betaler \(splitText(split)) (før \(splitText(before)))",
                      en: "Change the split of \(id) from \(whenEnglish): paid by \(splitText(split)) (was \(splitText(before)))")
    }

    static func splitChanged(_ id: String, split: PaymentSplit) -> Phrase {
        Phrase(da: "Fordelingen af \(id) er ændret: \(splitText(split))", en: "The split of \(id) is changed: \(splitText(split))")
    }

    static let titleChangeSplit = Phrase(da: "Ændr fordelingen?", en: "Change the split?")
    static let confirmChange = Phrase(da: "Ændr", en: "Change")
}

extension Strings {
    static func confirmLabel(_ kind: DecisionKind) -> Phrase {
        switch kind {
        case .approve: Phrase(da: "Godkend", en: "Approve")
        case .approveTimeLimited: Phrase(da: "Godkend tidsbegrænset", en: "Approve time-limited")
        case .reject: Phrase(da: "Afvis", en: "Reject")
        case .defer: Phrase(da: "Udsæt", en: "Defer")
        case .refer: Phrase(da: "Henvis", en: "Refer")
        }
    }
    static let dialogNext = Phrase(da: "Videre", en: "Next")
    static func placeOrWaitTitle(_ offer: String) -> Phrase {
        Phrase(da: "Plads på «\(offer)»?", en: "A unit of «\(offer)»?")
    }
    static func placeOrWaitQuestion(_ id: String, caseID: String, offer: String, from: Day, free: Int) -> Phrase {
        Phrase(da: "\(id) er godkendt. Skriv p for at give \(caseID) en plads på «\(offer)» fra \(from.danish) (ledige: \(free); "
                   + "bevillingen betaler pladsen), v for ventelisten (v2: prioritet 2), eller Esc for ingen af delene.",
               en: "\(id) is approved. Type p to give \(caseID) a unit of «\(offer)» from \(from.danish) (free: \(free); "
                   + "the grant pays for it), v for the waiting list (v2: priority 2), or Esc for neither.")
    }
    static let fieldPlaceOrWait = Phrase(da: "p eller v", en: "p or v")
    static let answerPlaceOrWait = Phrase(da: "skriv p (plads) eller v (venteliste), evt. med prioritet: v2",
                                          en: "type p (unit) or v (waiting list), with a priority if you like: v2")
    static func placedForGrant(_ caseID: String, offer: String) -> Phrase {
        Phrase(da: "\(caseID) er placeret på «\(offer)»; bevillingen betaler pladsen",
               en: "\(caseID) is placed on «\(offer)»; the grant pays for the unit")
    }
}

/// The request's detail in the console.
extension Strings {
    static let fieldLaw = Phrase(da: "Lov", en: "Law")
    static let fieldOffer = Phrase(da: "Tilbud", en: "Offer")
    static func proposedPayer(_ split: String) -> Phrase {
        Phrase(da: "indstillet: \(split)", en: "proposed: \(split)")
    }
    static let colEffort = Phrase(da: "Indsats", en: "Effort")
    static let colAmountShort = Phrase(da: "Beløb", en: "Amount")
    static let colPerYear = Phrase(da: "Pr. år", en: "A year")
    static let colDifferencePerYear = Phrase(da: "Forskel pr. år", en: "Difference a year")
    static func thisRequest(_ offer: String) -> Phrase {
        Phrase(da: "Indstillet: \(offer)", en: "Requested: \(offer)")
    }
    static func withThisRequest(_ amount: String) -> Phrase {
        Phrase(da: "med denne indstilling \(amount)/md.", en: "with this request \(amount)/month")
    }
    static let perSector = Phrase(da: "pr. sektor", en: "by sector")
    static func caseSpendingIn(_ year: Int) -> Phrase {
        Phrase(da: "\(sectionCaseSpending.danish) \(year)", en: "\(sectionCaseSpending.english) \(year)")
    }
    static func colChangeInYear(_ year: Int) -> Phrase {
        Phrase(da: "Ændring \(year)", en: "Change \(year)")
    }
    static let colForecastBeforeAfter = Phrase(da: "Prognose før → efter", en: "Forecast before → after")
    static let colDeviationBeforeAfter = Phrase(da: "Afvigelse før → efter", en: "Deviation before → after")
    static let impactLegend = Phrase(
        da: "kr. · positiv afvigelse = merforbrug · ▲ stiger ▼ falder · ! over tolerancen",
        en: "kr. · positive deviation = overspend · ▲ rises ▼ falls · ! beyond tolerance")
    static let sectionImpactOfSplit = Phrase(da: "Virkning på prognosen", en: "Effect on the forecast")
}

/// The split editor.
extension Strings {
    static func splitTitle(_ id: String, offer: String) -> Phrase {
        Phrase(da: "Fordel betalingen · \(id) · \(offer)", en: "Split the payment · \(id) · \(offer)")
    }
    static func splitAppliesFrom(_ month: Month) -> Phrase {
        Phrase(da: "ny fordeling fra \(monthShort(month.month).danish) \(month.year)",
               en: "new split from \(monthShort(month.month).english) \(month.year)")
    }
    static let splitHint = Phrase(
        da: "Skriv vægte (3, 2, 1) eller procenter (60%) · ↑↓ vælg · + tilføj · - fjern",
        en: "Type weights (3, 2, 1) or percents (60%) · ↑↓ choose · + add · - remove")
    static let colShare = Phrase(da: "Andel", en: "Share")
    static let colPercent = Phrase(da: "Procent", en: "Percent")
    static let colTotalKroner = Phrase(da: "I alt (kr.)", en: "Total (kr.)")
    static let colMonth = Phrase(da: "Måned", en: "Month")
    static let sectionImpactOfChange = Phrase(da: "Virkning af ændringen", en: "Effect of the change")
    static let monthTableTitle = Phrase(
        da: "Dispositioner pr. måned og sektor (kr.) – hver måneds dele giver måneden",
        en: "Commitments by month and sector (kr.) – each month's parts add up to the month")
    static func splitWeightMissing(_ sector: String) -> Phrase {
        Phrase(da: "skriv en vægt eller en procent for \(sector)", en: "type a weight or a percent for \(sector)")
    }
    static let presetHalves = Phrase(da: "50/50", en: "50/50")
    static let presetSixtyTwentyTwenty = Phrase(da: "60/20/20", en: "60/20/20")
    static let presetHalfThirdSixth = Phrase(da: "½/⅓/⅙", en: "½/⅓/⅙")
    static func presetNeedsSectors(_ name: Phrase, _ count: Int) -> Phrase {
        Phrase(da: "\(name.danish) kræver \(count) sektorer; tilføj med +",
               en: "\(name.english) needs \(count) sectors; add them with +")
    }
    static func presetApplied(_ name: Phrase, sectors: String) -> Phrase {
        Phrase(da: "\(name.danish) på \(sectors)", en: "\(name.english) on \(sectors)")
    }
    static let splitKeepOne = Phrase(da: "mindst én sektor skal betale", en: "at least one sector must pay")
    static let splitNoMoreSectors = Phrase(da: "alle sektorer er allerede med", en: "every sector is in already")
    static func splitAddMessage(_ sectors: String) -> Phrase {
        Phrase(da: "Sektorer, der kan tilføjes: \(sectors)", en: "Sectors that can be added: \(sectors)")
    }
    static let fieldSectorCode = Phrase(da: "Sektorkode:", en: "Sector code:")
    static let confirmAdd = Phrase(da: "Tilføj", en: "Add")
}

extension String {
    /// The text with its first letter in upper case: `godkend` → `Godkend`.
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

extension Strings {
    static let actionReopen = Phrase(da: "Genoptag beslutningen (formand)", en: "Reopen the decision (chair)")
    static func reopenTitle(_ id: String) -> Phrase { Phrase(da: "Genoptag \(id)?", en: "Reopen \(id)?") }
    static func reopenQuestion(_ id: String) -> Phrase {
        Phrase(da: "\(id) kommer tilbage på forummets bord. Beslutningen bliver i historikken, og dens dispositioner ophører fra i dag.",
               en: "\(id) goes back on the forum's table. The decision stays in the history, and its commitments end from today.")
    }
    static let fieldReopenReason = Phrase(da: "Begrundelse:", en: "Reason:")
    static let reopenConfirm = Phrase(da: "Genoptag", en: "Reopen")
    static func reopenDone(_ id: String) -> Phrase {
        Phrase(da: "\(id) er genoptaget og tilbage på dagsordenen", en: "\(id) is reopened and back on the agenda")
    }
    static func undoTitle(_ id: String) -> Phrase { Phrase(da: "Fortryd \(id)?", en: "Undo \(id)?") }
    static let undoConfirm = Phrase(da: "Fortryd", en: "Undo")
    static func undoSplitWillRevert(_ id: String, _ split: PaymentSplit, from month: Month) -> Phrase {
        Phrase(da: "Fortryd fordelingsændringen af \(id): fra \(month) igen \(splitText(split))?",
               en: "Undo the change of split of \(id): from \(month) again \(splitText(split))?")
    }
    static func splitChangeUndone(_ id: String, split: PaymentSplit) -> Phrase {
        Phrase(da: "Fortrudt: fordelingen af \(id) er igen \(splitText(split))",
               en: "Undone: the split of \(id) is again \(splitText(split))")
    }
}
