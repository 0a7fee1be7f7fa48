import ForumCore

/// Who sets up a store: the person at the keyboard, or — while the store has no administrator
/// yet — the same person as administrator. `bootstrapping` tells the caller to say so.
public struct SetupActor: Hashable, Sendable {
    public var user: User
    public var bootstrapping: Bool

    public init(user: User, bootstrapping: Bool) {
        self.user = user
        self.bootstrapping = bootstrapping
    }
}

/// Who may set up a store that has no administrator yet is the backend's to say: for a file,
/// whoever can write it; for a server, whoever the server lets create roles.
public protocol FirstAdministratorSetup: Sendable {
    func setupActor(for user: User) async throws -> SetupActor
}

extension SetupActor {
    /// `user`, made administrator when `users` hold none: the rule for a store whose every
    /// writer could change it anyway (a file).
    public static func firstAdministrator(_ user: User, among users: [User]) -> SetupActor {
        guard !users.contains(where: { $0.has(.administrator) }) else { return SetupActor(user: user, bootstrapping: false) }
        return SetupActor(user: User(login: user.login, name: user.name, roles: user.roles.union([.administrator]), sector: user.sector),
                          bootstrapping: true)
    }
}
