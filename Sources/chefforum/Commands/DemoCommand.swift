import ArgumentParser
import ForumCore

/// `chefforum demo`: the console on a fresh demo municipality. Storage and the console are
/// being built; until they land, the command says so plainly.
struct DemoCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the console on a fresh demo municipality (Skovby Kommune).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        print(global.language == .english
              ? "chefforum: the console is not built yet; see README.md."
              : "chefforum: konsollen er ikke bygget endnu; se README.md.")
    }
}
