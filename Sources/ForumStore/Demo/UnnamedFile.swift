import Foundation

/// A temporary file that has no name: the demo's postings carry (fictional, but real-looking)
/// CPR numbers, and a file with a name could outlive a `kill -9` in /tmp. An `O_TMPFILE` file
/// is never linked into a folder, and the kernel frees it when the last descriptor closes,
/// however the process ends. The import reads it through `/proc/self/fd`.
final class UnnamedFile {
    /// `O_TMPFILE` as Linux defines it (`__O_TMPFILE | O_DIRECTORY`); Glibc's macro does not
    /// reach Swift.
    private static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY

    let descriptor: Int32

    /// A new unnamed file in `directory`. Where the file system cannot make one, a named file
    /// is created and unlinked at once, so it has a name for microseconds only.
    init(in directory: String) throws(GenerateError) {
        var descriptor = open(directory, Self.temporaryFileFlag | O_RDWR, 0o600)
        if descriptor < 0 {
            let path = directory + "/chefforum-\(UUID().uuidString)"
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
            if descriptor >= 0 { unlink(path) }
        }
        guard descriptor >= 0 else { throw .cannotWrite(path: directory, reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// A path that opens this file while it is open here.
    var path: String { "/proc/self/fd/\(descriptor)" }

    /// Appends `bytes`, all of them.
    func write(_ bytes: [UInt8]) throws(GenerateError) {
        // A non-throwing closure: a typed throw through `withUnsafeBytes` crashed the compiler.
        var failure: GenerateError?
        bytes.withUnsafeBytes { buffer in
            do throws(GenerateError) { try write(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends `bytes`, all of them.
    func write(_ bytes: UnsafeRawBufferPointer) throws(GenerateError) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
