/// The rules of the administrator's and the importer's commands: users and imports.
extension CommandRules {
    /// Checks adding `user`; `existing` is the stored user with the same login, if any.
    public static func addUser(_ user: User, existing: User?, knownSectors: Set<SectorCode>,
                               context: CommandContext) throws(RepositoryError) -> User {
        guard existing == nil else { throw .userExists(user.login) }
        try check(context.user, may: .administer)
        if let sector = user.sector { try checkKnown([sector], in: knownSectors) }
        if let (_, reason) = user.problem { throw .invalid(reason) }
        try checkNoCPR((Strings.fieldLogin, user.login), (Strings.fieldUserName, user.name))
        return user
    }

    /// Checks removing the user `login`; `existing` is the stored user (nil when there is none).
    /// Returns the user that goes.
    public static func removeUser(login: String, existing: User?, context: CommandContext) throws(RepositoryError) -> User {
        guard let existing else { throw .userNotFound(login) }
        try check(context.user, may: .administer)
        return existing
    }

    /// Checks that the person may import a file. Every kind of file (postings, budgets, case
    /// lists, the organisation, users, settings) takes the same permission today: an economist
    /// or an administrator.
    public static func importFile(context: CommandContext) throws(RepositoryError) {
        try check(context.user, may: .importData)
    }

    /// Who sets up a database (adds users, imports): the person at the keyboard, or — while the
    /// database has no administrator yet — the same person as administrator, since whoever can
    /// write the file could change it anyway. `bootstrapping` is true in the second case.
    public static func setupActor(_ user: User, users: [User]) -> (user: User, bootstrapping: Bool) {
        guard !users.contains(where: { $0.has(.administrator) }) else { return (user, false) }
        return (User(login: user.login, name: user.name, roles: user.roles.union([.administrator]), sector: user.sector), true)
    }
}
