import ForumCore
import ForumStore
import Testing

/// What every contract test needs: a context, and the check that a refused command is refused
/// with its specific error and changes nothing.
extension ContractSubject {
    static func context(_ user: User, at second: Int64 = 1_795_000_000, meeting: String? = "M-2026-22") -> CommandContext {
        CommandContext(user: user, at: Timestamp(secondsSinceEpoch: second), today: ContractMunicipality.day(2026, 11, 25),
                       meeting: meeting)
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
