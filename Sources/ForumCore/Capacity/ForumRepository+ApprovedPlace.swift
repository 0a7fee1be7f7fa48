/// What approving a request for a capacity-limited offer may do in the same step (#10 item 5),
/// for the console and the command line alike: put the case on the offer's waiting list, or give
/// it a unit that carries out the grant. Each runs as the offer's own commands, so the
/// repository applies their rules (who may, capacity, quota) and audits them.
extension ForumRepository {
    /// Puts the case of `request` on its offer's waiting list in band `priority`, or moves it
    /// there if it waits already.
    public func wait(_ request: GrantRequest, priority: Int, context: CommandContext) async throws -> Offer {
        let offer = try await offer(of: request)
        if let entry = try await waitingList(offer.id).first(where: { $0.caseID == request.caseID }) {
            return try await setWaitingPriority(offer.id, entry: entry.id, priority: priority, expectedVersion: offer.version,
                                                context: context)
        }
        return try await addToWaitingList(offer.id, case: request.caseID, crossSector: request.crossSector, priority: priority,
                                           units: 1, note: "", expectedVersion: offer.version, context: context)
    }

    /// Gives the case of the approved `request` a unit of its offer on `terms` (the case is put on
    /// the waiting list first, in band 1, if it is not there): the placement carries out the grant
    /// and commits nothing of its own (`Placement.requestID`).
    public func place(_ request: GrantRequest, terms: CommandRules.PlacementTerms, context: CommandContext) async throws -> Offer {
        var offer = try await offer(of: request)
        var entry = try await waitingList(offer.id).first { $0.caseID == request.caseID }
        if entry == nil {
            offer = try await addToWaitingList(offer.id, case: request.caseID, crossSector: request.crossSector, priority: 1,
                                               units: 1, note: "", expectedVersion: offer.version, context: context)
            entry = try await waitingList(offer.id).first { $0.caseID == request.caseID }
        }
        guard let entry else { throw RepositoryError.caseNotFound(request.caseID) }
        return try await allocatePlace(offer.id, entry: entry.id, expectedVersion: offer.version, terms: terms, context: context)
    }

    private func offer(of request: GrantRequest) async throws -> Offer {
        guard let id = request.offerID else { throw RepositoryError.invalid(Strings.requestHasNoOffer(request.id.rawValue)) }
        guard let offer = try await offers().first(where: { $0.id == id }) else { throw RepositoryError.offerNotFound(id) }
        return offer
    }
}

extension CommandRules.PlacementTerms {
    /// The terms of a unit for an approved grant: from `from` (default: today, or the grant's
    /// start if later) to the end of what was approved.
    public static func grant(_ request: GrantRequest, decision: Decision, from: Day?, overrideReason: String?,
                             today: Day) -> Self {
        Self(from: from ?? Swift.max(today, request.amount.start), until: decision.validUntil ?? request.amount.end,
             overrideReason: overrideReason)
    }
}
