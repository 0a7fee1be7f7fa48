import ForumCore

/// Who may set up a store that has no administrator yet is the backend's to say: for a file,
/// whoever can write it (`CommandRules.setupActor`); for a server, whoever it lets create roles.
public protocol FirstAdministratorSetup: Sendable {
    /// The actor for a setup command (adding users, importing) by `user`; `bootstrapping` is
    /// true when `user` acts as the first administrator, which the caller says.
    func setupActor(for user: User) async throws -> (user: User, bootstrapping: Bool)
}
