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

        @Test("A PostgreSQL URL is refused as not supported yet, without its password")
        func postgresNotYet() throws {
            let result = try BinaryRunner.run(["users", "list", "--db", "postgres://forum:hemmelig@127.0.0.1:5432/chefforum"],
                                              environment: ["LANG": "en_GB.UTF-8"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("PostgreSQL is not supported yet"))
            #expect(!result.stderr.contains("hemmelig"))
        }
    }
}
