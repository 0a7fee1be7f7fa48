import Foundation
import Testing

extension EndToEnd {
    @Suite("What --db may name")
    struct BackendLocationEndToEndTests {
        @Test("An empty --db is refused, not taken for the default database")
        func emptyDatabase() throws {
            let result = try BinaryRunner.run(["users", "list", "--db", ""], environment: ["LANG": "da_DK.UTF-8"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--db er tom"))
        }

        @Test("A PostgreSQL server that does not answer fails at once with a clear message, without the password")
        func postgresUnreachable() throws {
            let result = try BinaryRunner.run(["users", "list", "--db", "postgres://forum:hemmelig@127.0.0.1:1/chefforum"],
                                              environment: ["LANG": "en_GB.UTF-8"])
            #expect(result.status == 1)
            #expect(result.stderr == "chefforum: error: cannot connect to the database postgres://forum@127.0.0.1:1/chefforum: "
                    + "the server does not answer (wrong host or port, or the server is not running)\n")
        }
    }
}
