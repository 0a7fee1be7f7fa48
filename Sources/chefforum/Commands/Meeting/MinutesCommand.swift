import ArgumentParser
import ForumCore

/// How `chefforum minutes` writes the minutes.
enum MinutesOutput: String, ExpressibleByArgument, CaseIterable {
    case md, txt, html, json
}

/// `chefforum minutes [MEETING] [--format md|txt|html|json] [--lang en]`: the minutes as they were
/// written when the meeting closed, in Danish unless asked otherwise.
struct MinutesCommand: AsyncParsableCommand, CarriesGlobalOptions {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "minutes", abstract: Strings.minutesAbstract) }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Strings.minutesMeetingHelp, valueName: Strings.valueMeeting)) var meeting: String?
    @Option(help: ArgumentHelp(Strings.minutesFormatHelp)) var format: MinutesOutput = .md

    func run() async throws {
        let session = try await Session.open(global)
        let id: MeetingID
        if let meeting {
            id = MeetingID(meeting)
            let held = try await session.repository.meeting(id)
            if held.isOpen { throw CommandError.failed(Strings.minutesNotYet(id.rawValue)) }
        } else {
            guard let last = try await session.repository.meetings().first(where: { !$0.isOpen }) else {
                throw CommandError.failed(Strings.noClosedMeeting)
            }
            id = last.id
        }
        let minutes = try await session.repository.minutes(id)
        let text: MinutesFormat
        switch format {
        case .json: return try printJSON(MinutesJSON(minutes))
        case .md: text = .md
        case .txt: text = .txt
        case .html: text = .html
        }
        // Conditions and explanations are stored text: terminal controls in them are shown as their code.
        print(VisibleText.escaped(minutes.write(text, language: session.language), keepingWhitespace: true), terminator: "")
    }
}
