/// The rules of the commands on grant requests: decide, undo, change a split.
extension CommandRules {
    /// Checks a decision on `request` as read now, and returns the request as it will be after it.
    /// Throws `alreadyDecided` when someone else decided first, `conflict` when the request
    /// changed since `expectedVersion`, `denied` when the person may not, `unknownSector` or
    /// `invalid` when the decision names an unknown sector or is incomplete.
    ///
    /// `openMeeting` is the meeting open now as the backend reads it in the same transaction, never
    /// what the caller believes: who may decide depends on it (forum requests only in it, by the
    /// chair or a chief taking part), and the decision carries its id (DOMAIN §9).
    public static func decide(_ request: GrantRequest, expectedVersion: Int, decision: Decision,
                              recordID: Int64, policy: CompetencePolicy, knownSectors: Set<SectorCode>,
                              openMeeting: Meeting?, context: CommandContext) throws(RepositoryError) -> GrantRequest {
        if !request.status.isPending, let record = request.decision {
            throw .alreadyDecided(by: record.decidedByName, at: record.at)
        }
        try checkVersion(request, expectedVersion)
        try require(permission(context.user, toDecide: decision.kind, on: request, split: decision.split, policy: policy,
                               meeting: openMeeting))
        try checkKnown(decision.split.sectors, in: knownSectors)
        try checkNoCPR((Strings.decisionNoteField(decision.kind), decision.note))
        do {
            try decision.validate(for: request.amount, decidedOn: context.today)
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
        if decision.kind == .approveTimeLimited, final.followUp == nil, let until = decision.validUntil {
            final.followUp = Decision.defaultFollowUp(decidedOn: context.today, validUntil: until)
        }
        decided.decision = DecisionRecord(
            id: recordID, requestID: request.id, decision: final, previousStatus: request.status,
            decidedBy: context.user.login, decidedByName: context.user.name,
            meeting: openMeeting.flatMap { $0.isOpen ? $0.id.rawValue : nil },
            at: context.at)
        return changed(decided, by: context)
    }

    /// The commitments a decided request carries: its schedule when approved, else none.
    public static func commitments(of request: GrantRequest) -> CommitmentSchedule {
        guard request.status.isApproved, let record = request.decision else { return CommitmentSchedule(lines: []) }
        return CommitmentSchedule(amount: record.decision.approvedAmount(of: request.amount), split: record.decision.split)
    }

    /// Checks an undo and returns the request as it will be: the status before the decision and
    /// the decision before that (`previous`, nil when there was none).
    ///
    /// In an open meeting (the context names it) a person undoes only their own last decision in
    /// it (`lastOwnInMeeting`: the request of that decision). A decision of a meeting since closed
    /// (`recordMeeting`) is never undone: it changes only by reopening (DOMAIN §4). Outside a
    /// meeting the person who decided, or the chair, may undo.
    public static func undo(_ request: GrantRequest, expectedVersion: Int, previous: DecisionRecord?,
                            recordMeeting: Meeting? = nil, lastOwnInMeeting: RequestID? = nil,
                            context: CommandContext) throws(RepositoryError) -> GrantRequest {
        guard let record = request.decision else { throw .nothingToUndo(request.id) }
        try checkVersion(request, expectedVersion)
        if let recordMeeting, recordMeeting.status == .closed {
            throw .invalid(Strings.undoAfterMeeting(recordMeeting.id.rawValue))
        }
        if let meeting = context.meeting {
            guard record.decidedBy == context.user.login else { throw .denied(Strings.undoOnlyOwn(record.decidedByName)) }
            guard record.meeting == meeting, lastOwnInMeeting == request.id else {
                throw .invalid(lastOwnInMeeting.map { Strings.undoNotLast($0.rawValue) } ?? Strings.nothingToUndo(request.id.rawValue))
            }
        } else if record.decidedBy != context.user.login && !context.user.has(.chair) {
            throw .denied(Strings.onlyDeciderUndoes(record.decidedByName))
        }
        var restored = request
        restored.status = record.previousStatus
        restored.decision = previous
        return changed(restored, by: context)
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
        try require(permission(context.user, toChangeSplitOf: request))
        try checkKnown(split.sectors, in: knownSectors)
        let grantMonths = request.amount.start.calendarMonth...request.amount.end.calendarMonth
        guard grantMonths.contains(month) else {
            throw .invalid(Strings.splitFromOutsideGrant(month, first: grantMonths.lowerBound, last: grantMonths.upperBound))
        }
        let amount = record.decision.approvedAmount(of: request.amount)
        let schedule = current.replacingMonths(from: month, of: amount, with: split)
        record.decision.split = split
        var changedRequest = request
        changedRequest.decision = record
        return (changed(changedRequest, by: context), schedule)
    }

    /// The request one version on, changed by the person in the context: what a conflict names.
    static func changed(_ request: GrantRequest, by context: CommandContext) -> GrantRequest {
        var next = request
        next.version += 1
        next.changedBy = context.user.name
        next.changedAt = context.at
        return next
    }
}
