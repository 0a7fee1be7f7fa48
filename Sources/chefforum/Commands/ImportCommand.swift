import ArgumentParser
import ForumCore
import ForumStore
import Foundation

/// `chefforum import KIND FILE`: loads a finance extract, a budget or a case list, all or
/// nothing, with one audit event. CPR numbers become pseudonyms under the installation's key.
struct ImportCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a finance extract, budgets, a case list or configuration from a CSV file.",
        discussion: """
            Kinds: postings, budgets, requests, offers, waitinglist, users, sectors, subareas, laws, settings \
            (columns in docs/formats.md). A file with any bad line imports nothing; every problem is listed as \
            FILE:LINE:COLUMN and the exit status is 1. The same file twice, or postings of months already \
            imported, is refused unless --replace. CPR numbers are replaced by a keyed hash; the key is kept \
            in a file of its own (mode 0600), by default next to the database.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("What the file holds.", valueName: "kind"))
    var kind: ImportKind

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Flag(help: "Replace the earlier import of the same file, or of the same months of postings.")
    var replace = false

    @Flag(name: .customLong("allow-unmapped"), help: "Book postings on accounts no sub-area matches to the sub-area «unmapped».")
    var allowUnmapped = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "The pseudonymisation key file.",
        discussion: "Default: $CHEFFORUM_KEY, else the database's path with .key instead of .sqlite. Created (0600) if missing.",
        valueName: "path"))
    var key: String?

    func run() async throws {
        let session = try await Session.open(global, create: true)
        let keyFile = try PseudonymKey.loadOrCreate(at: keyPath)
        let (user, bootstrapping) = try await session.setupActor()
        if bootstrapping {
            if !quiet { Self.printError(session.text(Strings.firstAdministrator(user.login))) }
        } else if !quiet {
            session.warnIfUnknown()
        }
        let progress = quiet ? nil : ProgressLine(language: session.language)
        var onProgress: (@Sendable (ImportProgress) -> Void)?
        if let progress { onProgress = { progress.show($0) } }
        let clock = ContinuousClock()
        let start = clock.now
        let report: ImportReport
        do {
            report = try await session.backend.importFile(
                kind, from: ImportSource(path: file), key: keyFile,
                options: ImportOptions(replace: replace, allowUnmapped: allowUnmapped),
                context: session.context(as: user), progress: onProgress)
        } catch {
            progress?.clear()
            throw error
        }
        progress?.clear()
        guard !quiet else { return }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        print(Self.summary(report, milliseconds: milliseconds, session: session), terminator: "")
    }

    /// `--key`, else `CHEFFORUM_KEY`, else the database path with `.key` for its extension.
    private var keyPath: String { KeyFile.path(forDatabase: global.databasePath, explicit: key) }

    /// Lines, period, sum per sector and time, as the economist checks them against the finance system.
    static func summary(_ report: ImportReport, milliseconds: Int, session: Session) -> String {
        guard report.kind == .postings else {
            return session.text(Strings.importedRows(report.file, lines: report.lines, milliseconds: milliseconds)) + "\n"
                + (report.replaced.isEmpty ? "" : session.text(Strings.importReplaced(report.replaced)) + "\n")
        }
        var text = session.text(Strings.importedPostings(report.file, lines: report.lines, milliseconds: milliseconds))
        if let first = report.firstDay, let last = report.lastDay { text += ", " + session.text(Strings.importPeriod(first, last)) }
        text += "\n"
        var rows = report.totals.map { total in
            [total.sector?.rawValue ?? session.text(Strings.importUnmappedTotal), total.amount.formatted(.exact)]
        }
        let sum = report.totals.reduce(Money.zero) { $0 + $1.amount }
        rows.append([session.text(Strings.importTotal), sum.formatted(.exact)])
        text += TextTable(headers: [session.text(Strings.columnSector), session.text(Strings.importColumnAmount)], rows: rows, rightAligned: [1]).render(.table)
        if !report.replaced.isEmpty { text += session.text(Strings.importReplaced(report.replaced)) + "\n" }
        return text
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

extension ImportKind: ExpressibleByArgument {}
