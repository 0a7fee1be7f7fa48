import ArgumentParser
import ForumCore

/// Decides a request with its current version, so that a decision made meanwhile in another
/// terminal is reported as a conflict instead of being overwritten. `waitingPriority`: an
/// approval also puts the case on the waiting list of the request's offer in that band (or moves
/// it there, if it waits already), as `capacity wait` does; that is checked before the decision,
/// so that a refusal of it changes nothing.
private func decide(_ global: GlobalOptions, _ id: String, meeting: String?, waitingPriority: Int? = nil,
                    _ makeDecision: (GrantRequest, Set<SectorCode>) throws -> Decision) async throws {
    let session = try await Session.open(global)
    session.warnIfUnknown()
    let request = try await session.request(typed: id)
    let known = Set(try await session.repository.sectors().map(\.code))
    let decision = try makeDecision(request, known)
    let context = try await session.meetingContext(meeting)
    var waiting: (status: OfferStatus, entry: WaitingListEntry?)?
    if let waitingPriority {
        // Whether the person may decide is said first, as the decision alone would say it.
        let policy = try await session.repository.settings().policy
        let meeting = try await session.repository.currentMeeting()
        if case .denied(let why) = CommandRules.permission(context.user, toDecide: decision.kind, on: request, split: decision.split,
                                                           policy: policy, meeting: meeting) {
            throw RepositoryError.denied(why)
        }
        waiting = try await checkWaiting(session, request, priority: waitingPriority, meeting: meeting, context: context)
    }
    let decided = try await session.repository.decide(request.id, expectedVersion: request.version, decision: decision,
                                                      context: context)
    print(session.text(Strings.decisionStored(decided.id.rawValue, status: decided.status,
                                              split: Strings.splitText(decided.currentSplit))))
    guard let waiting, let priority = waitingPriority else { return }
    let offer = waiting.status.offer
    if let entry = waiting.entry {
        _ = try await session.repository.setWaitingPriority(offer.id, entry: entry.id, priority: priority,
                                                            expectedVersion: offer.version, context: context)
    } else {
        _ = try await session.repository.addToWaitingList(offer.id, case: request.caseID, crossSector: request.crossSector,
                                                          priority: priority, units: 1, note: "",
                                                          expectedVersion: offer.version, context: context)
    }
    print(session.text(Strings.waitingSet(request.caseID.rawValue, offer.id.rawValue, priority: priority)))
}

/// The offer a request is for, with its waiting list and the case's entry on it (nil: not
/// waiting yet), once the core's rule has said the case may be put or moved there now.
private func checkWaiting(_ session: Session, _ request: GrantRequest, priority: Int, meeting: Meeting?,
                          context: CommandContext) async throws -> (status: OfferStatus, entry: WaitingListEntry?) {
    guard let offerID = request.offerID else { throw CommandError.invalidArgument(Strings.requestHasNoOffer(request.id.rawValue)) }
    let status = try await session.offerStatus(offerID.rawValue)
    let offer = status.offer
    if let entry = status.waiting.first(where: { $0.caseID == request.caseID }) {
        _ = try CommandRules.setWaitingPriority(offer, expectedVersion: offer.version, entry: entry, entryID: entry.id,
                                                priority: priority, meeting: meeting, context: context)
        return (status, entry)
    }
    _ = try CommandRules.addToWaitingList(offer, expectedVersion: offer.version, caseID: request.caseID, known: true,
                                          waiting: status.waiting, crossSector: request.crossSector, priority: priority,
                                          units: 1, note: "", meeting: meeting, context: context)
    return (status, nil)
}

struct RequestApproveCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "approve", abstract: Strings.requestApproveAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(help: ArgumentHelp(Strings.requestUntilHelp, valueName: Strings.valueDay)) var until: String?
    @Option(help: ArgumentHelp(Strings.requestFollowUpHelp, valueName: Strings.valueDay)) var followUp: String?
    @Option(help: ArgumentHelp(Strings.requestConditionsHelp, valueName: Strings.valueConditions)) var conditions: String = ""
    @Option(help: ArgumentHelp(Strings.requestMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?
    @Option(help: ArgumentHelp(Strings.requestWaitHelp, valueName: Strings.valuePriority)) var wait: Int?

    func run() async throws {
        let validUntil = try until.map { try Day(parsing: $0) }
        let followUpDay = try followUp.map { try Day(parsing: $0) }
        try await decide(global, id, meeting: meeting, waitingPriority: wait) { request, _ in
            Decision(kind: validUntil == nil ? .approve : .approveTimeLimited, split: request.proposedSplit,
                     note: conditions, validUntil: validUntil, followUp: followUpDay)
        }
    }
}

/// A decision that carries only a note: reject, defer and refer differ in their kind and in
/// what their note is called, so they share one `run`.
private protocol NotedDecisionCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var kind: DecisionKind { get }
    var id: String { get }
    var meeting: String? { get }
    var note: String { get }
}

extension NotedDecisionCommand {
    func run() async throws {
        try await decide(global, id, meeting: meeting) { request, _ in
            Decision(kind: Self.kind, split: request.proposedSplit, note: note)
        }
    }
}

struct RequestRejectCommand: NotedDecisionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reject", abstract: Strings.requestRejectAbstract)
    }
    static let kind = DecisionKind.reject
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(name: .customLong("reason"), help: ArgumentHelp(Strings.requestRejectReasonHelp, valueName: Strings.valueReason))
    var note: String
    @Option(help: ArgumentHelp(Strings.requestMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?
}

struct RequestDeferCommand: NotedDecisionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "defer", abstract: Strings.requestDeferAbstract)
    }
    static let kind = DecisionKind.defer
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(name: .customLong("reason"), help: ArgumentHelp(Strings.requestDeferReasonHelp, valueName: Strings.valueReason))
    var note: String
    @Option(help: ArgumentHelp(Strings.requestMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?
}

struct RequestReferCommand: NotedDecisionCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "refer", abstract: Strings.requestReferAbstract)
    }
    static let kind = DecisionKind.refer
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(help: ArgumentHelp(Strings.requestReferNoteHelp, valueName: Strings.valueNote)) var note: String = ""
    @Option(help: ArgumentHelp(Strings.requestMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?
}

struct RequestSplitCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "split", abstract: Strings.requestSplitAbstract, discussion: Strings.requestSplitDiscussion)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.requestIDHelp)) var id: String
    @Option(help: ArgumentHelp(Strings.requestSharesHelp, valueName: Strings.valueShares)) var shares: String
    @Option(help: ArgumentHelp(Strings.requestFromHelp, valueName: Strings.valueMonth)) var from: String?
    @Option(help: ArgumentHelp(Strings.requestMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let request = try await session.request(typed: id)
        let known = Set(try await session.repository.sectors().map(\.code))
        let split = try PaymentSplit(parsing: shares, known: known)
        let context = try await session.meetingContext(meeting)
        let result: GrantRequest
        if request.status.isApproved {
            let month = try from.map(Self.month) ?? context.today.calendarMonth
            result = try await session.repository.changeSplit(request.id, expectedVersion: request.version, split: split,
                                                              from: month, context: context)
        } else {
            result = try await session.repository.decide(request.id, expectedVersion: request.version,
                                                         decision: Decision(kind: .approve, split: split), context: context)
        }
        print(session.text(Strings.decisionStored(result.id.rawValue, status: result.status, split: Strings.splitText(result.currentSplit))))
    }

    static func month(_ text: String) throws -> Month {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
            throw CommandError.invalidArgument(Strings.unreadableMonth(text))
        }
        return try Month(year: year, month: month)
    }
}
