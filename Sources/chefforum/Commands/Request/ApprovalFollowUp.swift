import ForumCore

/// What `request approve` may do in the same step for a request for a capacity-limited offer
/// (#10 item 5): put the case on the offer's waiting list (`--wait N`), or give it a unit
/// (`--allocate`). Each is checked by the core's rules before the decision, so that a refusal
/// changes nothing; it runs after the decision as the offer's own command.
enum ApprovalFollowUp {
    /// Put the case on the waiting list in band `priority`, or move it there if it waits already.
    case wait(priority: Int)
    /// Give the case a unit from `from` (default: today, or the grant's start if later) to the
    /// grant's end; the placement carries out the grant and commits nothing of its own.
    case allocate(from: Day?, override: String?)

    /// The offer as read and the case's entry on its waiting list (nil: not waiting yet).
    struct Checked {
        let status: OfferStatus
        let entry: WaitingListEntry?
        let terms: CommandRules.PlacementTerms?
    }

    /// Checks the follow-up of approving `request` as `decision`, with the rules the repository
    /// will apply: the offer must exist, the person may manage it, and the change must be valid.
    func check(_ session: Session, _ request: GrantRequest, _ decision: Decision, meeting: Meeting?,
               context: CommandContext) async throws -> Checked {
        guard let offerID = request.offerID else {
            throw CommandError.invalidArgument(Strings.requestHasNoOffer(request.id.rawValue))
        }
        let status = try await session.offerStatus(offerID.rawValue)
        let offer = status.offer
        let entry = status.waiting.first { $0.caseID == request.caseID }
        switch self {
        case .wait(let priority):
            if let entry {
                _ = try CommandRules.setWaitingPriority(offer, expectedVersion: offer.version, entry: entry, entryID: entry.id,
                                                        priority: priority, meeting: meeting, context: context)
            } else {
                _ = try CommandRules.addToWaitingList(offer, expectedVersion: offer.version, caseID: request.caseID, known: true,
                                                      waiting: status.waiting, crossSector: request.crossSector,
                                                      priority: priority, units: 1, note: "", meeting: meeting, context: context)
            }
            return Checked(status: status, entry: entry, terms: nil)
        case .allocate(let from, let override):
            let terms = CommandRules.PlacementTerms.grant(request, decision: decision, from: from, overrideReason: override,
                                                          today: context.today)
            // As it will be: the case waiting (or put on the list first), the request approved.
            let waiting = entry ?? WaitingListEntry(id: 0, offer: offer.id, caseID: request.caseID,
                                                    crossSector: request.crossSector, priority: 1, since: context.today)
            var approved = request
            approved.status = decision.kind.resultingStatus
            _ = try CommandRules.allocatePlace(offer, expectedVersion: offer.version, entry: waiting, entryID: waiting.id,
                                               terms: terms, budgetYear: try await session.repository.settings().budgetYear,
                                               grant: approved, meeting: meeting, context: context)
            return Checked(status: status, entry: entry, terms: terms)
        }
    }

    /// Runs the follow-up after the decision and says what it did.
    func run(_ checked: Checked, _ request: GrantRequest, _ session: Session, context: CommandContext) async throws {
        switch self {
        case .wait(let priority):
            _ = try await session.repository.wait(request, priority: priority, context: context)
            print(session.text(Strings.waitingSet(request.caseID.rawValue, checked.status.offer.id.rawValue, priority: priority)))
        case .allocate:
            guard let terms = checked.terms else { return }
            let placed = try await session.repository.place(request, terms: terms, context: context)
            guard let placement = placed.placements.last(where: { $0.caseID == request.caseID }) else { return }
            print(session.text(Strings.placed(request.caseID.rawValue, placed.id.rawValue, from: placement.from,
                                              until: placement.until)))
            if placement.requestID == request.id { print(session.text(Strings.placementCarriesGrant(request.id.rawValue))) }
        }
    }
}
