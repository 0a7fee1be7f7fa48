/// The roles of DOMAIN.md §10.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// *fagchef*: budget-responsible chief of a sector.
    case chief
    /// Team or unit leader.
    case leader
    case economist
    /// The forum's chair or project leader.
    case chair
    case administrator
    case reader

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A person known to Chefforum, identified by their operating-system login.
public struct User: Hashable, Sendable, Codable, Identifiable {
    public var login: String
    public var name: String
    public var roles: Set<Role>
    /// The sector a chief or leader belongs to.
    public var sector: SectorCode?

    public var id: String { login }

    public init(login: String, name: String, roles: Set<Role>, sector: SectorCode? = nil) {
        self.login = login
        self.name = name
        self.roles = roles
        self.sector = sector
    }

    /// Someone the installation does not know: may read, nothing else.
    public static func unknown(login: String) -> User {
        User(login: login, name: login, roles: [.reader])
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The parts of a user's record, to name the one at fault.
    public enum Field: Hashable, Sendable { case login, name, roles, sector }

    /// What makes this record unusable, whichever way it arrives (`users add`, a users file),
    /// and the field at fault; nil when it is fine.
    ///
    /// A login is the OS login the person signs in with (and, on PostgreSQL, their role): ASCII
    /// letters, digits and `. _ - @`, not starting with a dash, at most 64 characters.
    public var problem: (field: Field, reason: Phrase)? {
        let loginCharacters = login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-@".unicodeScalars.contains($0)
        }
        guard !login.isEmpty, loginCharacters, login.first != "-", login.count <= 64 else { return (.login, Strings.loginSyntax) }
        guard !name.allSatisfy(\.isWhitespace) else { return (.name, Strings.userNameMissing) }
        guard !roles.isEmpty else { return (.roles, Strings.userRolesMissing) }
        guard !has(.chief) || sector != nil else { return (.sector, Strings.importChiefNeedsSector) }
        return nil
    }

    /// Chief of this sector.
    public func isChief(of sector: SectorCode) -> Bool { has(.chief) && self.sector == sector }

    /// The roles in a fixed order, for display.
    public var sortedRoles: [Role] { roles.sorted() }
}
