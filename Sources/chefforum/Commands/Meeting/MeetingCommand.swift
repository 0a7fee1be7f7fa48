import ArgumentParser
import ForumCore

/// `chefforum meeting …`: the forum's meetings on the command line. Reading is for everyone;
/// the commands that change a meeting or its agenda are the chair's, as in the console.
struct MeetingCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "meeting", abstract: Strings.meetingAbstract,
            subcommands: [
                MeetingListCommand.self, MeetingShowCommand.self, MeetingOpenCommand.self, MeetingCloseCommand.self,
                MeetingPostponeCommand.self, MeetingAddItemCommand.self, MeetingReorderCommand.self,
            ])
    }
}

extension AgendaKey {
    /// An item as typed: its written form, or a bare request id.
    static func typed(_ text: String) throws -> AgendaKey {
        if let key = AgendaKey(parsing: text) { return key }
        guard !text.isEmpty, !text.contains(":"), !text.contains(where: \.isWhitespace) else {
            throw CommandError.invalidArgument(Strings.unreadableItem(text))
        }
        return .request(RequestID(text))
    }
}

extension Session {
    /// The meeting named, or the open one.
    func meeting(_ id: String?) async throws -> Meeting {
        if let id { return try await repository.meeting(MeetingID(id)) }
        guard let open = try await repository.currentMeeting() else { throw RepositoryError.noOpenMeeting }
        return open
    }
}

/// `chefforum meeting list [--format …]`.
struct MeetingListCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Strings.meetingListAbstract) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let meetings = try await session.repository.meetings()
        if format == .json {
            try printJSON(meetings.map(MeetingJSON.init))
            return
        }
        let t = session.text
        let names = Dictionary(try await session.repository.users().map { ($0.login, $0.name) }, uniquingKeysWith: { first, _ in first })
        let table = TextTable(
            headers: [Strings.colID, Strings.colDate, Strings.colStatus, Strings.colItems, Strings.colParticipants].map(t),
            rows: meetings.map { meeting in
                [meeting.id.rawValue, meeting.date.danish, t(Strings.meetingStatus(meeting.status)), String(meeting.items.count),
                 meeting.participants.map { names[$0] ?? $0 }.joined(separator: ", ")]
            },
            rightAligned: [3])
        print(table.render(format), terminator: "")
    }
}

/// `chefforum meeting show [MEETING] [--date DAY] [--format …]`.
struct MeetingShowCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: Strings.meetingShowAbstract) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.meetingIDHelp, valueName: Strings.valueMeeting)) var meeting: String?
    @Option(help: ArgumentHelp(Strings.meetingDateHelp, valueName: Strings.valueDay)) var date: String?
    @Option(help: ArgumentHelp(Strings.pageFormatHelp)) var format: PageFormat = .table

    func run() async throws {
        let session = try await Session.open(global)
        let day = try date.map { try Day(parsing: $0) } ?? SystemClock.today()
        var overview = try await session.repository.agendaOverview(date: day)
        if let meeting, overview.meeting?.id != MeetingID(meeting) {
            // A meeting held before: its agenda as it stood, without the draft's reasons or effect.
            let held = try await session.repository.meeting(MeetingID(meeting))
            overview = AgendaOverview.make(draft: AgendaDraft(date: held.date, entries: []), meeting: held, requests: [],
                                           snapshot: BudgetSnapshot(year: held.date.year, lastPostedMonth: nil, sectors: [:], subAreas: [:]),
                                           tolerance: .standard)
        }
        if format == .json {
            try printJSON(AgendaJSON(overview))
            return
        }
        print(VisibleText.escaped(AgendaText(overview: overview, language: session.language).render(format.tables),
                                  keepingWhitespace: true), terminator: "")
    }
}
