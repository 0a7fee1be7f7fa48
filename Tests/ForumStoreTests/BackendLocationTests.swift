import ForumCore
import ForumStore
import Testing

@Suite("Where --db points")
struct BackendLocationTests {
    @Test("A path is an SQLite file; a postgres:// or postgresql:// URL a server", arguments: [
        ("/var/lib/chefforum/forum.sqlite", BackendLocation.sqlite(path: "/var/lib/chefforum/forum.sqlite")),
        ("forum.sqlite", .sqlite(path: "forum.sqlite")),
        ("postgres://forum@db.local/chefforum", .postgres(url: "postgres://forum@db.local/chefforum")),
        ("PostgreSQL://db.local/chefforum", .postgres(url: "PostgreSQL://db.local/chefforum")),
    ])
    func parsing(text: String, location: BackendLocation) {
        #expect(BackendLocation(text) == location)
    }

    @Test("A server's location is shown without its password")
    func passwordHidden() {
        #expect(BackendLocation("postgres://forum:hemmelig@db.local:5432/chefforum").description
            == "postgres://forum@db.local:5432/chefforum")
    }
}
