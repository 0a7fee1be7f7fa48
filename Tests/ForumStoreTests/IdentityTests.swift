import Foundation
import ForumCore
import Testing
@testable import ForumStore

@Suite("Identity: the OS login mapped to a user")
struct IdentityTests {
    @Test("A known login gets its user; an unknown one read-only access")
    func mapping() async throws {
        let test = try TestDatabase()
        defer { test.remove() }
        let known = try await Identity.resolve(login: "bevchef", in: test.repository)
        #expect(known.known)
        #expect(known.user == TestDatabase.chiefBEV)
        let unknown = try await Identity.resolve(login: "fremmed", in: test.repository)
        #expect(!unknown.known)
        #expect(unknown.user.roles == [.reader])
        #expect(Permissions.check(unknown.user, .importData) == .denied(Strings.readOnlyCannotImport))
    }

    @Test("The current login comes from the operating system")
    func currentLogin() {
        let login = Identity.currentLogin()
        #expect(!login.isEmpty)
        #expect(login != "unknown")
    }
}
