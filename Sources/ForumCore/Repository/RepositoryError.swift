/// Why a read or a command failed, in words a user can read.
public enum RepositoryError: Error, Hashable, Sendable, UserFacingError {
    case requestNotFound(RequestID)
    case offerNotFound(OfferID)
    case waitingEntryNotFound(Int64)
    case userNotFound(String)
    case userExists(String)
    case unknownSector(SectorCode)
    /// Someone else decided first.
    case alreadyDecided(by: String, at: Timestamp?)
    /// Someone else changed the row since it was read.
    case conflict(by: String?, at: Timestamp?)
    case denied(Phrase)
    case invalid(Phrase)
    case nothingToUndo(RequestID)
    /// Beyond capacity: no free unit for the case.
    case noFreePlace(OfferID)
    /// The free units are the quota's, and the case is not in the cross-sector solution.
    case quotaReserved(OfferID)
    case placementNotFound(Int64)
    case caseNotFound(CaseID)
    case meetingNotFound(MeetingID)
    /// Another meeting is open: one at a time.
    case meetingOpen(MeetingID)
    /// The meeting is closed: read-only.
    case meetingClosed(MeetingID)
    case noOpenMeeting

    public var phrase: Phrase {
        switch self {
        case .requestNotFound(let id): Strings.requestNotFound(id.rawValue)
        case .offerNotFound(let id): Strings.offerNotFound(id.rawValue)
        case .waitingEntryNotFound(let id): Strings.waitingEntryNotFound(id)
        case .userNotFound(let login): Strings.userNotFound(login)
        case .userExists(let login): Strings.userExists(login)
        case .unknownSector(let code): Strings.splitUnknownSector(code.rawValue)
        case .alreadyDecided(let name, let at): Strings.alreadyDecided(by: name, at: at)
        case .conflict(let name, let at): Strings.conflict(by: name, at: at)
        case .denied(let phrase): phrase
        case .invalid(let phrase): phrase
        case .nothingToUndo(let id): Strings.nothingToUndo(id.rawValue)
        case .noFreePlace(let id): Strings.noFreePlace(id.rawValue)
        case .quotaReserved(let id): Strings.quotaReserved(id.rawValue)
        case .placementNotFound(let id): Strings.placementNotFound(id)
        case .caseNotFound(let id): Strings.caseNotFound(id.rawValue)
        case .meetingNotFound(let id): Strings.meetingNotFound(id.rawValue)
        case .meetingOpen(let id): Strings.meetingAlreadyOpen(id.rawValue)
        case .meetingClosed(let id): Strings.meetingClosed(id.rawValue)
        case .noOpenMeeting: Strings.noOpenMeeting
        }
    }
}
