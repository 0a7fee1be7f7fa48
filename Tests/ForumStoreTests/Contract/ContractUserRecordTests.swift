import ForumCore
import Testing

/// `users add` holds a user to the rules of the users file: login syntax, a name, a role, and a
/// sector for a chief.
@Suite("Repository contract: a user's record is checked as the users import checks it")
struct ContractUserRecordTests {
    typealias M = ContractMunicipality

    @Test("Each bad record is refused with its reason, changing nothing", arguments: Backend.allCases)
    func refused(backend: Backend) async throws {
        let subject = try await backend.make()
        defer { subject.remove() }
        let admin = ContractSubject.context(M.admin)
        for login in ["hanne formand", "", "-hanne", "hånne", String(repeating: "a", count: 65)] {
            try await subject.expectRefusal(.invalid(Strings.loginSyntax)) {
                try await $0.addUser(User(login: login, name: "Hanne", roles: [.reader]), context: admin)
            }
        }
        try await subject.expectRefusal(.invalid(Strings.userNameMissing)) {
            try await $0.addUser(User(login: "hanne", name: "  ", roles: [.reader]), context: admin)
        }
        try await subject.expectRefusal(.invalid(Strings.userRolesMissing)) {
            try await $0.addUser(User(login: "hanne", name: "Hanne", roles: []), context: admin)
        }
        try await subject.expectRefusal(.invalid(Strings.importChiefNeedsSector)) {
            try await $0.addUser(User(login: "hanne", name: "Hanne", roles: [.chief]), context: admin)
        }
        try await subject.expectChange {
            try await $0.addUser(User(login: "hanne.f@skovby", name: "Hanne", roles: [.chief], sector: "BEV"), context: admin)
        }
    }
}
