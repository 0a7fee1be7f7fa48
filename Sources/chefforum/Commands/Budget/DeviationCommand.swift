import ArgumentParser
import ForumCore

/// `chefforum deviation note`: a sector's (or with `--sub-area` one of its sub-areas') explanation,
/// action plan and owner for a month.
struct DeviationCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deviation", abstract: Strings.deviationAbstract,
                             subcommands: [DeviationNoteCommand.self])
    }
}

extension DeviationStatus: ExpressibleByArgument {}

struct DeviationNoteCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "note", abstract: Strings.deviationNoteAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.reportSectorHelp)) var sector: String
    @Option(help: ArgumentHelp(Strings.deviationSubAreaHelp, valueName: Strings.valueSubArea)) var subArea: String?
    @Option(help: ArgumentHelp(Strings.reportMonthHelp, valueName: Strings.valueMonth)) var month: String?
    @Option(help: ArgumentHelp(Strings.deviationExplanationHelp)) var explanation: String
    @Option(help: ArgumentHelp(Strings.deviationPlanHelp)) var plan: String
    @Option(help: ArgumentHelp(Strings.deviationOwnerHelp, valueName: Strings.valueLogin)) var owner: String
    @Option(help: ArgumentHelp(Strings.deviationStatusHelp)) var status: DeviationStatus?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let repository = session.repository
        let settings = try await repository.settings()
        let month = try await chosenMonth(month, settings: settings, repository: repository)
        guard try await repository.user(login: owner) != nil else {
            throw CommandError.invalidArgument(Strings.deviationUnknownOwner(owner))
        }
        let code = SectorCode(sector)
        let existing = try await repository.deviationNotes(year: month.year).first { $0.isFor(code, subArea: subArea, month: month) }
        let note = DeviationNote(sector: code, subArea: subArea, month: month, explanation: explanation, actionPlan: plan, owner: owner,
                                 status: status ?? existing?.status ?? .explained, version: existing?.version ?? 0)
        let stored = try await repository.writeDeviationNote(note, context: session.context())
        print(session.text(Strings.deviationNoteStored(stored.line, month.description, stored.status.phrase)))
    }
}
