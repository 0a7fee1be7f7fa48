import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum generate`: a synthetic finance extract in the `postings` format, for import load
/// tests. Deterministic per seed; the accounts and amounts follow the demo municipality.
struct GenerateCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate", abstract: Strings.generateAbstract, discussion: Strings.generateDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Strings.generatePostingsHelp, valueName: Strings.valueCount))
    var postings: Int

    @Option(name: .long, help: ArgumentHelp(Strings.generateOutHelp, valueName: Strings.valueFile))
    var out: String

    @Option(name: .long, help: ArgumentHelp(Strings.generateSeedHelp, valueName: Strings.valueSeed))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(Strings.generateYearHelp, valueName: Strings.valueYear))
    var year: Int = 2026

    @Option(name: .customLong("through-month"),
            help: ArgumentHelp(Strings.generateThroughMonthHelp, valueName: Strings.valueMonth))
    var throughMonth: Int = 11

    @Flag(name: .long, help: ArgumentHelp(Strings.quietHelp))
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
