import ArgumentParser
import ForumCore

/// The offer and the case a change is about: `OFFER --case CASE`.
struct CapacityTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(Strings.capacityOfferHelp, valueName: Strings.valueOffer)) var offer: String
    @Option(name: .customLong("case"), help: ArgumentHelp(Strings.capacityCaseHelp, valueName: Strings.valueCase))
    var caseID: String

    /// Opens the store as the person at the keyboard and reads the offer as it is now.
    func open(_ global: GlobalOptions) async throws -> (Session, OfferStatus) {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        return (session, try await session.offerStatus(offer))
    }
}

/// Prints what a command did to the payers' commitments, for every budget year it touches.
private func printEffect(_ session: Session, before: CommitmentSchedule, after: CommitmentSchedule) {
    for line in PlacementEffect(before: before, after: after).lines {
        print(session.text(Strings.forecastEffect(sector: line.sector.rawValue, year: line.year, change: line.change)))
    }
}

/// `chefforum capacity allocate OFFER --case CASE [--from DAY] [--until DAY] [--units N] [--override REASON]`.
struct CapacityAllocateCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "allocate", abstract: Strings.capacityAllocateAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CapacityTarget
    @Option(help: ArgumentHelp(Strings.capacityFromHelp, valueName: Strings.valueDay)) var from: String?
    @Option(help: ArgumentHelp(Strings.capacityUntilHelp, valueName: Strings.valueDay)) var until: String?
    @Option(help: ArgumentHelp(Strings.capacityUnitsHelp, valueName: Strings.valueUnits)) var units: Int?
    @Option(help: ArgumentHelp(Strings.capacityOverrideHelp, valueName: Strings.valueReason)) var override: String?

    func run() async throws {
        let start = try from.map { try Day(parsing: $0) }
        let end = try until.map { try Day(parsing: $0) }
        let (session, status) = try await target.open(global)
        let (offer, caseID) = (target.offer, target.caseID)
        guard let entry = status.waiting.first(where: { $0.caseID.rawValue == caseID }) else {
            throw CommandError.failed(Strings.notWaiting(caseID, offer))
        }
        let context = session.context()
        let terms = CommandRules.PlacementTerms(from: start ?? context.today, until: end, units: units, overrideReason: override)
        let updated = try await session.repository.allocatePlace(status.offer.id, entry: entry.id,
                                                                 expectedVersion: status.offer.version, terms: terms,
                                                                 context: context)
        let year = try await session.repository.settings().budgetYear
        guard let placement = updated.placements.last(where: { $0.caseID == entry.caseID }) else { return }
        print(session.text(Strings.placed(caseID, offer, from: placement.from, until: placement.until)))
        printEffect(session, before: CommitmentSchedule(lines: []), after: placement.commitments(budgetYear: year))
    }
}

/// `chefforum capacity end OFFER --case CASE --on DAY`.
struct CapacityEndCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "end", abstract: Strings.capacityEndAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CapacityTarget
    @Option(help: ArgumentHelp(Strings.capacityOnHelp, valueName: Strings.valueDay)) var on: String

    func run() async throws {
        let day = try Day(parsing: on)
        let (session, status) = try await target.open(global)
        let (offer, caseID) = (target.offer, target.caseID)
        // The case's placement that is still running on the day (the latest, if it has several).
        guard let placement = status.offer.placements.last(where: {
            $0.caseID.rawValue == caseID && ($0.until.map { $0 >= day } ?? true)
        }) else {
            throw CommandError.failed(Strings.noPlacement(caseID, offer))
        }
        let updated = try await session.repository.endPlace(status.offer.id, placement: placement.id, on: day,
                                                            expectedVersion: status.offer.version, context: session.context())
        let year = try await session.repository.settings().budgetYear
        let ended = updated.placements.first { $0.id == placement.id } ?? placement
        print(session.text(Strings.placementEnded(caseID, offer, on: day)))
        printEffect(session, before: placement.commitments(budgetYear: year), after: ended.commitments(budgetYear: year))
    }
}

/// `chefforum capacity wait OFFER --case CASE --priority N [--cross-sector] [--units N] [--note TEXT]`:
/// moves a waiting case to another band, or puts a case on the list.
struct CapacityWaitCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "wait", abstract: Strings.capacityWaitAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: CapacityTarget
    @Option(help: ArgumentHelp(Strings.capacityPriorityHelp, valueName: Strings.valuePriority)) var priority: Int
    @Flag(help: ArgumentHelp(Strings.capacityCrossSectorHelp)) var crossSector = false
    @Option(help: ArgumentHelp(Strings.capacityUnitsHelp, valueName: Strings.valueUnits)) var units: Int = 1
    @Option(help: ArgumentHelp(Strings.capacityNoteHelp, valueName: Strings.valueNote)) var note: String = ""

    func run() async throws {
        let (session, status) = try await target.open(global)
        let (offer, caseID) = (target.offer, target.caseID)
        if let entry = status.waiting.first(where: { $0.caseID.rawValue == caseID }) {
            _ = try await session.repository.setWaitingPriority(status.offer.id, entry: entry.id, priority: priority,
                                                                expectedVersion: status.offer.version, context: session.context())
        } else {
            _ = try await session.repository.addToWaitingList(status.offer.id, case: CaseID(caseID), crossSector: crossSector,
                                                              priority: priority, units: units, note: note,
                                                              expectedVersion: status.offer.version, context: session.context())
        }
        print(session.text(Strings.waitingSet(caseID, offer, priority: priority)))
    }
}
