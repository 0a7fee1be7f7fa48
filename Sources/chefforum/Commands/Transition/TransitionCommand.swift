import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum transition …`: the list of young people who may move to the adult area (DOMAIN §12).
struct TransitionCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "transition", abstract: Strings.transitionAbstract,
                             subcommands: [TransitionListCommand.self, TransitionShowCommand.self, TransitionSetCommand.self,
                                           TransitionImportCommand.self, TransitionSettingsCommand.self])
    }
}

/// `chefforum transition list` and `chefforum report transitions`: the youths by transition date.
struct TransitionListCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Strings.transitionListAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.transitionYearHelp)) var year: Int?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let budgetYear = try await session.repository.settings().budgetYear
        // One year when asked; else this budget year and the shadow budget's three.
        let years = year.map { [$0] } ?? Array(budgetYear...budgetYear + 3)
        let list = try await TransitionList.load(session.repository, years: years, today: SystemClock.today())
        if format == .json {
            try printJSON(list.lines.map(TransitionJSON.init))
        } else {
            print(list.table(format, session.language).render(format), terminator: "")
        }
    }
}

/// `chefforum report transitions`: the same list, under the reports.
struct ReportTransitionsCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "transitions", abstract: Strings.transitionListAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.transitionYearHelp)) var year: Int?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        var list = TransitionListCommand()
        list.global = global
        list.year = year
        list.format = format
        try await list.run()
    }
}

/// `chefforum transition show CASE`: every field, the flags, the expected amount of each month of
/// this year and the next, and the case's grants in the children's area now.
struct TransitionShowCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Strings.transitionShowAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.transitionCaseHelp)) var caseID: String

    func run() async throws {
        let session = try await Session.open(global)
        let repository = session.repository
        let today = SystemClock.today()
        guard let youth = try await repository.youths().first(where: { $0.caseID.rawValue == caseID }) else {
            throw CommandError.invalidArgument(Strings.transitionUnknownCase(caseID))
        }
        let t = session.text
        let requests = try await repository.requests().filter { $0.caseID == youth.caseID }
        let adult = TransitionInflow.adultGrantCases(requests, youths: [youth]).contains(youth.caseID)
        let flags = YouthFlag.flags(youth, today: today, settings: try await repository.transitionSettings(), hasAdultGrant: adult)
        print("\(youth.caseID)  \(youth.colour.glyph) \(t(youth.colour.phrase))  p = \(youth.probability)")
        print(t(Strings.transitionShowSectors(youth.childrenSector.rawValue, youth.receivingSector.rawValue,
                                              youth.transitionDate)))
        print(t(Strings.transitionShowMeasure(youth.expectedMeasure, youth.law, youth.annualCost)))
        print(t(Strings.transitionShowDiscussed(youth.lastDiscussed)))
        for flag in flags { print("! " + t(flag.phrase)) }
        let budgetYear = try await repository.settings().budgetYear
        let table = TextTable(
            headers: [t(Strings.colMonth)] + [budgetYear, budgetYear + 1].map(String.init),
            rows: (0..<12).map { index in
                [String(index + 1)] + [budgetYear, budgetYear + 1].map {
                    ExpectedTransition.byMonth(youth, year: $0)[index].formatted(.exact, unit: false)
                }
            } + [[t(Strings.colTotal)] + [budgetYear, budgetYear + 1].map { ExpectedTransition.total(youth, year: $0).formatted(.exact, unit: false) }],
            rightAligned: [1, 2])
        print(table.render(.table), terminator: "")
        let children = requests.filter { $0.status.isApproved && $0.currentSplit.sectors.contains(youth.childrenSector) && $0.amount.end >= today }
        print(t(Strings.transitionChildrenGrants(children.count)))
        for request in children {
            print("  \(request.id)  \(request.offer)  \(request.amount.perMonth.formatted())/md.  → \(request.amount.end.danish)")
        }
    }
}

/// `chefforum transition set CASE …`: adds a youth record for a known case, or changes the fields
/// given of the one there is.
struct TransitionSetCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: Strings.transitionSetAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.transitionCaseHelp)) var caseID: String
    @Option(help: ArgumentHelp(Strings.transitionBornHelp)) var born: String?
    @Option(help: ArgumentHelp(Strings.transitionChildrenHelp)) var children: String?
    @Option(help: ArgumentHelp(Strings.transitionReceivingHelp)) var receiving: String?
    @Option(help: ArgumentHelp(Strings.transitionFromHelp)) var from: String?
    @Option(help: ArgumentHelp(Strings.transitionColourHelp)) var colour: String?
    @Option(help: ArgumentHelp(Strings.transitionProbabilityHelp)) var probability: String?
    @Option(help: ArgumentHelp(Strings.transitionCostHelp)) var cost: String?
    @Option(help: ArgumentHelp(Strings.transitionMeasureHelp)) var measure: String?
    @Option(help: ArgumentHelp(Strings.transitionLawHelp)) var law: String?
    @Option(help: ArgumentHelp(Strings.transitionDiscussedHelp)) var discussed: String?
    @Option(help: ArgumentHelp(Strings.transitionHandedOverHelp)) var handedOver: String?
    @Option(help: ArgumentHelp(Strings.transitionClosedHelp)) var closed: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let repository = session.repository
        let existing = try await repository.youths().first { $0.caseID.rawValue == caseID }
        var youth: Youth
        if let existing {
            youth = existing
        } else {
            guard let born, let children, let receiving, let colour, let probability, let cost else {
                throw CommandError.invalidArgument(Strings.transitionNewNeeds)
            }
            youth = Youth(caseID: CaseID(caseID), birthDate: try Self.day("--born", born), childrenSector: SectorCode(children),
                          receivingSector: SectorCode(receiving), colour: try Self.colour(colour),
                          probability: try Self.probability(probability), annualCost: try Self.money(cost))
        }
        if let born { youth.birthDate = try Self.day("--born", born) }
        if let children { youth.childrenSector = SectorCode(children) }
        if let receiving { youth.receivingSector = SectorCode(receiving) }
        if let from { youth.transitionDate = try Self.day("--from", from) } else if existing == nil {
            youth.transitionDate = youth.birthDate.adding(months: 18 * 12)
        }
        if let colour { youth.colour = try Self.colour(colour) }
        if let probability { youth.probability = try Self.probability(probability) }
        if let cost { youth.annualCost = try Self.money(cost) }
        if let measure { youth.expectedMeasure = measure }
        if let law { youth.law = law }
        if let discussed { youth.lastDiscussed = try Self.day("--discussed", discussed) }
        if let handedOver { youth.handedOver = try Self.day("--handed-over", handedOver) }
        if let closed { youth.closed = try Self.day("--closed", closed) }
        let stored = try await repository.setYouth(youth, expectedVersion: existing?.version ?? 0, context: session.context())
        print(session.text(Strings.transitionStored(stored.caseID.rawValue, stored.version)))
    }

    private static func day(_ option: String, _ text: String) throws -> Day {
        do {
            return try Day(parsing: text)
        } catch {
            throw CommandError.invalidArgument(Strings.transitionBadOption(option, text, error.phrase))
        }
    }

    private static func money(_ text: String) throws -> Money {
        do {
            return try Money(parsing: text)
        } catch {
            throw CommandError.invalidArgument(Strings.transitionBadOption("--cost", text, error.phrase))
        }
    }

    private static func colour(_ text: String) throws -> YouthColour {
        do {
            return try YouthColour(parsing: text)
        } catch {
            throw CommandError.invalidArgument(Strings.transitionBadOption("--colour", text, error.phrase))
        }
    }

    private static func probability(_ text: String) throws -> Probability {
        do {
            return try Probability(parsing: text)
        } catch {
            throw CommandError.invalidArgument(Strings.transitionBadOption("--probability", text, error.phrase))
        }
    }
}

/// `chefforum transition import FILE`: `chefforum import youths FILE`, under the transitions.
struct TransitionImportCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: Strings.transitionImportAbstract)
    }
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.importFileHelp, valueName: Strings.valueFile)) var file: String
    @Flag(help: ArgumentHelp(Strings.importReplaceHelp)) var replace = false
    @Flag(help: ArgumentHelp(Strings.quietHelp)) var quiet = false

    func run() async throws {
        var command = try ImportCommand.parse([ImportKind.youths.rawValue, file])
        command.global = global
        command.replace = replace
        command.quiet = quiet
        try await command.run()
    }
}
