import ForumCore
import ForumStore
import Testing

@Suite("Who sets up a store")
struct SetupActorTests {
    static let owner = User(login: "ejer", name: "Eja Ejer", roles: [.economist])

    @Test("Without an administrator the person setting up acts as one, and is told so")
    func bootstrapping() {
        let actor = SetupActor.firstAdministrator(Self.owner, among: [User(login: "l", name: "Lis", roles: [.reader])])
        #expect(actor.bootstrapping)
        #expect(actor.user.roles == [.economist, .administrator])
        #expect(actor.user.login == "ejer")
    }

    @Test("Once there is an administrator, everyone acts as themselves")
    func settled() {
        let actor = SetupActor.firstAdministrator(Self.owner, among: [User(login: "a", name: "Ada", roles: [.administrator])])
        #expect(actor == SetupActor(user: Self.owner, bootstrapping: false))
    }
}
