import Crypto
import ForumCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The installation's secret for pseudonymising CPR numbers: 32 random bytes, written as 64
/// hexadecimal digits in a file of their own — outside the database, so that a copy of the
/// database alone cannot be turned back into CPR numbers by hashing every possible one — and
/// readable by its owner only (0600).
public struct PseudonymKey: Sendable {
    let key: SymmetricKey

    /// A key from its 32 bytes (tests; a real installation loads its key file).
    init(bytes: [UInt8]) {
        key = SymmetricKey(data: bytes)
    }

    /// Loads the key file, creating it with a fresh random key when there is none.
    ///
    /// A new file is written under a temporary name with mode 0600 and linked into place, so
    /// that no other process ever sees a half-written key or one with wider permissions, and
    /// two imports starting at once end up with the same key.
    public static func loadOrCreate(at path: String) throws(KeyFileError) -> PseudonymKey {
        do {
            return try load(at: path)
        } catch .missing {
            try create(at: path)
            return try load(at: path)
        }
    }

    /// Loads an existing key file; refuses one that group or others may read or write.
    public static func load(at path: String) throws(KeyFileError) -> PseudonymKey {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .system(path: path, message: systemError())
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(path: path, message: systemError()) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(path: path) }
        let permissions = Int(status.st_mode) & 0o777
        guard permissions & 0o077 == 0 else { throw .tooOpen(path: path, mode: octal(permissions)) }

        var bytes = [UInt8](repeating: 0, count: 128)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count >= 0 else { throw .system(path: path, message: systemError()) }
        var text = bytes.prefix(count)
        while let last = text.last, last == 0x0A || last == 0x0D || last == 0x20 { text.removeLast() }
        guard text.count == 64, let key = decodeHex(Array(text)) else { throw .malformed(path: path) }
        return PseudonymKey(bytes: key)
    }

    private static func create(at path: String) throws(KeyFileError) {
        let fresh = SymmetricKey(size: .bits256)
        let hex = fresh.withUnsafeBytes { Array(encodeHex(Array($0)).utf8) } + [0x0A]
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // A server's database has no folder of its own: its key goes in the data directory,
        // which a first run may not have made yet.
        var folder = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: false).dropLast() where !component.isEmpty {
            folder += (path.hasPrefix("/") || !folder.isEmpty ? "/" : "") + component
            if mkdir(folder, 0o700) != 0 && errno != EEXIST { throw .system(path: path, message: systemError()) }
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode_t(0o600))
        guard descriptor >= 0 else { throw .system(path: path, message: systemError()) }
        // The umask may take bits away but never adds any; make the mode exact all the same.
        let written = hex.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let ok = fchmod(descriptor, 0o600) == 0 && written == hex.count && fsync(descriptor) == 0
        let message = ok ? "" : systemError()
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw .system(path: path, message: message)
        }
        // link() never replaces: when another import created the key meanwhile, theirs stands.
        let linked = link(temporary, path) == 0
        let linkError = errno
        unlink(temporary)
        if !linked && linkError != EEXIST {
            throw .system(path: path, message: String(cString: strerror(linkError)))
        }
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }

    private static func octal(_ value: Int) -> String {
        "0" + String(value, radix: 8)
    }

    static func encodeHex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var result = [UInt8]()
        result.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func decodeHex(_ text: [UInt8]) -> [UInt8]? {
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 48...57: digit - 48
            case 97...102: digit - 87
            case 65...70: digit - 55
            default: nil
            }
        }
        var result: [UInt8] = []
        var index = 0
        while index + 1 < text.count {
            guard let high = value(text[index]), let low = value(text[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }
}

/// What is wrong with the pseudonymisation key file.
public enum KeyFileError: Error, Hashable, Sendable, UserFacingError {
    case missing(path: String)
    /// Group or others may read or write it: the mode found, e.g. `0644`.
    case tooOpen(path: String, mode: String)
    case notAFile(path: String)
    /// Not 64 hexadecimal digits.
    case malformed(path: String)
    case system(path: String, message: String)

    public var phrase: Phrase {
        switch self {
        case .missing(let path): Strings.keyFileMissing(path)
        case .tooOpen(let path, let mode): Strings.keyFileTooOpen(path, mode: mode)
        case .notAFile(let path): Strings.keyFileNotAFile(path)
        case .malformed(let path): Strings.keyFileMalformed(path)
        case .system(let path, let message): Strings.keyFileSystem(path, message: message)
        }
    }
}
