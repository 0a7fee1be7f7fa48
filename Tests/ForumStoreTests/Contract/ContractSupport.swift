import ForumCore
import ForumStore
import Testing

/// What every contract test needs: a context, and the check that a refused command is refused
/// with its specific error and changes nothing.
extension ContractSubject {
    /// The day of the forum's meeting that `openMeeting` opens, and its id.
    static let meetingDay = ContractMunicipality.day(2026, 11, 25)
    static let meetingID = MeetingID(date: meetingDay)

    static func context(_ user: User, at second: Int64 = 1_795_000_000, meeting: String? = meetingID.rawValue) -> CommandContext {
        CommandContext(user: user, at: Timestamp(secondsSinceEpoch: second), today: ContractMunicipality.day(2026, 11, 25),
                       meeting: meeting)
    }

    /// Opens the forum's meeting of 25.11.2026 on the draft agenda, the chair presiding, with the
    /// chiefs of BEV and VOK taking part: the forum's requests are decided only in an open meeting,
    /// by the chair or a chief taking part (DOMAIN §10). Its event, `meeting.open`, is in the trail.
    @discardableResult
    func openMeeting(participants: [String] = ["bevchef", "vokchef"]) async throws -> Meeting {
        let draft = try await repository.draftAgenda(date: Self.meetingDay)
        return try await repository.openMeeting(date: Self.meetingDay, participants: participants, agenda: draft,
                                                context: Self.context(ContractMunicipality.chair, meeting: nil))
    }

    /// Runs `command` and expects it to throw `expected`, with the change token and the audit
    /// trail as they were.
    func expectRefusal(_ expected: RepositoryError, sourceLocation: SourceLocation = #_sourceLocation,
                       _ command: @Sendable (any ForumRepository) async throws -> Void) async throws {
        let token = try await repository.changeToken()
        let audit = try await auditActions()
        await #expect(throws: expected, sourceLocation: sourceLocation) { try await command(repository) }
        #expect(try await repository.changeToken() == token, "a refusal moved the change token", sourceLocation: sourceLocation)
        #expect(try await auditActions() == audit, "a refusal wrote an audit event", sourceLocation: sourceLocation)
    }

    /// Expects the audit trail, newest first, where the backend keeps one (the in-memory does not).
    func expectAudit(_ actions: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        guard let recorded = try await auditActions() else { return }
        #expect(recorded == actions, sourceLocation: sourceLocation)
        // Whatever the commands did, the stored rows are what their events recorded.
        #expect(try await verifyAudit() == .intact(events: Int64(recorded.count)), sourceLocation: sourceLocation)
    }

    /// Runs a command that must succeed and move the change token.
    func expectChange<T>(sourceLocation: SourceLocation = #_sourceLocation,
                         _ command: @Sendable (any ForumRepository) async throws -> T) async throws -> T {
        let token = try await repository.changeToken()
        let result = try await command(repository)
        #expect(try await repository.changeToken() != token, "a command left the change token", sourceLocation: sourceLocation)
        return result
    }
}
