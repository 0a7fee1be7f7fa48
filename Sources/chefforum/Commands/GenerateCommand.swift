import ArgumentParser
import ForumCore
import ForumStore
import Foundation

/// `chefforum generate`: a synthetic finance extract in the `postings` format, or a decision
/// queue (`requests`) or capacity board (`offers`) of any size, for load tests and `bench`.
/// Deterministic per seed; accounts, amounts and organisation follow the demo municipality.
struct GenerateCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate", abstract: Strings.generateAbstract, discussion: Strings.generateDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Strings.generatePostingsHelp, valueName: Strings.valueCount))
    var postings: Int?

    @Option(name: .long, help: ArgumentHelp(Strings.generateRequestsHelp, valueName: Strings.valueCount))
    var requests: Int?

    @Option(name: .long, help: ArgumentHelp(Strings.generateOffersHelp, valueName: Strings.valueCount))
    var offers: Int?

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

    func validate() throws {
        if [postings, requests, offers].compactMap({ $0 }).count != 1 {
            throw ValidationError(Strings.generateWhat.text(global.language))
        }
    }

    func run() async throws {
        if let requests {
            try write(try CaseFilesGenerator.requests(count: requests, seed: seed, year: year), rows: requests,
                      noun: Strings.generatedRequestsNoun)
            return
        }
        if let offers {
            try write(try CaseFilesGenerator.offers(count: offers, seed: seed), rows: offers, noun: Strings.generatedOffersNoun)
            return
        }
        let generator = try PostingsGenerator(plan: .skovby, lines: postings ?? 0, seed: seed, year: year,
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

    /// Writes a generated case file whole (created or replaced) and says so.
    private func write(_ text: String, rows: Int, noun: Phrase) throws {
        guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
            throw GenerateError.cannotWrite(path: out, reason: nil)
        }
        guard !quiet else { return }
        print(Strings.generatedRows(rows, noun: noun, path: out).text(global.language))
    }
}
