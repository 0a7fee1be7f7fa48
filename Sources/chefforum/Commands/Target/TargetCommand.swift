import ArgumentParser
import ForumCore

/// `chefforum target …`: the efficiency target of a year, its exact allocation to sectors and
/// each sector's progress on it (DOMAIN §13).
struct TargetCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "target", abstract: Strings.targetAbstract,
                             subcommands: [TargetSetCommand.self, TargetListCommand.self, TargetReportCommand.self])
    }
}

/// `chefforum target set`: sets a year's target, or changes the parts given of the one there is.
struct TargetSetCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: Strings.targetSetAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.targetYearHelp)) var year: Int?
    @Option(help: ArgumentHelp(Strings.targetAmountHelp)) var amount: String?
    @Option(help: ArgumentHelp(Strings.targetSectorsHelp)) var sectors: String?
    @Option(help: ArgumentHelp(Strings.targetNoteHelp)) var note: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let repository = session.repository
        let budgetYear = try await repository.settings().budgetYear
        let year = self.year ?? budgetYear
        let existing = try await repository.targets().first { $0.year == year }
        guard let money = try amount.map(Self.money) ?? existing?.amount, let split = try sectors.map(Self.split) ?? existing?.split
        else { throw CommandError.invalidArgument(Strings.targetNewNeeds) }
        let target: EfficiencyTarget
        do {
            target = try EfficiencyTarget(year: year, amount: money, split: split, note: note ?? existing?.note ?? "")
        } catch {
            throw CommandError.invalidArgument(Strings.targetBadOption("--amount", amount ?? "", error.phrase))
        }
        let stored = try await repository.setTarget(target, expectedVersion: existing?.version ?? 0, context: session.context())
        print(session.text(Strings.targetStored(stored.year, stored.version)))
        print(TargetTables.allocation([stored], session.language).render(.table), terminator: "")
    }

    static func money(_ text: String) throws -> Money {
        do {
            return try Money(parsing: text)
        } catch {
            throw CommandError.invalidArgument(Strings.targetBadOption("--amount", text, error.phrase))
        }
    }

    /// `BEV,BUF,VOK` is equal shares, `VOK` one sector, `BEV=3,BUF=2,VOK=1` weights (or percents).
    static func split(_ text: String) throws -> PaymentSplit {
        do {
            if text.contains("=") || text.contains(":") { return try PaymentSplit(parsing: text) }
            let codes = text.split(separator: ",").map { SectorCode(String($0).trimmed) }.filter { !$0.rawValue.isEmpty }
            return try EfficiencyTarget.equalShares(codes)
        } catch {
            throw CommandError.invalidArgument(Strings.targetBadOption("--sectors", text, error.phrase))
        }
    }
}

/// `chefforum target list`: every year's target with its allocation.
struct TargetListCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Strings.targetListAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let targets = try await session.repository.targets()
        if format == .json {
            try printJSON(targets.map(TargetJSON.init))
        } else {
            print(TargetTables.allocation(targets, session.language).render(format), terminator: "")
        }
    }
}

/// `chefforum target report`: each sector's part of the year's target, what it should have saved
/// by date, its realised saving (an estimate) and whether it is behind.
struct TargetReportCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: Strings.targetReportAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.targetYearHelp)) var year: Int?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let repository = session.repository
        let budgetYear = try await repository.settings().budgetYear
        let year = self.year ?? budgetYear
        guard let report = try await repository.targetReport(year: year) else {
            throw CommandError.failed(Strings.targetNone(year))
        }
        if format == .json {
            try printJSON(TargetReportJSON(report))
            return
        }
        if format == .table { print(session.text(Strings.targetReportHeading(year, through: report.through))) }
        print(TargetTables.progress(report, session.language).render(format), terminator: "")
    }
}
