import ArgumentParser
import ForumCore

/// `chefforum meeting open --participants a,b [--date DAY]`: opens the meeting on the draft as it is.
struct MeetingOpenCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "open", abstract: Strings.meetingOpenAbstract) }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.meetingParticipantsHelp, valueName: Strings.valueLogins)) var participants: String
    @Option(help: ArgumentHelp(Strings.meetingDateHelp, valueName: Strings.valueDay)) var date: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let day = try date.map { try Day(parsing: $0) } ?? SystemClock.today()
        let draft = try await session.repository.draftAgenda(date: day)
        let meeting = try await session.repository.openMeeting(
            date: day, participants: participants.split(separator: ",").map(String.init), agenda: draft, context: session.context())
        print(session.text(Strings.meetingOpened(meeting.id.rawValue, items: meeting.items.count)))
    }
}

/// `chefforum meeting close [MEETING]`.
struct MeetingCloseCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "close", abstract: Strings.meetingCloseAbstract) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.meetingIDHelp, valueName: Strings.valueMeeting)) var meeting: String?

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let id = try await session.meeting(meeting).id
        let closed = try await session.repository.closeMeeting(id, context: session.context(meeting: id.rawValue))
        print(session.text(Strings.meetingClosedDone(id.rawValue, done: closed.done.count,
                                                     postponed: closed.items.count - closed.done.count)))
    }
}

/// `chefforum meeting postpone ITEM [--date DAY]`.
struct MeetingPostponeCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "postpone", abstract: Strings.meetingPostponeAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.meetingItemHelp, valueName: Strings.valueItem)) var item: String
    @Option(help: ArgumentHelp(Strings.meetingDateHelp, valueName: Strings.valueDay)) var date: String?

    func run() async throws {
        let key = try AgendaKey.typed(item)
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let day = try date.map { try Day(parsing: $0) } ?? SystemClock.today()
        let open = try await session.repository.currentMeeting()
        let draft = try await session.repository.draftAgenda(date: open?.date ?? day)
        _ = try await session.repository.postpone(key, draft: draft, context: session.context(meeting: open?.id.rawValue))
        print(session.text(Strings.itemPostponed(key.description, inMeeting: open?.item(key) != nil)))
    }
}

/// `chefforum meeting add-item --title TEXT [--text TEXT]`.
struct MeetingAddItemCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add-item", abstract: Strings.meetingAddItemAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Strings.meetingTitleHelp, valueName: Strings.valueText)) var title: String
    @Option(help: ArgumentHelp(Strings.meetingTextHelp, valueName: Strings.valueText)) var text: String = ""

    func run() async throws {
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let item = try await session.repository.addFreeItem(title: title, text: text, context: session.context())
        print(session.text(Strings.itemAdded(AgendaKey.free(item.id).description)))
    }
}

/// `chefforum meeting reorder ITEM --to N [--date DAY]`.
struct MeetingReorderCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reorder", abstract: Strings.meetingReorderAbstract)
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.meetingItemHelp, valueName: Strings.valueItem)) var item: String
    @Option(help: ArgumentHelp(Strings.meetingPositionHelp, valueName: Strings.valuePosition)) var to: Int
    @Option(help: ArgumentHelp(Strings.meetingDateHelp, valueName: Strings.valueDay)) var date: String?

    func run() async throws {
        let key = try AgendaKey.typed(item)
        let session = try await Session.open(global)
        session.warnIfUnknown()
        let day = try date.map { try Day(parsing: $0) } ?? SystemClock.today()
        let draft = try await session.repository.draftAgenda(date: day)
        _ = try await session.repository.reorder(key, to: to, draft: draft, context: session.context())
        print(session.text(Strings.itemMoved(key.description, to)))
    }
}
