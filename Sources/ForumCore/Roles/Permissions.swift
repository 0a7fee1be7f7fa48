/// Something a person may try to do.
public enum Action: Hashable, Sendable {
    /// Decide a request (approve, reject, …) that the policy routes as given.
    case decide(GrantRequest, DecisionKind, Routing)
    /// Change who pays for an approved grant.
    case changeSplit(GrantRequest)
    /// Allocate or end places and manage the waiting list of an offer.
    case manageOffer(Offer)
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
        case .decide(let request, let kind, let routing):
            return decide(user, request, kind, routing)
        case .changeSplit(let request):
            if user.has(.chair) || user.has(.chief) && request.currentSplit.sectors.contains(where: user.isChief(of:)) {
                return .allowed
            }
            return .denied(Strings.onlyChiefOfPayerOrChairChangesSplit)
        case .manageOffer(let offer):
            if user.has(.leader) && (offer.leaderLogin == user.login || (offer.leaderLogin == nil && user.sector == offer.sector)) {
                return .allowed
            }
            if user.isChief(of: offer.sector) || user.has(.chair) { return .allowed }
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

    private static func decide(_ user: User, _ request: GrantRequest, _ kind: DecisionKind, _ routing: Routing) -> Permission {
        guard request.status.isPending else { return .denied(Strings.alreadyDecidedStatus(request.status)) }
        let forumMember = user.has(.chief) || user.has(.chair)
        switch routing.authority {
        case .politicalCommittee:
            // Only the committee grants; the forum may refer it or send it back.
            if kind == .approve || kind == .approveTimeLimited { return .denied(Strings.politicalCommitteeMustApprove) }
            return forumMember ? .allowed : .denied(Strings.onlyForumMembersDecide)
        case .forum:
            return forumMember ? .allowed : .denied(Strings.onlyForumMembersDecide)
        case .chief:
            let payers = request.proposedSplit.sectors
            if user.has(.chair) || (payers.count == 1 && user.isChief(of: payers[0])) { return .allowed }
            return .denied(Strings.onlyPayingChiefDecides(payers.map(\.rawValue).joined(separator: ", ")))
        case .leader, .caseworker:
            if forumMember { return .allowed }
            if user.has(.leader) && user.sector == request.sector { return .allowed }
            return .denied(Strings.onlyLeaderOfSectorDecides(request.sector.rawValue))
        }
    }
}
