import ArgumentParser
import Foundation
import ForumCore
import ForumStore

/// `chefforum audit list|verify`: the hash-chained audit trail.
struct AuditCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit", abstract: Strings.auditAbstract, subcommands: [List.self, Verify.self, Anchor.self])
    }

    struct List: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Strings.auditListAbstract) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(Strings.auditActorHelp, valueName: Strings.valueLogin)) var actor: String?
        @Option(help: ArgumentHelp(Strings.auditActionHelp, valueName: Strings.valueAction)) var action: String?
        @Option(help: ArgumentHelp(Strings.auditEntityHelp, valueName: Strings.valueEntity)) var entity: String?
        @Option(help: ArgumentHelp(Strings.auditSinceHelp, valueName: Strings.valueDay)) var since: String?
        @Option(help: ArgumentHelp(Strings.auditLimitHelp, valueName: Strings.valueCount)) var limit: Int = 50
        @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

        func run() async throws {
            let session = try await Session.open(global)
            var sinceTime: Timestamp?
            if let since {
                let day = try Day(parsing: since)
                sinceTime = Timestamp(secondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400 - 3_600)
            }
            guard limit > 0 else { throw CommandError.invalidArgument(Strings.limitMustBePositive) }
            let events = try await session.backend.auditEvents(
                AuditFilter(actor: actor, action: action, entity: entity, since: sinceTime, limit: limit))
            if format == .json {
                try printJSON(events.map(AuditEventJSON.init))
                return
            }
            let table = TextTable(
                headers: [Strings.columnSeq, Strings.columnTime, Strings.columnActor, Strings.columnAction,
                          Strings.columnEntity, Strings.columnChange].map(session.text),
                rows: events.map { event in
                    [String(event.seq), event.at.danishLocal, "\(event.actorLogin) (\(event.actorRoles))", event.action,
                     event.entity, Self.change(event)]
                },
                rightAligned: [0], uncut: [0, 1])
            print(table.render(format), terminator: "")
        }

        /// `before → after`, shortened to fit a terminal line.
        static func change(_ event: AuditEvent) -> String {
            let text = [event.before, event.after].map { $0 ?? "–" }.joined(separator: " → ")
            return text.count > 100 ? String(text.prefix(99)) + "…" : text
        }
    }

    struct Verify: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Strings.auditVerifyAbstract) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(Strings.auditAnchorHelp, valueName: Strings.valueAnchor)) var anchor: String?

        func run() async throws {
            let expected = try anchor.map { text in
                guard let anchor = AuditAnchor(parsing: text) else { throw CommandError.invalidArgument(Strings.badAnchor(text)) }
                return anchor
            }
            let session = try await Session.open(global)
            switch try await session.backend.verifyAudit() {
            case .intact(let count):
                if let expected {
                    let event = expected.seq == 0 ? nil : try await session.backend.auditEvent(seq: expected.seq)
                    if expected.seq > count || AuditAnchor(seq: expected.seq, hash: event?.hash ?? AuditLog.genesisHash) != expected {
                        throw CommandError.failed(Strings.anchorMissing(expected.description, count: count))
                    }
                }
                print(session.text(Strings.auditIntact(count)))
            case .broken(let seq, let reason):
                throw CommandError.failed(Strings.auditBroken(seq: seq, reason: reason))
            case .damaged(let detail):
                throw CommandError.failed(Strings.databaseDamaged(detail))
            }
        }
    }

    /// `audit anchor`: the newest event's hash and number, to keep outside the database.
    struct Anchor: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Strings.auditAnchorAbstract) }
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let session = try await Session.open(global)
            print(AuditAnchor(newest: try await session.backend.auditEvents(AuditFilter(limit: 1)).first))
        }
    }
}

/// An audit event in `--format json`.
struct AuditEventJSON: Encodable {
    let seq: Int64
    let at: String
    let actor: String
    let roles: [String]
    let action: String
    let entity: String
    let before: String?
    let after: String?
    let hash: String

    init(_ event: AuditEvent) {
        seq = event.seq
        at = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(event.at.secondsSinceEpoch)))
        actor = event.actorLogin
        roles = event.actorRoles.split(separator: ",").map(String.init)
        action = event.action
        entity = event.entity
        before = event.before
        after = event.after
        hash = event.hash
    }
}
