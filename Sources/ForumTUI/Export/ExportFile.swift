#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ForumCore

/// Writes an export to a new file. An existing file is never replaced: it may be an earlier
/// export someone still needs, or something else entirely.
enum ExportFile {
    /// The full path written, or why not.
    static func create(_ name: String, holding text: String) -> Result<String, ExportFailure> {
        let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            return .failure(errno == EEXIST ? .exists(name) : .cannotWrite(name, String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { return .failure(.cannotWrite(name, String(cString: strerror(errno)))) }
        return .success(name.hasPrefix("/") ? name : currentFolder() + "/" + name)
    }

    private static func currentFolder() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }
}

/// Why an export was not written.
enum ExportFailure: Error, Hashable, Sendable {
    case exists(String)
    case cannotWrite(String, String)

    var phrase: Phrase {
        switch self {
        case .exists(let name): Strings.exportExists(name)
        case .cannotWrite(let name, let reason): Strings.exportCannotWrite(name, reason: reason)
        }
    }
}
