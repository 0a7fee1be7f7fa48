/// Something a person may try to do.
public enum Action: Hashable, Sendable {
    /// Decide a request (approve, reject, …) that the policy routes as given, paid by `payers`,
    /// while `meeting` is open (nil: outside any meeting).
    case decide(GrantRequest, DecisionKind, Routing, payers: [SectorCode], meeting: Meeting?)
    /// Change who pays for an approved grant.
    case changeSplit(GrantRequest)
    /// Allocate or end places and manage the waiting list of an offer, while `meeting` is open
    /// (nil: outside any meeting).
    case manageOffer(Offer, meeting: Meeting?)
    /// Set a manual forecast for a sector.
    case setForecast(SectorCode)
    /// Write a deviation explanation and action plan for a sector.
    case writeDeviationNote(SectorCode)
    /// Change a youth record of the transition list.
    case editYouth(Youth)
    /// Set the efficiency target of a year and its allocation to sectors.
    case setTarget
    /// Import finance data, budgets, case lists.
    case importData
    /// Open and close meetings, build the agenda, publish minutes.
    case chairMeeting
    /// Sectors, ceilings, users, mapping rules.
    case administer
}

/// The answer to "may I?": yes, or no with a sentence saying why.
public enum Permission: Hashable, Sendable {
    case allowed
    case denied(Phrase)

    public var isAllowed: Bool { self == .allowed }

    public var reason: Phrase? {
        if case .denied(let phrase) = self { return phrase }
        return nil
    }
}

/// Who may do what (DOMAIN.md §10), as a pure function of the person and the action.
public enum Permissions {
    public static func check(_ user: User, _ action: Action) -> Permission {
        if user.roles.isEmpty || user.roles == [.reader] {
            // An import names the roles it takes: the person asks for the right one.
            if case .importData = action { return .denied(Strings.readOnlyCannotImport) }
            return .denied(Strings.readOnly)
        }
        switch action {
        case .decide(let request, let kind, let routing, let payers, let meeting):
            return decide(user, request, kind, routing, payers: payers, meeting: meeting)
        case .changeSplit(let request):
            if user.has(.chair) || user.has(.chief) && request.currentSplit.sectors.contains(where: user.isChief(of:)) {
                return .allowed
            }
            return .denied(Strings.onlyChiefOfPayerOrChairChangesSplit)
        case .manageOffer(let offer, let meeting):
            if user.has(.leader) && (offer.leaderLogin == user.login || (offer.leaderLogin == nil && user.sector == offer.sector)) {
                return .allowed
            }
            if user.isChief(of: offer.sector) { return .allowed }
            // The chair settles capacity conflicts for the forum, so only while it meets.
            if user.has(.chair) {
                return meeting?.isOpen == true ? .allowed : .denied(Strings.chairManagesOffersInMeeting(offer.name))
            }
            return .denied(Strings.onlyLeaderOfOffer(offer.name))
        case .setForecast:
            return user.has(.economist) ? .allowed : .denied(Strings.onlyEconomistSetsForecast)
        case .writeDeviationNote(let sector):
            if user.has(.economist) || user.isChief(of: sector) { return .allowed }
            return .denied(Strings.onlyEconomistOrChiefWritesNote(sector.rawValue))
        case .editYouth(let youth):
            if user.has(.economist) || user.isChief(of: youth.childrenSector) || user.isChief(of: youth.receivingSector) {
                return .allowed
            }
            return .denied(Strings.onlyEconomistOrChiefsEditYouth(youth.childrenSector.rawValue, youth.receivingSector.rawValue))
        case .setTarget:
            return user.has(.economist) || user.has(.administrator) ? .allowed : .denied(Strings.onlyEconomistOrAdministratorSetsTarget)
        case .importData:
            return user.has(.economist) || user.has(.administrator) ? .allowed : .denied(Strings.onlyEconomistImports)
        case .chairMeeting:
            return user.has(.chair) ? .allowed : .denied(Strings.onlyChair)
        case .administer:
            return user.has(.administrator) ? .allowed : .denied(Strings.onlyAdministrator)
        }
    }

    /// DOMAIN §10: what is routed to the forum (or above it, for the forum to refer) is decided
    /// only in an open meeting, by the chair or a chief taking part; a forum taking part may also
    /// decide what is routed below it. Outside the forum a chief decides what their sector alone
    /// pays, up to the chief's ceiling, and a leader what their sector asks, up to the leader's.
    private static func decide(_ user: User, _ request: GrantRequest, _ kind: DecisionKind, _ routing: Routing,
                               payers: [SectorCode], meeting: Meeting?) -> Permission {
        guard request.status.isPending else { return .denied(Strings.alreadyDecidedStatus(request.status)) }
        let inForum = forum(user, meeting)
        switch routing.authority {
        case .politicalCommittee:
            // Only the committee grants; the forum may refer it or send it back.
            if kind == .approve || kind == .approveTimeLimited { return .denied(Strings.politicalCommitteeMustApprove) }
            return inForum
        case .forum:
            return inForum
        case .chief:
            if inForum.isAllowed || soleChief(user, payers) { return .allowed }
            return .denied(Strings.onlyPayingChiefDecides(payers.map(\.rawValue).joined(separator: ", ")))
        case .leader, .caseworker:
            if inForum.isAllowed || soleChief(user, payers) { return .allowed }
            if user.has(.leader) && user.sector == request.sector { return .allowed }
            return .denied(Strings.onlyLeaderOfSectorDecides(request.sector.rawValue))
        }
    }

    /// Whether `user` decides for the forum now: the chair, or a chief among the participants, of
    /// the open meeting. The refusal names the rule and what to do.
    private static func forum(_ user: User, _ meeting: Meeting?) -> Permission {
        guard user.has(.chief) || user.has(.chair) else { return .denied(Strings.onlyForumMembersDecide) }
        guard let meeting, meeting.isOpen else { return .denied(Strings.forumDecidesInMeeting) }
        if user.has(.chair) || meeting.participants.contains(user.login) { return .allowed }
        return .denied(Strings.notInMeeting(meeting.id.rawValue))
    }

    /// A chief whose sector alone pays.
    private static func soleChief(_ user: User, _ payers: [SectorCode]) -> Bool {
        payers.count == 1 && user.isChief(of: payers[0])
    }
}
