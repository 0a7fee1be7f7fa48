import ForumCore
import ForumStore
import Testing
@testable import ForumPostgres

@Suite("PostgreSQL addresses from --db")
struct PostgresAddressTests {
    @Test("A TCP URL gives host, port, login, password and database; TLS unless on this machine")
    func tcp() throws {
        let remote = try PostgresAddress(url: "postgres://anna:hemm%40lig@db.kommune.dk:6543/forum", login: "os")
        #expect(remote.endpoint == .tcp(host: "db.kommune.dk", port: 6543))
        #expect(remote.username == "anna")
        #expect(remote.password == "hemm@lig")
        #expect(remote.database == "forum")
        #expect(remote.tls == .require)
        #expect(remote.description == "postgres://anna@db.kommune.dk:6543/forum")
        let local = try PostgresAddress(url: "postgresql://127.0.0.1/forum", login: "os")
        #expect(local.endpoint == .tcp(host: "127.0.0.1", port: 5432))
        #expect(local.username == "os")
        #expect(local.password == nil)
        #expect(local.tls == .disable)
    }

    @Test("A socket URL logs in as the OS user by peer authentication, without a password")
    func socket() throws {
        let address = try PostgresAddress(url: "postgres:///forum?host=/run/postgresql", login: "bevchef")
        #expect(address.endpoint == .socket(path: "/run/postgresql/.s.PGSQL.5432"))
        #expect(address.username == "bevchef")
        #expect(address.password == nil)
        #expect(address.database == "forum")
    }

    @Test("A URL that cannot be used says what is wrong with it", arguments: [
        ("postgres://db.kommune.dk", Strings.postgresURLNoDatabase),
        ("postgres://db.kommune.dk/forum?sslmode=maybe", Strings.postgresURLBadSSLMode("maybe")),
    ])
    func refused(url: String, reason: Phrase) {
        #expect(throws: StoreError.badLocation(url, reason: reason)) { try PostgresAddress(url: url, login: "os") }
    }
}
