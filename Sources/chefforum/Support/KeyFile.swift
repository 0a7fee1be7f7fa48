import Foundation
import ForumStore

/// The pseudonymisation key file that belongs to a database.
enum KeyFile {
    /// `CHEFFORUM_KEY`, else the database's path with `.key` for its extension; for a server's
    /// database, a file named after the server and database in the data directory (every host
    /// that imports needs the same key: docs/deployment.md).
    static func path(forDatabase database: String, explicit: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let environment = ProcessInfo.processInfo.environment["CHEFFORUM_KEY"], !environment.isEmpty { return environment }
        if case .postgres(let url) = BackendLocation(database) {
            let components = URLComponents(string: url)
            let name = [components?.host ?? "", components?.port.map(String.init) ?? "", String(components?.path.dropFirst() ?? "")]
                .filter { !$0.isEmpty }.joined(separator: "-")
                .map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" }
            return GlobalOptions.dataHome + "/chefforum/postgres-" + String(name) + ".key"
        }
        let url = URL(fileURLWithPath: database)
        return url.pathExtension.isEmpty ? database + ".key" : url.deletingPathExtension().path + ".key"
    }
}
