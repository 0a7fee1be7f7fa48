import ArgumentParser
import ForumCore
import ForumStore
import ForumTUI
import Foundation

/// `chefforum bench`: the speed figures of docs/performance.md, measured side by side in one
/// run on data from `chefforum generate`, in a temporary folder that is removed afterwards.
///
/// Every program it times runs as a process of its own, so its peak memory and CPU time come
/// from the kernel. The console is measured headless (`ConsoleBenchmark`): the same loop,
/// screens and frame diff as on a terminal, without the terminal.
struct BenchCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "bench", abstract: Strings.benchAbstract, discussion: Strings.benchDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Strings.benchPostingsHelp, valueName: Strings.valueCount))
    var postings = 1_000_000

    @Option(name: .long, help: ArgumentHelp(Strings.benchRequestsHelp, valueName: Strings.valueCount))
    var requests = 10_000

    @Option(name: .long, help: ArgumentHelp(Strings.benchOffersHelp, valueName: Strings.valueCount))
    var offers = 1_000

    @Option(name: .long, help: ArgumentHelp(Strings.benchFormatHelp))
    var format: BenchFormat = .table

    /// The console measurements, run by the benchmark in a process of its own.
    @Option(name: .customLong("console-part"), help: .hidden)
    var consolePart: BenchConsolePart?

    func validate() throws {
        guard (1...PostingsGenerator.maximumLines).contains(postings), (1...CaseFilesGenerator.maximumRows).contains(requests),
              (1...CaseFilesGenerator.maximumRows).contains(offers) else {
            throw ValidationError(Strings.benchCounts.text(global.language))
        }
    }

    func run() async throws {
        if let consolePart {
            try await BenchConsole.run(consolePart, global: global)
            return
        }
        let figures = try await BenchRun(postings: postings, requests: requests, offers: offers,
                                         language: global.language).measure()
        switch format {
        case .table: print(figures.table(global.language), terminator: "")
        case .json: try printJSON(figures)
        }
    }
}

enum BenchFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// What a console process of the benchmark measures.
enum BenchConsolePart: String, ExpressibleByArgument, CaseIterable {
    /// Start, then exit at screen 1's first full frame.
    case queueFrame = "queue-frame"
    /// Start, key `3`, then exit at screen 3's first full frame.
    case budgetFrame = "budget-frame"
    /// Key-to-frame times on screens 1 and 2, printed as JSON.
    case keys
    /// CPU time of an idle console over five seconds, printed as JSON.
    case idle
}
