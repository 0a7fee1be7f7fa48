/// The meeting's words: agenda sections and reasons, the minutes, and the refusals of the
/// meeting commands (DOMAIN §4, §9).
extension Strings {
    public static func agendaSection(_ section: AgendaSection) -> Phrase {
        switch section {
        case .requests: Phrase(da: "Indstillinger til beslutning", en: "Requests for decision")
        case .followUp: Phrase(da: "Opfølgning på bevillinger", en: "Follow-up of grants")
        case .deviations: Phrase(da: "Økonomi: afvigelser uden forklaring", en: "Economy: deviations without an explanation")
        case .capacity: Phrase(da: "Kapacitetskonflikter", en: "Capacity conflicts")
        case .free: Phrase(da: "Øvrige punkter", en: "Other items")
        }
    }

    public static func agendaReason(_ reason: AgendaReason) -> Phrase {
        switch reason {
        case .routed(let authority):
            authority == .politicalCommittee
                ? Phrase(da: "over forummets loft: henvises til udvalget", en: "above the forum's ceiling: for the committee")
                : Phrase(da: "over lederens loft", en: "above the leader's ceiling")
        case .splitPayment: Phrase(da: "delt betaling", en: "split payment")
        case .overCapacity(let occupied, let capacity):
            Phrase(da: "overbelagt: \(occupied) af \(capacity)", en: "over capacity: \(occupied) of \(capacity)")
        case .quotaExhausted(let quota): Phrase(da: "kvote opbrugt (\(quota))", en: "quota used up (\(quota))")
        case .overrides(let count): Phrase(da: "\(count) dispensation(er)", en: "\(count) override(s)")
        case .unexplainedDeviation(let deviation):
            Phrase(da: "afvigelse \(deviation.formatted(.compact)) uden forklaring",
                   en: "deviation \(deviation.formatted(.compact)) without an explanation")
        case .timeLimitEnds(let day): Phrase(da: "tidsbegrænsning udløber \(day.danish)", en: "time limit ends \(day.danish)")
        case .followUpDue(let day): Phrase(da: "opfølgning \(day.danish)", en: "follow-up \(day.danish)")
        case .freeItem: Phrase(da: "tilføjet af formanden", en: "added by the chair")
        }
    }

    public static func itemState(_ state: ItemState) -> Phrase {
        switch state {
        case .pending: Phrase(da: "mangler", en: "left")
        case .done: Phrase(da: "behandlet", en: "done")
        case .postponed: Phrase(da: "udsat", en: "postponed")
        }
    }

    public static func meetingStatus(_ status: MeetingStatus) -> Phrase {
        switch status {
        case .open: Phrase(da: "åbent", en: "open")
        case .closed: Phrase(da: "lukket", en: "closed")
        }
    }

    public static let agendaPostponed = Phrase(da: "udsat", en: "postponed")

    // MARK: Refusals

    public static func meetingNotFound(_ id: String) -> Phrase {
        Phrase(da: "mødet \(id) findes ikke", en: "meeting \(id) does not exist")
    }
    public static func meetingAlreadyOpen(_ id: String) -> Phrase {
        Phrase(da: "mødet \(id) er allerede åbent: luk det først", en: "meeting \(id) is already open: close it first")
    }
    public static func meetingExists(_ id: String) -> Phrase {
        Phrase(da: "der er allerede holdt et møde \(id)", en: "a meeting \(id) has already been held")
    }
    public static func meetingClosed(_ id: String) -> Phrase {
        Phrase(da: "mødet \(id) er lukket og kan ikke ændres", en: "meeting \(id) is closed and cannot change")
    }
    public static func meetingNotOpen(_ id: String) -> Phrase {
        Phrase(da: "mødet \(id) er ikke åbent; formanden åbner et møde med chefforum meeting open",
               en: "meeting \(id) is not open; the chair opens a meeting with chefforum meeting open")
    }
    public static func otherMeetingOpen(_ id: String, open: String) -> Phrase {
        Phrase(da: "mødet \(id) er ikke åbent; det åbne møde er \(open)", en: "meeting \(id) is not open; the open meeting is \(open)")
    }
    public static let noOpenMeeting = Phrase(da: "der er intet åbent møde", en: "no meeting is open")
    public static let participantsRequired = Phrase(
        da: "et møde skal have mindst én deltager", en: "a meeting needs at least one participant")
    public static func notOnAgenda(_ key: String) -> Phrase {
        Phrase(da: "\(key) er ikke på dagsordenen", en: "\(key) is not on the agenda")
    }
    public static func itemNotPending(_ key: String, _ state: ItemState) -> Phrase {
        Phrase(da: "\(key) er allerede \(itemState(state).danish)", en: "\(key) is already \(itemState(state).english)")
    }
    public static func positionOutside(_ position: Int, count: Int) -> Phrase {
        Phrase(da: "plads \(position) findes ikke: afsnittet har \(count) punkter",
               en: "there is no position \(position): the section has \(count) items")
    }
    public static let freeItemTitleRequired = Phrase(da: "et punkt skal have en overskrift", en: "an item needs a title")
    public static let freeItemTitleField = Phrase(da: "overskriften", en: "the title")
    public static let freeItemTextField = Phrase(da: "teksten", en: "the text")
    public static let reopenReasonField = Phrase(da: "begrundelsen for genoptagelsen", en: "the reason for reopening")
    public static let reopenReasonRequired = Phrase(
        da: "en genoptagelse skal have en begrundelse", en: "reopening needs a reason")
    public static func reopenNeedsDecision(_ id: String) -> Phrase {
        Phrase(da: "\(id) er ikke besluttet: der er intet at genoptage", en: "\(id) is not decided: there is nothing to reopen")
    }
    public static func reopenWhileOpen(_ meeting: String) -> Phrase {
        Phrase(da: "beslutningen er truffet i det åbne møde \(meeting): fortryd den i stedet",
               en: "the decision was made in the open meeting \(meeting): undo it instead")
    }
    public static func undoAfterMeeting(_ meeting: String) -> Phrase {
        Phrase(da: "mødet \(meeting) er lukket: beslutningen ændres kun ved at genoptage sagen",
               en: "meeting \(meeting) is closed: the decision changes only by reopening the request")
    }
    public static func undoOnlyOwn(_ name: String) -> Phrase {
        Phrase(da: "i mødet fortryder man kun sin egen seneste beslutning; denne traf \(name)",
               en: "in the meeting you undo only your own last decision; this one was made by \(name)")
    }
    public static func undoNotLast(_ last: String) -> Phrase {
        Phrase(da: "din seneste beslutning i mødet er \(last): kun den kan fortrydes",
               en: "your last decision in the meeting is \(last): only that one can be undone")
    }

    /// What undo will revert, named before it asks.
    public static func undoWillRevert(_ id: String, _ kind: DecisionKind, by name: String, back: RequestStatus) -> Phrase {
        Phrase(da: "Fortryd «\(decisionKind(kind).danish)» af \(id) (truffet af \(name)): tilbage til «\(status(back).danish)»?",
               en: "Undo «\(decisionKind(kind).english)» of \(id) (made by \(name)): back to «\(status(back).english)»?")
    }

    // MARK: Minutes

    public static let minutesTitle = Phrase(da: "Beslutningsprotokol, chefforum", en: "Minutes of the chiefs' forum")
    public static let minutesMeeting = Phrase(da: "Møde", en: "Meeting")
    public static let minutesChair = Phrase(da: "Mødeleder", en: "Chair")
    public static let minutesParticipants = Phrase(da: "Deltagere", en: "Participants")
    public static let minutesAuditAnchor = Phrase(da: "Revisionssporets anker ved lukning", en: "Audit trail anchor at closing")
    public static let minutesDecisions = Phrase(da: "Beslutninger", en: "Decisions")
    public static let minutesDeviations = Phrase(da: "Afvigelser", en: "Deviations")
    public static let minutesOverrides = Phrase(da: "Kapacitet: dispensationer", en: "Capacity: overrides")
    public static let minutesFreeItems = Phrase(da: "Øvrige punkter", en: "Other items")
    public static let minutesPostponed = Phrase(da: "Udsatte punkter", en: "Postponed items")
    public static let minutesNone = Phrase(da: "Ingen.", en: "None.")
    public static let minutesCase = Phrase(da: "sag", en: "case")
    public static let minutesPaidBy = Phrase(da: "Betales af", en: "Paid by")
    public static let minutesValidUntil = Phrase(da: "Gælder til", en: "Valid until")
    public static let minutesFollowUp = Phrase(da: "Opfølgning", en: "Follow-up")
    public static let minutesDecidedBy = Phrase(da: "Besluttet af", en: "Decided by")
    public static let minutesExplanation = Phrase(da: "Forklaring", en: "Explanation")
    public static let minutesNoExplanation = Phrase(da: "(ingen forklaring)", en: "(no explanation)")
    public static let minutesActionPlan = Phrase(da: "Handleplan", en: "Action plan")
    public static let minutesOwner = Phrase(da: "ansvarlig", en: "owner")
    public static let minutesReason = Phrase(da: "Begrundelse", en: "Reason")

    public static func minutesOutcome(_ kind: DecisionKind) -> Phrase {
        switch kind {
        case .approve: Phrase(da: "godkendt", en: "approved")
        case .approveTimeLimited: Phrase(da: "godkendt tidsbegrænset", en: "approved time-limited")
        case .reject: Phrase(da: "afvist", en: "rejected")
        case .defer: Phrase(da: "udsat", en: "deferred")
        case .refer: Phrase(da: "henvist til politisk udvalg", en: "referred to the political committee")
        }
    }

    public static func minutesNoteLabel(_ kind: DecisionKind) -> Phrase {
        switch kind {
        case .approve, .approveTimeLimited: Phrase(da: "Vilkår", en: "Conditions")
        case .reject: Phrase(da: "Begrundelse", en: "Reason")
        case .defer: Phrase(da: "Mangler", en: "Missing")
        case .refer: Phrase(da: "Bemærkning", en: "Note")
        }
    }

    public static func minutesDeviation(_ deviation: Money) -> Phrase {
        let amount = deviation.formatted()
        return deviation.ore >= 0
            ? Phrase(da: "afvigelse \(amount) (merforbrug)", en: "deviation \(amount) (overspend)")
            : Phrase(da: "afvigelse \(amount) (mindreforbrug)", en: "deviation \(amount) (underspend)")
    }

    public static func minutesUnitsFrom(_ units: Int, _ from: Day) -> Phrase {
        Phrase(da: "\(units) enhed(er) fra \(from.danish)", en: "\(units) unit(s) from \(from.danish)")
    }
}
