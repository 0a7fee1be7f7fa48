import ArgumentParser
import ForumCore
import ForumStore
import Foundation

/// `chefforum import KIND FILE`: loads a finance extract, a budget or a case list, all or
/// nothing, with one audit event. CPR numbers become pseudonyms under the installation's key.
struct ImportCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: Strings.importAbstract, discussion: Strings.importDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Strings.importKindHelp, valueName: Strings.valueKind))
    var kind: ImportKind

    @Argument(help: ArgumentHelp(Strings.importFileHelp, valueName: Strings.valueFile))
    var file: String

    @Flag(help: ArgumentHelp(Strings.importReplaceHelp))
    var replace = false

    @Flag(name: .customLong("allow-unmapped"), help: ArgumentHelp(Strings.importAllowUnmappedHelp))
    var allowUnmapped = false

    @Flag(help: ArgumentHelp(Strings.quietHelp))
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(Strings.importKeyHelp, discussion: Strings.importKeyDiscussion, valueName: Strings.valuePath))
    var key: String?

    func run() async throws {
        let session = try await Session.open(global, create: true)
        let (user, bootstrapping) = try await session.setupActor()
        // Refused before the key is touched: someone who may not import leaves no key file behind.
        try CommandRules.importFile(context: session.context(as: user))
        let keyFile = try PseudonymKey.loadOrCreate(at: keyPath)
        if bootstrapping {
            if !quiet { Self.printError(session.text(session.firstAdministrator(user.login))) }
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
        // The trail's point after this import, for safekeeping outside the database (`audit verify --anchor`).
        let anchor = AuditAnchor(newest: try await session.backend.auditEvents(AuditFilter(limit: 1)).first)
        print(session.text(Strings.importAnchor(anchor.description)))
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
