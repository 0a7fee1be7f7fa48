import Testing
@testable import ForumCore

/// Each command's rule on its own: what it returns, and each refusal by its specific error, in
/// the documented order (existence, staleness, permission, validity).
@Suite("Command rules")
struct CommandRulesTests {
    static let known: Set<SectorCode> = ["BEV", "BUF", "VOK", "FAM"]
    static let at = Timestamp(secondsSinceEpoch: 1_795_000_000)
    static let earlier = Timestamp(secondsSinceEpoch: 1_794_000_000)

    static func decided(by user: User, kind: DecisionKind = .approve) -> GrantRequest {
        var request = Fixture.request("IND-1", kroner: 37_500)
        request.status = kind.resultingStatus
        request.version = 2
        request.changedBy = user.name
        request.changedAt = earlier
        request.decision = DecisionRecord(id: 1, requestID: "IND-1", decision: Decision(kind: kind, split: .single("BEV")),
                                          previousStatus: .onAgenda, decidedBy: user.login, decidedByName: user.name,
                                          at: earlier)
        return request
    }

    /// Decides as `user` while `meeting` is open (by default the forum's, with the chief of BEV
    /// taking part).
    static func run(_ decision: Decision, as user: User, on request: GrantRequest = Fixture.request("IND-1", kroner: 37_500),
                    version: Int = 1, meeting: Meeting? = Fixture.meeting) throws(RepositoryError) -> GrantRequest {
        try CommandRules.decide(request, expectedVersion: version, decision: decision, recordID: 7, policy: .assens,
                                knownSectors: known, openMeeting: meeting, context: Fixture.context(user))
    }

    // MARK: decide

    @Test("A decision moves the status, records who and when, and bumps the version")
    func decide() throws {
        let decided = try Self.run(Decision(kind: .approveTimeLimited, split: .single("BEV"), validUntil: day(2027, 1, 31)),
                                   as: Fixture.chiefBEV)
        #expect(decided.status == .approvedTimeLimited)
        #expect(decided.version == 2)
        #expect(decided.changedBy == "Bo Beskæftigelse")
        #expect(decided.changedAt == Fixture.context(Fixture.chiefBEV).at)
        #expect(decided.decision?.id == 7)
        #expect(decided.decision?.previousStatus == .onAgenda)
        #expect(decided.decision?.meeting == "M-2026-22")
        // Four months after the decision (25.11.2026) would be after the time limit: the
        // follow-up defaults to the time limit itself (DOMAIN §4).
        #expect(decided.decision?.decision.followUp == day(2027, 1, 31))
        #expect(CommandRules.commitments(of: decided).total == kr(37_500) * 3)
    }

    @Test("Refusals of a decision, first failure first", arguments: [
        // Staleness before permission: a reader is told that someone decided first.
        (decided(by: Fixture.chiefVOK), 2, Decision(kind: .approve, split: .single("BEV")), Fixture.reader,
         RepositoryError.alreadyDecided(by: "Vera Voksen", at: earlier)),
        (Fixture.request("IND-1", kroner: 37_500), 3, Decision(kind: .approve, split: .single("BEV")), Fixture.reader,
         RepositoryError.conflict(by: nil, at: nil)),
        (Fixture.request("IND-1", kroner: 37_500), 1, Decision(kind: .approve, split: .single("XYZ")), Fixture.reader,
         RepositoryError.denied(Strings.readOnly)),
        (Fixture.request("IND-1", kroner: 37_500), 1, Decision(kind: .approve, split: .single("BEV")), Fixture.economist,
         RepositoryError.denied(Strings.onlyForumMembersDecide)),
        (Fixture.request("IND-1", kroner: 37_500), 1, Decision(kind: .approve, split: .single("XYZ")), Fixture.chair,
         RepositoryError.unknownSector("XYZ")),
        (Fixture.request("IND-1", kroner: 37_500), 1, Decision(kind: .reject, split: .single("BEV")), Fixture.chair,
         RepositoryError.invalid(GrantError.reasonRequired.phrase)),
    ])
    func decideRefused(request: GrantRequest, version: Int, decision: Decision, user: User, expected: RepositoryError) {
        #expect(throws: expected) { try Self.run(decision, as: user, on: request, version: version) }
    }

    @Test("A forum request is decided only in an open meeting, by the chair or a chief taking part; the decision carries it")
    func decideInMeeting() throws {
        let approve = Decision(kind: .approve, split: .single("BEV"))
        #expect(throws: RepositoryError.denied(Strings.forumDecidesInMeeting)) {
            try Self.run(approve, as: Fixture.chiefBEV, meeting: nil)
        }
        var closed = Fixture.meeting
        closed.status = .closed
        #expect(throws: RepositoryError.denied(Strings.forumDecidesInMeeting)) {
            try Self.run(approve, as: Fixture.chair, meeting: closed)
        }
        #expect(throws: RepositoryError.denied(Strings.notInMeeting("M-2026-22"))) {
            try Self.run(approve, as: Fixture.chiefVOK)
        }
        #expect(try Self.run(approve, as: Fixture.chair).decision?.meeting == "M-2026-22")
        // Below the forum's ceiling the leader decides outside the meeting, and the record names no meeting.
        let small = Fixture.request("IND-5", kroner: 2_000, sector: "BUF")
        let leader = try Self.run(approve, as: Fixture.leaderBUF, on: small, meeting: nil)
        #expect(leader.status == .approved && leader.decision?.meeting == nil)
    }

    // MARK: undo

    @Test("Undo outside a meeting restores the earlier status and decision; the decider or the chair may")
    func undo() throws {
        let request = Self.decided(by: Fixture.chiefBEV)
        for user in [Fixture.chiefBEV, Fixture.chair] {
            let restored = try CommandRules.undo(request, expectedVersion: 2, previous: nil,
                                                 context: Fixture.context(user, meeting: nil))
            #expect(restored.status == .onAgenda)
            #expect(restored.decision == nil)
            #expect(restored.version == 3)
            #expect(restored.changedBy == user.name)
        }
    }

    @Test("Refusals of an undo", arguments: [
        (Fixture.request("IND-1", kroner: 37_500), 1, Fixture.chair, RepositoryError.nothingToUndo("IND-1")),
        (decided(by: Fixture.chiefBEV), 1, Fixture.chiefVOK, RepositoryError.conflict(by: "Bo Beskæftigelse", at: earlier)),
        (decided(by: Fixture.chiefBEV), 2, Fixture.chiefVOK, RepositoryError.denied(Strings.onlyDeciderUndoes("Bo Beskæftigelse"))),
    ])
    func undoRefused(request: GrantRequest, version: Int, user: User, expected: RepositoryError) {
        #expect(throws: expected) {
            try CommandRules.undo(request, expectedVersion: version, previous: nil, context: Fixture.context(user, meeting: nil))
        }
    }

    // MARK: change split

    @Test("A split change re-allocates the months from the change on")
    func changeSplit() throws {
        let request = Self.decided(by: Fixture.chair)
        let (changed, schedule) = try CommandRules.changeSplit(
            request, expectedVersion: 2, split: split([("BEV", 1), ("VOK", 1)]), from: month(2027, 1),
            current: CommandRules.commitments(of: request), knownSectors: Self.known, context: Fixture.context(Fixture.chair))
        #expect(changed.currentSplit == split([("BEV", 1), ("VOK", 1)]))
        #expect(changed.version == 3)
        #expect(schedule.total(for: "VOK") == kr(18_750) * 4)
        #expect(schedule.total == kr(37_500) * 6)
    }

    @Test("Refusals of a split change", arguments: [
        (decided(by: Fixture.chair), 1, PaymentSplit.single("VOK"), Fixture.reader,
         RepositoryError.conflict(by: "Hanne Formand", at: earlier)),
        (decided(by: Fixture.chair), 2, PaymentSplit.single("XYZ"), Fixture.chiefVOK,
         RepositoryError.denied(Strings.onlyChiefOfPayerOrChairChangesSplit)),
        (decided(by: Fixture.chair, kind: .reject), 2, PaymentSplit.single("VOK"), Fixture.chair,
         RepositoryError.invalid(Strings.splitChangeNeedsApproval("IND-1"))),
        (decided(by: Fixture.chair), 2, PaymentSplit.single("XYZ"), Fixture.chair, RepositoryError.unknownSector("XYZ")),
    ])
    func changeSplitRefused(request: GrantRequest, version: Int, split: PaymentSplit, user: User, expected: RepositoryError) {
        #expect(throws: expected) {
            try CommandRules.changeSplit(request, expectedVersion: version, split: split, from: month(2027, 1),
                                         current: CommandRules.commitments(of: request), knownSectors: Self.known,
                                         context: Fixture.context(user))
        }
    }

    // MARK: places

    /// Skovly: 10 places, 9 taken by others, 1 held by the quota for the cross-sector solution.
    static let offer = Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 10, crossSectorQuota: 1,
                             tariff: Tariff(base: kr(45_000)), placements: (1...9).map {
                                 Placement(id: $0, offer: "BO-1", caseID: CaseID("S-P\($0)"), from: day(2026, 1, 1),
                                           tariff: Tariff(base: kr(45_000)), payer: .single("VOK"))
                             })
    static let crossSector = WaitingListEntry(id: 2, offer: "BO-1", caseID: "S-B", crossSector: true, priority: 2,
                                              since: day(2026, 2, 1))
    static let other = WaitingListEntry(id: 1, offer: "BO-1", caseID: "S-A", priority: 1, since: day(2026, 1, 1))
    static let december = CommandRules.PlacementTerms(from: day(2026, 12, 1))

    @Test("Allocating creates a placement and commits the tariff to the end of the budget year")
    func allocate() throws {
        let allocation = try CommandRules.allocatePlace(Self.offer, expectedVersion: 1, entry: Self.crossSector, entryID: 2,
                                                        terms: .init(from: day(2026, 12, 16)), budgetYear: 2026,
                                                        meeting: nil, context: Fixture.context(Fixture.chiefVOK))
        #expect(allocation.offer.occupancy(on: day(2026, 12, 16)).occupied == 10)
        #expect(allocation.offer.occupancy(on: day(2026, 12, 16)).occupiedByCrossSector == 1)
        #expect(allocation.placement.caseID == "S-B" && allocation.placement.crossSector)
        #expect(allocation.offer.version == 2)
        #expect(allocation.offer.changedBy == "Vera Voksen")
        // 16 of December's 31 days.
        #expect(allocation.commitments.lines == [CommitmentLine(month: month(2026, 12), sector: "VOK", amount: Money(ore: 2_322_581))])
        let nextYear = try CommandRules.allocatePlace(Self.offer, expectedVersion: 1, entry: Self.crossSector, entryID: 2,
                                                      terms: .init(from: day(2027, 1, 1)), budgetYear: 2026,
                                                      meeting: nil, context: Fixture.context(Fixture.chiefVOK))
        #expect(nextYear.commitments.lines.isEmpty)
    }

    @Test("A chief overrides the quota with a reason; the reason stays on the placement")
    func override() throws {
        let allocation = try CommandRules.allocatePlace(
            Self.offer, expectedVersion: 1, entry: Self.other, entryID: 1,
            terms: .init(from: day(2026, 12, 1), overrideReason: "  Akut: hjemløs  "), budgetYear: 2026,
            meeting: nil, context: Fixture.context(Fixture.chiefVOK))
        #expect(allocation.placement.overrideReason == "Akut: hjemløs")
    }

    @Test("Refusals of an allocation", arguments: [
        (WaitingListEntry?.none, 1, december, Fixture.reader, RepositoryError.waitingEntryNotFound(2)),
        (crossSector, 2, december, Fixture.reader, RepositoryError.conflict(by: nil, at: nil)),
        (crossSector, 1, december, Fixture.chiefBEV, RepositoryError.denied(Strings.onlyLeaderOfOffer("Skovly"))),
        // The last free place is the quota's: only a cross-sector family may take it.
        (other, 1, december, Fixture.chiefVOK, RepositoryError.quotaReserved("BO-1")),
        (crossSector, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), units: 2), Fixture.chiefVOK,
         RepositoryError.noFreePlace("BO-1")),
        (other, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), overrideReason: "Akut"), Fixture.leaderVOK,
         RepositoryError.denied(Strings.onlyChiefOverrides)),
        (other, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), overrideReason: " "), Fixture.chiefVOK,
         RepositoryError.invalid(Strings.overrideNeedsReason)),
        (crossSector, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), until: day(2026, 11, 30)), Fixture.chiefVOK,
         RepositoryError.invalid(Strings.placementEndsBeforeStart)),
        (crossSector, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), units: 0), Fixture.chiefVOK,
         RepositoryError.invalid(Strings.unitsAtLeastOne)),
        (other, 1, CommandRules.PlacementTerms(from: day(2026, 12, 1), overrideReason: "Akut, se 010190-1234"), Fixture.chiefVOK,
         RepositoryError.invalid(Strings.cprInText(Strings.fieldOverride))),
    ])
    func allocateRefused(entry: WaitingListEntry?, version: Int, terms: CommandRules.PlacementTerms, user: User,
                         expected: RepositoryError) {
        #expect(throws: expected) {
            try CommandRules.allocatePlace(Self.offer, expectedVersion: version, entry: entry, entryID: entry?.id ?? 2,
                                           terms: terms, budgetYear: 2026, meeting: nil, context: Fixture.context(user))
        }
    }

    @Test("Ending a placement ends its commitment after the end day", arguments: [
        (Int64(3), day(2026, 12, 10), 1, Fixture.chiefVOK, RepositoryError?.none),
        (Int64(99), day(2026, 12, 10), 1, Fixture.chiefVOK, RepositoryError.placementNotFound(99)),
        (Int64(3), day(2026, 12, 10), 2, Fixture.chiefVOK, RepositoryError.conflict(by: nil, at: nil)),
        (Int64(3), day(2026, 12, 10), 1, Fixture.economist, RepositoryError.denied(Strings.onlyLeaderOfOffer("Skovly"))),
        (Int64(3), day(2025, 12, 31), 1, Fixture.chiefVOK, RepositoryError.invalid(Strings.placementEndsBeforeStart)),
    ])
    func endPlace(placement: Int64, on end: Day, version: Int, user: User, expected: RepositoryError?) throws {
        let end = { try CommandRules.endPlace(Self.offer, expectedVersion: version, placementID: placement, on: end,
                                              budgetYear: 2026, meeting: nil, context: Fixture.context(user)) }
        guard let expected else {
            let ending = try end()
            #expect(ending.placement.until == day(2026, 12, 10))
            #expect(ending.offer.occupancy(on: day(2026, 12, 11)).occupied == 8)
            #expect(ending.offer.version == 2)
            // 10 of December's 31 days.
            #expect(ending.commitments.total(in: month(2026, 12)) == Money(ore: 1_451_613))
            return
        }
        #expect(throws: expected) { try end() }
    }

    @Test("Waiting-list priority, a new entry and the quota", arguments: [1, 99])
    func waitingAndQuota(priority: Int) throws {
        let context = Fixture.context(Fixture.leaderVOK)
        let moved = try CommandRules.setWaitingPriority(Self.offer, expectedVersion: 1, entry: Self.other, entryID: 1,
                                                        priority: priority, meeting: nil, context: context)
        #expect(moved.entry.priority == priority && moved.offer.version == 2)
        let added = try CommandRules.addToWaitingList(Self.offer, expectedVersion: 1, caseID: "S-C", known: true,
                                                      waiting: [Self.other], crossSector: true, priority: priority, units: 1,
                                                      note: "", meeting: nil, context: context)
        #expect(added.entry.since == context.today && added.entry.crossSector && added.offer.version == 2)
        #expect(try CommandRules.setQuota(Self.offer, expectedVersion: 1, quota: 3, meeting: nil, context: context).crossSectorQuota == 3)
    }

    @Test("Refusals of waiting-list and quota changes")
    func waitingRefused() {
        let context = Fixture.context(Fixture.leaderVOK)
        #expect(throws: RepositoryError.invalid(Strings.priorityOutOfRange(99))) {
            try CommandRules.setWaitingPriority(Self.offer, expectedVersion: 1, entry: Self.other, entryID: 1, priority: 0,
                                                meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.waitingEntryNotFound(7)) {
            try CommandRules.setWaitingPriority(Self.offer, expectedVersion: 1, entry: nil, entryID: 7, priority: 1,
                                                meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.caseNotFound("S-X")) {
            try CommandRules.addToWaitingList(Self.offer, expectedVersion: 1, caseID: "S-X", known: false, waiting: [],
                                              crossSector: false, priority: 1, units: 1, note: "", meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.invalid(Strings.alreadyWaiting("S-A"))) {
            try CommandRules.addToWaitingList(Self.offer, expectedVersion: 1, caseID: "S-A", known: true, waiting: [Self.other],
                                              crossSector: false, priority: 1, units: 1, note: "", meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.invalid(Strings.cprInText(Strings.fieldWaitingNote))) {
            try CommandRules.addToWaitingList(Self.offer, expectedVersion: 1, caseID: "S-C", known: true, waiting: [],
                                              crossSector: false, priority: 1, units: 1, note: "CPR 0101901234",
                                              meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.invalid(Strings.quotaOutOfRange(10))) {
            try CommandRules.setQuota(Self.offer, expectedVersion: 1, quota: 11, meeting: nil, context: context)
        }
        #expect(throws: RepositoryError.denied(Strings.onlyLeaderOfOffer("Skovly"))) {
            try CommandRules.setQuota(Self.offer, expectedVersion: 1, quota: 2, meeting: nil, context: Fixture.context(Fixture.chiefBEV))
        }
    }

    // MARK: forecasts and notes

    static let storedForecast = ManualForecast(amount: kr(10_000_000), note: "Før", author: "Øjvind Økonom", at: nil, version: 3)

    @Test("Setting a forecast: existence, staleness, permission, validity, in that order", arguments: [
        (SectorCode("BEV"), Fixture.economist, 3, RepositoryError?.none),
        (SectorCode("XYZ"), Fixture.reader, 2, RepositoryError.unknownSector("XYZ")),
        (SectorCode("BEV"), Fixture.chiefBEV, 2, RepositoryError.conflict(by: "Øjvind Økonom", at: nil)),
        (SectorCode("BEV"), Fixture.chiefBEV, 3, RepositoryError.denied(Strings.onlyEconomistSetsForecast)),
    ])
    func setForecast(sector: SectorCode, user: User, version: Int, expected: RepositoryError?) throws {
        let forecast = ManualForecast(amount: kr(11_000_000), note: "Aftale")
        // Crest at the end of October: November and December, 2 × 300.000.
        let figures = BudgetFigures(budget: kr(12_000_000), commitments: Array(repeating: kr(300_000), count: 12))
        let set = { () throws(RepositoryError) -> ManualForecast? in
            try CommandRules.setForecast(forecast, for: sector, month: month(2026, 10), existing: Self.storedForecast,
                                         expectedVersion: version, figures: figures, budgetYear: 2026,
                                         knownSectors: Self.known, context: Fixture.context(user))
        }
        if let expected {
            #expect(throws: expected) { try set() }
        } else {
            let context = Fixture.context(user)
            #expect(try set() == ManualForecast(amount: kr(11_000_000), note: "Aftale", author: user.name, at: context.at,
                                                committedRest: kr(600_000), transitionRest: kr(0), version: 4))
        }
    }

    static let note = DeviationNote(sector: "BEV", month: month(2026, 10), explanation: "Flere forløb",
                                    actionPlan: "Visitation strammes", owner: "Bo")
    static let stored = DeviationNote(sector: "BEV", month: month(2026, 10), explanation: "Før", actionPlan: "Før",
                                      owner: "Bo", author: "Øjvind Økonom", at: earlier, version: 1)

    @Test("A deviation note is stored by its writer, one version on")
    func writeNote() throws {
        let first = try CommandRules.writeDeviationNote(Self.note, existing: nil, knownSectors: Self.known, subAreas: [],
                                                        context: Fixture.context(Fixture.chiefBEV))
        #expect(first.version == 1)
        #expect(first.author == "Bo Beskæftigelse")
        var edit = Self.note
        edit.version = 1
        let second = try CommandRules.writeDeviationNote(edit, existing: Self.stored, knownSectors: Self.known, subAreas: [],
                                                         context: Fixture.context(Fixture.economist))
        #expect(second.version == 2)
        #expect(second.explanation == "Flere forløb")
    }

    @Test("Refusals of a deviation note", arguments: [
        (SectorCode("XYZ"), 0, DeviationNote?.none, Fixture.reader, RepositoryError.unknownSector("XYZ")),
        (SectorCode("BEV"), 0, stored, Fixture.reader, RepositoryError.conflict(by: "Øjvind Økonom", at: earlier)),
        (SectorCode("BEV"), 1, stored, Fixture.chiefVOK, RepositoryError.denied(Strings.onlyEconomistOrChiefWritesNote("BEV"))),
    ])
    func writeNoteRefused(sector: SectorCode, version: Int, existing: DeviationNote?, user: User, expected: RepositoryError) {
        var note = Self.note
        note.sector = sector
        note.version = version
        #expect(throws: expected) {
            try CommandRules.writeDeviationNote(note, existing: existing, knownSectors: Self.known, subAreas: [],
                                                context: Fixture.context(user))
        }
    }

    // MARK: users and imports

    static let newUser = User(login: "ny", name: "Ny Bruger", roles: [.leader], sector: "VOK")

    @Test("Adding a user", arguments: [
        (newUser, User?.none, Fixture.admin, RepositoryError?.none),
        (newUser, newUser, Fixture.reader, RepositoryError.userExists("ny")),
        (newUser, nil, Fixture.chair, RepositoryError.denied(Strings.onlyAdministrator)),
        (User(login: "x", name: "X", roles: [.leader], sector: "XYZ"), nil, Fixture.admin, RepositoryError.unknownSector("XYZ")),
    ])
    func addUser(user: User, existing: User?, actor: User, expected: RepositoryError?) throws {
        if let expected {
            #expect(throws: expected) {
                try CommandRules.addUser(user, existing: existing, knownSectors: Self.known, context: Fixture.context(actor))
            }
        } else {
            #expect(try CommandRules.addUser(user, existing: existing, knownSectors: Self.known,
                                             context: Fixture.context(actor)) == user)
        }
    }

    @Test("Removing a user", arguments: [
        (User?.some(newUser), Fixture.admin, RepositoryError?.none),
        (nil, Fixture.admin, RepositoryError.userNotFound("ny")),
        (newUser, Fixture.chair, RepositoryError.denied(Strings.onlyAdministrator)),
    ])
    func removeUser(existing: User?, actor: User, expected: RepositoryError?) throws {
        if let expected {
            #expect(throws: expected) { try CommandRules.removeUser(login: "ny", existing: existing, context: Fixture.context(actor)) }
        } else {
            #expect(try CommandRules.removeUser(login: "ny", existing: existing, context: Fixture.context(actor)) == Self.newUser)
        }
    }

    @Test("Economists and administrators import; nobody else", arguments: [
        (Fixture.economist, RepositoryError?.none),
        (Fixture.admin, nil),
        (Fixture.chair, RepositoryError.denied(Strings.onlyEconomistImports)),
        (Fixture.reader, RepositoryError.denied(Strings.readOnlyCannotImport)),
    ])
    func importFile(user: User, expected: RepositoryError?) {
        if let expected {
            #expect(throws: expected) { try CommandRules.importFile(context: Fixture.context(user)) }
        } else {
            #expect(throws: Never.self) { try CommandRules.importFile(context: Fixture.context(user)) }
        }
    }

    @Test("Until a database has an administrator, whoever sets it up acts as one", arguments: [
        ([Fixture.chair], true),
        ([Fixture.chair, Fixture.admin], false),
    ])
    func setupActor(users: [User], bootstrapping: Bool) {
        let actor = CommandRules.setupActor(Fixture.economist, users: users)
        #expect(actor.bootstrapping == bootstrapping)
        #expect(actor.user.roles == (bootstrapping ? [.economist, .administrator] : [.economist]))
        #expect(actor.user.login == "okonom")
    }
}
