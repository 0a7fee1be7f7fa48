import ArgumentParser
import ForumCore

/// `chefforum transition settings`: shows the entry and handover ages, the net other inflow and
/// the shadow budget of the next three years; with options, the administrator changes them.
struct TransitionSettingsCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "settings", abstract: Strings.transitionSettingsAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.transitionEntryAgeHelp)) var entryAge: String?
    @Option(help: ArgumentHelp(Strings.transitionHandoverAgeHelp)) var handoverAge: String?
    @Option(help: ArgumentHelp(Strings.transitionOtherInflowHelp)) var otherInflow: [String] = []

    func run() async throws {
        let session = try await Session.open(global)
        let repository = session.repository
        var settings = try await repository.transitionSettings()
        if entryAge != nil || handoverAge != nil || !otherInflow.isEmpty {
            session.warnIfUnknown()
            if let entryAge { settings.entryAgeMonths = try Self.months("--entry-age", entryAge) }
            if let handoverAge { settings.handoverAgeMonths = try Self.months("--handover-age", handoverAge) }
            for text in otherInflow {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw CommandError.invalidArgument(Strings.transitionBadOption("--other-inflow", text, Strings.transitionOtherInflowForm))
                }
                do {
                    settings.netOtherInflow[SectorCode(parts[0].trimmed)] = try Money(parsing: parts[1])
                } catch {
                    throw CommandError.invalidArgument(Strings.transitionBadOption("--other-inflow", text, error.phrase))
                }
            }
            settings = try await repository.setTransitionSettings(settings, context: session.context())
        }
        let t = session.text
        print(t(Strings.transitionSettingsShown(settings.entryAgeMonths, settings.handoverAgeMonths)))
        let year = try await repository.settings().budgetYear
        let youths = try await repository.youths()
        let adult = TransitionInflow.adultGrantCases(try await repository.requests(), youths: youths)
        let sectors = Set(youths.map(\.receivingSector)).union(settings.netOtherInflow.keys).sorted()
        let rows = sectors.map { sector in
            let years = TransitionInflow.shadowBudget(youths, adultGrantCases: adult, sector: sector, after: year, settings: settings)
            return [sector.rawValue, (settings.netOtherInflow[sector] ?? .zero).formatted(.kroner, unit: false)]
                + years.map { $0.total.formatted(.kroner, unit: false) }
        }
        print(t(Strings.transitionShadowHeading))
        print(TextTable(headers: [t(Strings.colReceiving), t(Strings.colOtherInflow)] + (year + 1...year + 3).map(String.init),
                        rows: rows, rightAligned: [1, 2, 3, 4]).render(.table), terminator: "")
    }

    /// An age in years as people write it (`16`, `17,5`, `17½`) in whole months.
    private static func months(_ option: String, _ text: String) throws -> Int {
        let normalised = text.trimmed.replacingOccurrences(of: "½", with: ",5").replacingOccurrences(of: ".", with: ",")
        let parts = normalised.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let years = Int(parts[0]), years >= 0, years < 100 else {
            throw CommandError.invalidArgument(Strings.transitionBadOption(option, text, Strings.transitionAgeForm))
        }
        guard parts.count == 2 else { return years * 12 }
        // Tenths of a year become whole months only for halves and quarters: 17,5 is 17 years 6 months.
        switch parts[1] {
        case "0": return years * 12
        case "25": return years * 12 + 3
        case "5", "50": return years * 12 + 6
        case "75": return years * 12 + 9
        default: throw CommandError.invalidArgument(Strings.transitionBadOption(option, text, Strings.transitionAgeForm))
        }
    }
}
