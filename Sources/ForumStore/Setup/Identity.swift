import Foundation
import ForumCore

/// Who is at the keyboard: the operating-system login, mapped to a Chefforum user.
public enum Identity {
    /// The login of the process's real user (`getpwuid(getuid())`), falling back to `USER`.
    public static func currentLogin() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// The person's full name from the password database (the GECOS field), or the login.
    public static func currentName() -> String {
        if let entry = getpwuid(getuid()), let gecos = entry.pointee.pw_gecos {
            let name = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if !name.trimmingCharacters(in: .whitespaces).isEmpty { return name }
        }
        return currentLogin()
    }

    /// The user for a login; someone unknown gets read-only access (see `User.unknown`).
    public static func resolve(login: String, in repository: any ForumRepository) async throws -> (user: User, known: Bool) {
        if let user = try await repository.user(login: login) { return (user, true) }
        return (User.unknown(login: login), false)
    }
}
