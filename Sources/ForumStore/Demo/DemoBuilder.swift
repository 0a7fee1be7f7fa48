import Foundation
import ForumCore

/// What the demo builder needs of a fresh store beside the import.
public protocol DemoTarget: Sendable {
    /// Stores the demo's settings, marking the store as a demo, and appends the `demo.create`
    /// event: first, so that a build that is interrupted can be built again.
    func beginDemo(_ settings: ForumSettings, context: CommandContext) async throws
    /// Makes `user` the forum's chair with `user`'s roles added to any the store already gives
    /// that login (in the demo only), appending the `user.add` event.
    func installDemoChair(_ user: User, context: CommandContext) async throws
}

/// Builds the demo municipality, Skovby Kommune, into a fresh store from its CSV files (built
/// into the program, or a folder of one's own) — through the same import as real files, so the
/// demo proves the import — plus the demo's finance postings from the deterministic generator.
public enum DemoBuilder {
    /// The demo's files, in the order their references need.
    static let files: [(ImportKind, String)] = [
        (.settings, "settings.csv"), (.sectors, "sectors.csv"), (.subareas, "subareas.csv"), (.laws, "laws.csv"),
        (.users, "users.csv"), (.budgets, "budgets.csv"), (.offers, "offers.csv"), (.waitinglist, "waitinglist.csv"),
        (.placements, "placements.csv"), (.requests, "requests.csv"), (.youths, "youths.csv"),
    ]

    /// What a build reports along the way: the file being imported.
    public typealias Progress = @Sendable (String) -> Void

    /// Builds the demo into `store` (fresh: the backend removed any earlier demo) and makes
    /// `login` the forum's chair with every role — in the demo store only.
    ///
    /// - Parameters:
    ///   - dataDirectory: a folder holding `settings.csv` and the other demo files to use instead
    ///     of those built into the program (nil: the built-in ones).
    ///   - keyPath: the pseudonymisation key file (created if missing).
    public static func build(into store: some FileImporter & DemoTarget, dataDirectory: String?, keyPath: String,
                             login: String, name: String, at now: Timestamp, today: Day,
                             progress: Progress? = nil) async throws {
        let key = try PseudonymKey.loadOrCreate(at: keyPath)
        let builder = User(login: login, name: name, roles: Set(Role.allCases).subtracting([.reader]))
        let context = CommandContext(user: builder, at: now, today: today)

        try await store.beginDemo(ForumSettings(municipality: "Skovby Kommune", budgetYear: today.year, policy: .assens),
                                  context: context)
        for (kind, file) in files {
            progress?(file)
            if let dataDirectory {
                _ = try await store.importFile(kind, from: ImportSource(path: dataDirectory + "/" + file), key: key, context: context)
                continue
            }
            // The built-in files hold (fictional) CPR numbers: they pass through a file with no
            // name, as the postings do, so nothing of them is left behind in /tmp.
            let embedded = try UnnamedFile(in: FileManager.default.temporaryDirectory.path)
            try embedded.write(DemoFiles.embedded(file) ?? [])
            _ = try await store.importFile(kind, from: ImportSource(path: embedded.path, name: "skovby/" + file), key: key,
                                           context: context)
            withExtendedLifetime(embedded) {}
        }

        progress?("postings")
        let postings = try UnnamedFile(in: FileManager.default.temporaryDirectory.path)
        _ = try PostingsGenerator.skovbyDemo().write { chunk throws(GenerateError) in try postings.write(chunk) }
        _ = try await store.importFile(.postings, from: ImportSource(path: postings.path, name: "skovby-postings-2026.csv"),
                                       key: key, context: context)
        withExtendedLifetime(postings) {}

        try await store.installDemoChair(builder, context: context)
    }
}
