/// The checks and effects of every command of `ForumRepository`, so that every backend (the
/// in-memory repository, SQLite, later PostgreSQL) refuses and changes the same way. A backend
/// reads the current state, calls the rule, and stores what the rule returns; it decides nothing
/// itself.
///
/// Every rule checks in the same order, and throws the first failure:
/// 1. **existence** — what the command names must be there (`requestNotFound`, `offerNotFound`,
///    `userNotFound`, `waitingEntryNotFound`, `placementNotFound`, `caseNotFound`, `unknownSector` for the sector a command is about,
///    `nothingToUndo`); the backend throws the not-found errors of what it could not read;
/// 2. **staleness** — the state must be the one the person saw (`alreadyDecided`, `conflict`,
///    `userExists`);
/// 3. **permission** — `Permissions` for the person in the context (`denied`);
/// 4. **validity** — the change itself must make sense (`unknownSector` for a sector the change
///    names, `invalid`, `noFreePlace`, `quotaReserved`).
///
/// The rules are split by concept: requests (+Requests), offers (+Offers), the budget
/// (+Budget), users and imports (+Users).
public enum CommandRules {
    /// A stale version is a conflict naming who changed the request last.
    public static func checkVersion(_ request: GrantRequest, _ expectedVersion: Int) throws(RepositoryError) {
        guard request.version == expectedVersion else {
            throw .conflict(by: request.changedBy, at: request.changedAt)
        }
    }

    /// A stale version is a conflict naming who changed the offer's occupancy last.
    public static func checkVersion(_ offer: Offer, _ expectedVersion: Int) throws(RepositoryError) {
        guard offer.version == expectedVersion else {
            throw .conflict(by: offer.changedBy, at: offer.changedAt)
        }
    }

    static func check(_ user: User, may action: Action) throws(RepositoryError) {
        try require(Permissions.check(user, action))
    }

    /// Throws the reason of a refused permission.
    static func require(_ permission: Permission) throws(RepositoryError) {
        if case .denied(let why) = permission { throw .denied(why) }
    }

    /// Refuses free text holding what looks like a CPR number (`CPRText`), naming the field and
    /// never the number: a reason or a note is stored, shown and exported in clear.
    static func checkNoCPR(_ fields: (field: Phrase, text: String)...) throws(RepositoryError) {
        for (field, text) in fields where CPRText.contains(text) { throw .invalid(Strings.cprInText(field)) }
    }

    static func checkKnown(_ sectors: [SectorCode], in known: Set<SectorCode>) throws(RepositoryError) {
        for sector in sectors where !known.contains(sector) { throw .unknownSector(sector) }
    }
}
