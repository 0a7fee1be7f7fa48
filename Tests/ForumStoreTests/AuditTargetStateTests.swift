import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("audit verify cross-checks efficiency targets")
struct AuditTargetStateTests {
    @Test("A target's row edited with raw SQL is reported by year and field")
    func edited() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let target = try EfficiencyTarget(year: 2026, amount: Money(kroner: 490_000), split: try PaymentSplit(parsing: "BEV=1,VOK=1"))
        _ = try await test.repository.setTarget(target, expectedVersion: 0, context: try TestDatabase.context(TestDatabase.economist))
        #expect(try await test.database.verifyAudit() == .intact(events: 1))
        try await test.database.write { db in try db.execute(sql: "UPDATE efficiency_target SET split = 'VOK=1' WHERE year = 2026") }
        #expect(try await test.database.verifyAudit()
            == .broken(seq: 1, reason: Strings.auditStateDiffers("efficiency_target 2026", fields: ["split"])))
    }
}
