import ArgumentParser
import ForumCore

/// `chefforum capacity …`: the capacity board for scripts and for those who prefer the command
/// line. The same permissions as the console, from the OS login.
struct CapacityCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "capacity", abstract: Strings.capacityAbstract,
            subcommands: [
                CapacityListCommand.self, CapacityShowCommand.self, CapacityAllocateCommand.self, CapacityEndCommand.self,
                CapacityWaitCommand.self,
            ])
    }
}

extension Session {
    /// The board of today, every offer.
    func board() async throws -> [OfferStatus] {
        OfferStatus.board(try await repository.offers(), waiting: try await repository.waitingLists(), today: SystemClock.today())
    }

    /// One offer's line of the board, or `offerNotFound`.
    func offerStatus(_ id: String) async throws -> OfferStatus {
        let offerID = OfferID(id)
        guard let offer = try await repository.offers().first(where: { $0.id == offerID }) else {
            throw RepositoryError.offerNotFound(offerID)
        }
        return OfferStatus(offer: offer, waiting: try await repository.waitingList(offerID), today: SystemClock.today())
    }
}

/// `chefforum capacity list [--filter QUERY] [--format …]`.
struct CapacityListCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Strings.capacityListAbstract,
                             discussion: Strings.capacityListDiscussion)
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.capacityFilterHelp)) var filter: String?
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let query = try CapacityQuery(parsing: filter ?? "", sectors: try await session.repository.sectors().map(\.code))
        let board = try await session.board().filter(query.matches)
        let today = SystemClock.today()
        if format == .json {
            try printJSON(board.map { OfferJSON($0, today: today) })
            return
        }
        let t = session.text
        let cells = NumberCells(format, session.language)
        // The quota is `used/reserved` for people; CSV gives each number a column of its own.
        let quotaHeadings = cells.plain ? [t(Strings.colQuotaUsed), t(Strings.colQuota)] : [t(Strings.colQuota)]
        let table = TextTable(
            headers: [Strings.colID, Strings.colName, Strings.colSector, Strings.colProvider, Strings.colUnit,
                      Strings.colCapacity, Strings.colOccupied, Strings.colFree].map(t) + quotaHeadings
                + [t(Strings.colFreeForOthers), t(Strings.colWaiting), cells.heading(Strings.colLongestWait, .days),
                   cells.heading(Strings.colPrice, .ore), t(Strings.colStatus)],
            rows: board.map { status in
                let occupancy = status.occupancy
                let quota = cells.plain ? [String(occupancy.quotaUsed), String(occupancy.quota)]
                    : ["\(occupancy.quotaUsed)/\(occupancy.quota)"]
                return [status.offer.id.rawValue, status.offer.name, status.offer.sector.rawValue,
                        t(Strings.provider(status.offer.provider)), t(Strings.unit(status.offer.unit)),
                        String(occupancy.capacity), String(occupancy.occupied), String(occupancy.free)] + quota
                    + [String(occupancy.freeForOthers), String(status.waiting.count), status.longestWaitDays.map(cells.days) ?? "",
                       cells.kroner(status.offer.tariff.total), CapacityText.flags(occupancy, t)]
            },
            // The console's narrow board, and the id `capacity show` takes.
            rightAligned: [5, 6, 7, 8, 9, 10, 11, 12], keptWhenNarrow: [0, 1, 6, 7, 8, 10, 11, 13])
        print(table.render(format), terminator: "")
        if format == .table {
            print(t(Strings.boardSummary(offers: board.count, capacity: board.reduce(0) { $0 + $1.occupancy.capacity },
                                         occupied: board.reduce(0) { $0 + $1.occupancy.occupied },
                                         waiting: board.reduce(0) { $0 + $1.waiting.count })))
        }
    }
}

/// `chefforum capacity show OFFER [--format table|json]`.
struct CapacityShowCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Strings.capacityShowAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.capacityOfferHelp, valueName: Strings.valueOffer)) var offer: String
    @Option(help: ArgumentHelp(Strings.pageFormatHelp)) var format: PageFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let status = try await session.offerStatus(offer)
        let today = SystemClock.today()
        if format == .json {
            try printJSON(OfferJSON(status, today: today))
        } else {
            // Names and notes are stored text: terminal controls in them are shown as their code.
            let text = CapacityText(status: status, today: today, language: session.language).render(format.tables)
            print(VisibleText.escaped(text, keepingWhitespace: true), terminator: "")
        }
    }
}
