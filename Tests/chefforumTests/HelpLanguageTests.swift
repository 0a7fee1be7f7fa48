import Testing

/// `--help` speaks the user's language: Danish unless `--lang en` or an English locale says otherwise.
extension EndToEnd {
    @Suite("Help in the user's language")
    struct HelpLanguageTests {
        @Test("Help is Danish by default, and --lang da wins over an English LANG")
        func danish() throws {
            let cases: [(arguments: [String], environment: [String: String])] = [
                ([], [:]), (["--lang", "da"], ["LANG": "en_GB.UTF-8"]),
            ]
            for (arguments, environment) in cases {
                let result = try BinaryRunner.run(["request", "list", "--help"] + arguments, environment: environment)
                #expect(result.status == 0)
                #expect(result.stdout.contains("OVERVIEW: Vis indstillingerne, der venter på forummet"), "\(arguments)")
                #expect(result.stdout.contains("--db <sti|url>"), "\(arguments)")
            }
        }

        @Test("--version names the version and each backend's schema, once, in the user's language")
        func version() throws {
            let danish = try BinaryRunner.run(["--version"], environment: [:])
            #expect(danish.status == 0)
            #expect(danish.stdout.hasPrefix("chefforum "))
            #expect(danish.stdout.components(separatedBy: "databaseskema: SQLite v").count == 2)
            #expect(danish.stdout.contains(", PostgreSQL v"))
            let english = try BinaryRunner.run(["--version"], environment: ["LANG": "en_GB.UTF-8"])
            #expect(english.stdout.contains("database schema: SQLite v"))
        }

        @Test("Help is English with --lang en, --lang=en or LANG=en_GB.UTF-8")
        func english() throws {
            let cases: [(arguments: [String], environment: [String: String])] = [
                (["--lang", "en"], [:]), (["--lang=en"], [:]), ([], ["LANG": "en_GB.UTF-8"]),
            ]
            for (arguments, environment) in cases {
                let result = try BinaryRunner.run(["request", "list", "--help"] + arguments, environment: environment)
                #expect(result.status == 0)
                #expect(result.stdout.contains("OVERVIEW: List the requests waiting for the forum"), "\(arguments) \(environment)")
                #expect(result.stdout.contains("--db <path|url>"), "\(arguments) \(environment)")
            }
        }

        @Test("A subcommand's options are explained in the chosen language")
        func optionHelp() throws {
            let danish = try BinaryRunner.run(["request", "split", "--help"])
            #expect(danish.stdout.contains("--shares <andele>"))
            #expect(danish.stdout.contains("Sektorkoder med vægte eller procenter."))
            let english = try BinaryRunner.run(["request", "split", "--help"], environment: ["LANG": "en_US.UTF-8"])
            #expect(english.stdout.contains("--shares <shares>"))
            #expect(english.stdout.contains("Sector codes with weights or percents."))
        }

        @Test("--help is printed once, on stdout")
        func printedOnce() throws {
            for arguments in [["--help"], ["request", "list", "--help"]] {
                let result = try BinaryRunner.run(arguments)
                #expect(result.status == 0)
                #expect(result.stdout.components(separatedBy: "USAGE:").count == 2, "\(arguments)")
                #expect(result.stderr.isEmpty, "\(arguments)")
            }
        }
    }
}
