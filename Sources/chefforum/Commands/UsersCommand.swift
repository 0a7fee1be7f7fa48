import ArgumentParser
import ForumCore
import ForumStore

/// `chefforum users list|add|remove`: who may use the database, in which role.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List, add or remove users (adding and removing: administrators only).",
        subcommands: [List.self, Add.self, Remove.self])

    struct List: AsyncParsableCommand, CarriesGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "List the users.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Output format: table, csv, json or md.") var format: OutputFormat = .table

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
        static let configuration = CommandConfiguration(
            abstract: "Add a user.",
            discussion: "Roles: fagchef/chief, leder/leader, økonom/economist, formand/chair, administrator, læser/reader. "
                + "The first user of a database without administrators may be added by the owner of the file.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person's operating-system login.") var login: String
        @Option(help: "Full name.") var name: String
        @Option(name: .customLong("role"), help: "A role; repeat for several.") var roles: [String]
        @Option(help: "Sector code, for a chief or leader.") var sector: String?

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
            if bootstrapping { print(session.text(Strings.firstAdministrator(session.user.login))) }
            try await session.repository.addUser(user, context: session.context(as: actor))
            print(session.text(Strings.userAdded(login)))
        }
    }

    struct Remove: AsyncParsableCommand, CarriesGlobalOptions {
        static let configuration = CommandConfiguration(abstract: "Remove a user.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The login to remove.") var login: String

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
