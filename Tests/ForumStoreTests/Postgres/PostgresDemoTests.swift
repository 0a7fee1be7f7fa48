import ForumCore
import Foundation
import Testing
@testable import ForumPostgres
@testable import ForumStore

@Suite("The demo on PostgreSQL", .enabled(if: TestServer.enabled))
struct PostgresDemoTests {
    @Test("A demo changed since it was built is replaced only by force, and then wholly: no meeting or youth is left over")
    func rebuild() async throws {
        let directory = TemporaryDirectory()
        let address = try await TestServer.freshSchema()
        defer { TestServer.drop(address) }
        let backend = PostgresBackend(database: try await PostgresDatabase.open(address), url: "postgres://test")
        let today = try Day(year: 2026, month: 11, day: 25)
        func build() async throws {
            try await DemoBuilder.build(into: backend, dataDirectory: nil, keyPath: directory.path + "/demo.key", login: "demo",
                                        name: "Demo Formand", at: Timestamp(secondsSinceEpoch: 1_795_000_000), today: today)
        }
        try await backend.emptyForDemo(force: false)
        try await build()
        let youths = try await backend.repository.youths().count
        #expect(youths == 25)
        // An unchanged demo is replaced without asking.
        try await backend.emptyForDemo(force: false)
        try await build()

        let chair = try #require(try await backend.repository.users().first { $0.login == "demo" })
        let context = CommandContext(user: chair, at: Timestamp(secondsSinceEpoch: 1_795_000_100), today: today)
        _ = try await backend.repository.addFreeItem(title: "Efterværn", text: "", context: context)
        await #expect(throws: StoreError.demoChanged(path: backend.location.description, events: 1)) {
            try await backend.emptyForDemo(force: false)
        }
        #expect(try await backend.repository.freeItems().count == 1)
        try await backend.emptyForDemo(force: true)
        try await build()
        #expect(try await backend.repository.freeItems().isEmpty)
        #expect(try await backend.repository.youths().count == youths)
    }
}
