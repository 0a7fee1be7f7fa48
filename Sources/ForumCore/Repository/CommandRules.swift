/// The checks and effects of commands that every repository must apply the same way, so that
/// the SQLite store and the in-memory repository cannot drift apart.
public enum CommandRules {
    /// Checks a decision on `request` as read now, and returns the request as it will be after it.
    /// Throws `alreadyDecided` when someone else decided first, `conflict` when the request
    /// changed since `expectedVersion`, `denied` when the person may not, `invalid` when the
    /// decision is incomplete or names an unknown sector.
    public static func decide(_ request: GrantRequest, expectedVersion: Int, decision: Decision,
                              recordID: Int64, policy: CompetencePolicy, knownSectors: Set<SectorCode>,
                              context: CommandContext) throws(RepositoryError) -> GrantRequest {
        if !request.status.isPending, let record = request.decision {
            throw .alreadyDecided(by: record.decidedByName, at: record.at)
        }
        try checkVersion(request, expectedVersion)
        for sector in decision.split.sectors where !knownSectors.contains(sector) {
            throw .unknownSector(sector)
        }
        let routing = policy.route(RoutingFacts(amount: request.amount, weeklyHours: request.weeklyHours,
                                                payingSectors: decision.split.shares.count))
        if case .denied(let why) = Permissions.check(context.user, .decide(request, decision.kind, routing)) {
            throw .denied(why)
        }
        do {
            try decision.validate(for: request.amount)
        } catch {
            throw .invalid(error.phrase)
        }
        var decided = request
        do {
            decided.status = try request.status.moving(to: decision.kind.resultingStatus)
        } catch {
            throw .invalid(error.phrase)
        }
        var final = decision
        if decision.kind == .approveTimeLimited && final.followUp == nil {
            final.followUp = context.today.adding(months: Decision.defaultFollowUpMonths)
        }
        decided.decision = DecisionRecord(
            id: recordID, requestID: request.id, decision: final, previousStatus: request.status,
            decidedBy: context.user.login, decidedByName: context.user.name, meeting: context.meeting,
            at: context.at)
        decided.version += 1
        decided.changedBy = context.user.name
        decided.changedAt = context.at
        return decided
    }

    /// The commitments a decided request carries: its schedule when approved, else none.
    public static func commitments(of request: GrantRequest) -> CommitmentSchedule {
        guard request.status.isApproved, let record = request.decision else { return CommitmentSchedule(lines: []) }
        return CommitmentSchedule(amount: record.decision.approvedAmount(of: request.amount), split: record.decision.split)
    }

    /// Checks an undo and returns the request as it will be: the status before the decision and
    /// the decision before that (`previous`, nil when there was none). Only the person who
    /// decided, or the chair, may undo.
    public static func undo(_ request: GrantRequest, expectedVersion: Int, previous: DecisionRecord?,
                            context: CommandContext) throws(RepositoryError) -> GrantRequest {
        guard let record = request.decision else { throw .nothingToUndo(request.id) }
        try checkVersion(request, expectedVersion)
        guard record.decidedBy == context.user.login || context.user.has(.chair) else {
            throw .denied(Strings.onlyDeciderUndoes(record.decidedByName))
        }
        var restored = request
        restored.status = record.previousStatus
        restored.decision = previous
        restored.version += 1
        restored.changedBy = context.user.name
        restored.changedAt = context.at
        return restored
    }

    /// Checks a change of split on an approved grant and returns the request and its new
    /// schedule: `current` (the stored schedule) with the months from `month` on re-allocated.
    public static func changeSplit(_ request: GrantRequest, expectedVersion: Int, split: PaymentSplit,
                                   from month: Month, current: CommitmentSchedule, knownSectors: Set<SectorCode>,
                                   context: CommandContext) throws(RepositoryError) -> (GrantRequest, CommitmentSchedule) {
        try checkVersion(request, expectedVersion)
        guard request.status.isApproved, var record = request.decision else {
            throw .invalid(Strings.splitChangeNeedsApproval(request.id.rawValue))
        }
        for sector in split.sectors where !knownSectors.contains(sector) { throw .unknownSector(sector) }
        if case .denied(let why) = Permissions.check(context.user, .changeSplit(request)) { throw .denied(why) }
        let amount = record.decision.approvedAmount(of: request.amount)
        let schedule = current.replacingMonths(from: month, of: amount, with: split)
        record.decision.split = split
        var changed = request
        changed.decision = record
        changed.version += 1
        changed.changedBy = context.user.name
        changed.changedAt = context.at
        return (changed, schedule)
    }

    /// A stale version is a conflict naming who changed the request last.
    public static func checkVersion(_ request: GrantRequest, _ expectedVersion: Int) throws(RepositoryError) {
        guard request.version == expectedVersion else {
            throw .conflict(by: request.changedBy, at: request.changedAt)
        }
    }
}
