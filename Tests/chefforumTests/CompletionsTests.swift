import Testing

extension EndToEnd {
    @Suite("Shell completion scripts")
    struct CompletionsTests {
        @Test("Each shell's script completes the subcommands, down to a subcommand's own")
        func scripts() throws {
            for shell in ["bash", "zsh", "fish"] {
                let result = try BinaryRunner.run(["completions", shell])
                #expect(result.status == 0, "\(shell)")
                for name in ["request", "capacity", "report", "meeting", "backup", "restore", "completions", "approve", "burn"] {
                    #expect(result.stdout.contains(name), "\(shell) completes \(name)")
                }
            }
        }

        @Test("An unknown shell is refused, naming it")
        func unknownShell() throws {
            let result = try BinaryRunner.run(["completions", "tcsh"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("tcsh"))
        }
    }
}
