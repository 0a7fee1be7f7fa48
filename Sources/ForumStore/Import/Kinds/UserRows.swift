import ForumCore

/// `users`: login, name, roles (comma-separated, Danish or English) and the sector of a chief
/// or leader. A chief must have a sector: without one they are chief of nothing.
struct UserRows: RowParser {
    enum Column { static let login = 0, name = 1, roles = 2, sector = 3 }

    static let columns = [
        ColumnSpec("login", ["brugernavn", "user"], required: true),
        ColumnSpec("navn", ["name"], required: true),
        ColumnSpec("roller", ["rolle", "roles"], required: true),
        ColumnSpec("sektor", ["sector"]),
    ]

    let sectors: Set<SectorCode>
    private var logins = FirstLines<String>()

    init(sectors: Set<SectorCode>) {
        self.sectors = sectors
    }

    mutating func parse(_ fields: inout RowFields) -> User? {
        let login = fields.text(Column.login)
        let name = fields.text(Column.name)
        let roles = fields.text(Column.roles).flatMap { parseRoles($0, &fields) }
        let sector = fields.sector(Column.sector, known: sectors, required: false)
        guard let login, let name, let roles, fields.isValid else { return nil }
        let user = User(login: login, name: name, roles: roles, sector: sector)
        if let (field, reason) = user.problem {
            switch field {
            case .login: fields.report(Column.login, reason, found: Redaction.echo(login))
            case .name: fields.report(Column.name, reason)
            case .roles: fields.report(Column.roles, reason)
            case .sector: fields.report(Column.sector, reason)
            }
            return nil
        }
        guard logins.insert(login, column: Column.login, found: login, in: &fields) else { return nil }
        return user
    }

    private func parseRoles(_ text: String, _ fields: inout RowFields) -> Set<Role>? {
        var roles = Set<Role>()
        for item in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }) {
            let word = String(item).trimmed
            if word.isEmpty { continue }
            guard let role = Role(name: word) else {
                fields.report(Column.roles, Strings.importUnknownRole, found: Redaction.echo(word))
                return nil
            }
            roles.insert(role)
        }
        if roles.isEmpty { fields.report(Column.roles, Strings.importValueMissing) }
        return roles.isEmpty ? nil : roles
    }
}
