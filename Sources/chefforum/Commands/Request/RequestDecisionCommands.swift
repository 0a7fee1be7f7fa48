import ArgumentParser
import ForumCore

/// Decides a request with its current version, so that a decision made meanwhile in another
/// terminal is reported as a conflict instead of being overwritten.
private func decide(_ global: GlobalOptions, _ id: String, meeting: String?,
                    _ makeDecision: (GrantRequest, Set<SectorCode>) throws -> Decision) async throws {
    let session = try await Session.open(global)
    session.warnIfUnknown()
    let request = try await session.repository.request(RequestID(id))
    let known = Set(try await session.repository.sectors().map(\.code))
    let decision = try makeDecision(request, known)
    let decided = try await session.repository.decide(request.id, expectedVersion: request.version, decision: decision,
                                                      context: session.context(meeting: meeting))
    print(session.text(Strings.decisionStored(decided.id.rawValue, status: decided.status,
                                              split: Strings.splitText(decided.currentSplit))))
}

struct RequestApproveCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "approve", abstract: "Approve a request (time-limited with --until).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "Approve time-limited until this day (dd-mm-yyyy).") var until: String?
    @Option(help: "Follow-up day (default for time-limited: four months).") var followUp: String?
    @Option(help: "Conditions of the approval.") var conditions: String = ""
    @Option(help: "The meeting the decision is made in.") var meeting: String?

    func run() async throws {
        let validUntil = try until.map { try Day(parsing: $0) }
        let followUpDay = try followUp.map { try Day(parsing: $0) }
        try await decide(global, id, meeting: meeting) { request, _ in
            Decision(kind: validUntil == nil ? .approve : .approveTimeLimited, split: request.proposedSplit,
                     note: conditions, validUntil: validUntil, followUp: followUpDay)
        }
    }
}

struct RequestRejectCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a request with a reason.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "Why the request is rejected.") var reason: String
    @Option(help: "The meeting the decision is made in.") var meeting: String?

    func run() async throws {
        try await decide(global, id, meeting: meeting) { request, _ in
            Decision(kind: .reject, split: request.proposedSplit, note: reason)
        }
    }
}

struct RequestDeferCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "defer", abstract: "Defer a request: say what is missing.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "What is missing before the forum can decide.") var reason: String
    @Option(help: "The meeting the decision is made in.") var meeting: String?

    func run() async throws {
        try await decide(global, id, meeting: meeting) { request, _ in
            Decision(kind: .defer, split: request.proposedSplit, note: reason)
        }
    }
}

struct RequestReferCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(commandName: "refer", abstract: "Refer a request to the political committee.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "A note to the committee.") var note: String = ""
    @Option(help: "The meeting the decision is made in.") var meeting: String?

    func run() async throws {
        try await decide(global, id, meeting: meeting) { request, _ in
            Decision(kind: .refer, split: request.proposedSplit, note: note)
        }
    }
}

struct RequestSplitCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Approve a pending request with a payment split, or change the split of an approved grant.",
        discussion: "Shares: --shares BEV=60,VOK=20,FAM=20 (weights), BEV=60%,VOK=40% (percents), BEV=3,BUF=2,VOK=1 (½/⅓/⅙).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The request id.") var id: String
    @Option(help: "Sector codes with weights or percents.") var shares: String
    @Option(help: "For an approved grant: the month the new split applies from (yyyy-mm; default this month).") var from: String?
    @Option(help: "The meeting the decision is made in.") var meeting: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let request = try await session.repository.request(RequestID(id))
        let known = Set(try await session.repository.sectors().map(\.code))
        let split = try PaymentSplit(parsing: shares, known: known)
        let context = session.context(meeting: meeting)
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
