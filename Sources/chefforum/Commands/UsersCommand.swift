import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum users list|add|remove`: who may use the database, in which role.
struct UsersCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "users", abstract: Strings.usersAbstract, subcommands: [List.self, Add.self, Remove.self])
    }

    struct List: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Strings.usersListAbstract) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(Strings.formatHelp)) var format: OutputFormat = .table

        func run() async throws {
            let session = try await Session.open(global)
            let users = try await session.repository.users()
            if format == .json {
                try printJSON(users.map(UserJSON.init))
                return
            }
            let table = TextTable(
                headers: [Strings.columnLogin, Strings.columnName, Strings.columnRoles, Strings.columnSector].map(session.text),
                rows: users.map { user in
                    [user.login, user.name, user.sortedRoles.map { session.text(Strings.role($0)) }.joined(separator: ", "),
                     user.sector?.rawValue ?? ""]
                })
            print(table.render(format), terminator: "")
        }
    }

    struct Add: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Strings.usersAddAbstract, discussion: Strings.usersAddDiscussion)
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Strings.usersLoginHelp)) var login: String
        @Option(help: ArgumentHelp(Strings.usersNameHelp, valueName: Strings.valueName)) var name: String
        @Option(name: .customLong("role"), help: ArgumentHelp(Strings.usersRoleHelp, valueName: Strings.valueRole)) var roles: [String]
        @Option(help: ArgumentHelp(Strings.usersSectorHelp, valueName: Strings.valueSector)) var sector: String?

        func run() async throws {
            let session = try await Session.open(global)
            var parsed = Set<Role>()
            for text in roles.flatMap({ $0.split(separator: ",").map(String.init) }) {
                guard let role = Role(name: text) else { throw CommandError.invalidArgument(Strings.unknownRole(text)) }
                parsed.insert(role)
            }
            guard !parsed.isEmpty else { throw CommandError.invalidArgument(Strings.unknownRole("")) }
            let user = User(login: login, name: name, roles: parsed, sector: sector.map { SectorCode($0) })
            let (actor, bootstrapping) = try await session.setupActor()
            if bootstrapping { print(session.text(session.firstAdministrator(session.user.login))) }
            try await session.repository.addUser(user, context: session.context(as: actor))
            print(session.text(Strings.userAdded(login)))
        }
    }

    struct Remove: AsyncParsableCommand, CarriesGlobalOptions {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Strings.usersRemoveAbstract) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Strings.usersRemoveLoginHelp)) var login: String

        func run() async throws {
            let session = try await Session.open(global)
            try await session.repository.removeUser(login: login, context: session.context())
            print(session.text(Strings.userRemoved(login)))
        }
    }
}

/// A user in `--format json`: stable English keys.
struct UserJSON: Encodable {
    let login: String
    let name: String
    let roles: [String]
    let sector: String?

    init(_ user: User) {
        login = user.login
        name = user.name
        roles = user.sortedRoles.map(\.rawValue)
        sector = user.sector?.rawValue
    }
}
