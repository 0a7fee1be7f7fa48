import ForumCore
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

extension KeyFile {
    /// Copies a key file to a new file that is its owner's only from the first byte, as keys are kept.
    static func copy(_ source: String, to destination: String) throws {
        guard let key = FileManager.default.contents(atPath: source) else {
            throw CommandError.failed(Strings.keyCopyFailed(source, to: destination))
        }
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL, mode_t(0o600))
        guard descriptor >= 0 else { throw CommandError.failed(Strings.keyCopyFailed(source, to: destination)) }
        defer { close(descriptor) }
        let written = key.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == key.count else { throw CommandError.failed(Strings.keyCopyFailed(source, to: destination)) }
    }
}
