import ForumCore
import ForumTUI
import Foundation

/// The console's part of `chefforum bench`, in a process of its own so that its peak memory and
/// start-up are the console's alone. It works as the forum's chair at 120×40.
enum BenchConsole {
    static let size = Size(width: 120, height: 40)
    static let chair = "klmik"

    /// Key-to-frame times of one kind of key press on one screen, in milliseconds.
    struct KeyFigures: Codable {
        let screen: String
        let keys: String
        let presses: Int
        let medianMS: Double
        let p99MS: Double
        let maximumMS: Double

        enum CodingKeys: String, CodingKey {
            case screen, keys, presses
            case medianMS = "median_ms", p99MS = "p99_ms", maximumMS = "max_ms"
        }
    }

    @MainActor
    static func run(_ part: BenchConsolePart, global: GlobalOptions) async throws {
        let session = try await Session.open(global)
        guard let user = try await session.repository.user(login: chair) else {
            throw CommandError.failed(Strings.benchNoChair(chair))
        }
        let today = SystemClock.today()
        switch part {
        case .queueFrame:
            await ConsoleBenchmark.firstFullFrame(repository: session.repository, user: user, today: today, size: size, screen: nil)
        case .budgetFrame:
            await ConsoleBenchmark.firstFullFrame(repository: session.repository, user: user, today: today, size: size, screen: "3")
        case .keys:
            var figures: [KeyFigures] = []
            for (screen, name) in [(Character("1"), "queue"), (Character("2"), "capacity")] {
                let times = await ConsoleBenchmark.keyTimes(repository: session.repository, user: user, today: today,
                                                            size: size, screen: screen, scripts: scripts)
                figures += times.map { KeyFigures(screen: name, keys: $0.name, samples: $0.samples) }
            }
            try printJSON(figures)
        case .idle:
            let cpu = await ConsoleBenchmark.idleCPU(repository: session.repository, user: user, today: today, size: size,
                                                     duration: .seconds(5))
            print(milliseconds(cpu))
        }
    }

    /// What is pressed, as a person browses a long list: the selection moved, pages turned, a
    /// filter typed and cleared, the sort changed.
    static let scripts: [(name: String, keys: [Key], rounds: Int)] = [
        ("move", [.down], 300),
        ("page", [.pageDown], 40),
        ("filter", [.character("/"), .character("s"), .character("k"), .character("o"), .enter, .escape], 10),
        ("sort", [.character("s")], 30),
    ]

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

extension BenchConsole.KeyFigures {
    init(screen: String, keys: String, samples: [Duration]) {
        let sorted = samples.sorted()
        func at(_ fraction: Double) -> Double {
            BenchConsole.milliseconds(sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded(.up)))])
        }
        self.init(screen: screen, keys: keys, presses: samples.count, medianMS: at(0.5), p99MS: at(0.99),
                  maximumMS: at(1))
    }
}
