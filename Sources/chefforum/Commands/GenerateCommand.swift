import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum generate`: a synthetic finance extract in the `postings` format, for import load
/// tests. Deterministic per seed; the accounts and amounts follow the demo municipality.
struct GenerateCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic finance extract (postings) for load tests.",
        discussion: """
            The lines follow Skovby Kommune's chart of accounts and spend its amounts for the year \
            exactly, whatever the number of lines: more lines make smaller postings. The same seed \
            gives the same file, byte for byte.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Number of posting lines.", valueName: "n"))
    var postings: Int

    @Option(name: .long, help: ArgumentHelp("The file to write (replaced if it exists).", valueName: "file"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Seed of the pseudo-random generator.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Budget year of the postings.", valueName: "year"))
    var year: Int = 2026

    @Option(name: .customLong("through-month"),
            help: ArgumentHelp("Last month of the extract (1–12); it starts in January.", valueName: "month"))
    var throughMonth: Int = 11

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() async throws {
        let generator = try PostingsGenerator(plan: .skovby, lines: postings, seed: seed, year: year,
                                              throughMonth: throughMonth)
        let clock = ContinuousClock()
        let start = clock.now
        let summary = try generator.write(toFile: out)
        let elapsed = clock.now - start
        guard !quiet else { return }
        let milliseconds = Int(elapsed.components.seconds) * 1000
            + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        print(Strings.generated(lines: summary.lines, distinctCPR: summary.distinctCPR, total: summary.total,
                                path: out, milliseconds: milliseconds).text(global.language))
    }
}
