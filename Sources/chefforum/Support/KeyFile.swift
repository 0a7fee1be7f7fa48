import Foundation

/// The pseudonymisation key file that belongs to a database.
enum KeyFile {
    /// `CHEFFORUM_KEY`, else the database's path with `.key` for its extension.
    static func path(forDatabase database: String, explicit: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let environment = ProcessInfo.processInfo.environment["CHEFFORUM_KEY"], !environment.isEmpty { return environment }
        let url = URL(fileURLWithPath: database)
        return url.pathExtension.isEmpty ? database + ".key" : url.deletingPathExtension().path + ".key"
    }
}
