import Foundation
import ForumCore
import GRDB
import Testing
@testable import ForumSQLite
@testable import ForumStore

@Suite("audit verify on a damaged file says it is damaged, never intact")
struct AuditDamageTests {
    @Test("Bytes flipped in the file's pages are reported as damage")
    func flipped() async throws {
        let test = try await AuditStateTests.recordedDatabase()
        defer { test.remove() }
        #expect(try await test.database.verifyAudit() == .intact(events: 6))
        // Everything checkpointed into the file, and the file closed, before its bytes are changed.
        try await test.database.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try test.database.pool.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: test.path))
        let pageSize = 4096
        try #require(bytes.count >= 2 * pageSize && bytes.count % pageSize == 0)
        // The last page's header and cell pointers turned to noise: the schema (page 1) still
        // reads, so the file opens, and only a check of the pages finds the damage.
        let last = bytes.count - pageSize
        for offset in last..<(last + 64) { bytes[offset] ^= 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: test.path))
        let reopened = try ForumDatabase(path: test.path)
        let verdict = try await reopened.verifyAudit()
        if case .damaged = verdict {} else { Issue.record("a damaged file verified as \(verdict)") }
    }
}
