import ForumCore

package struct UserAuditState: Encodable, Sendable {
    package var login: String
    package var name: String
    package var roles: String
    package var sector: String?

    package init(_ user: User) {
        login = user.login
        name = user.name
        roles = RowCoding.roles(user.roles)
        sector = user.sector?.rawValue
    }
}
