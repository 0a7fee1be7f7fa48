import Foundation
import Testing
@testable import ForumSQLite

/// A new database, its `-wal` and its `-shm` are readable by the owner only, or by the folder's
/// group when the folder is setgid, whatever the umask.
@Suite("Database files are private", .serialized)
struct DatabaseFileModeTests {
    private func modes(_ path: String) -> [String: mode_t] {
        var result: [String: mode_t] = [:]
        for suffix in ["", "-wal", "-shm"] {
            var status = stat()
            if stat(path + suffix, &status) == 0 { result[suffix] = status.st_mode & 0o777 }
        }
        return result
    }

    @Test("0600 in an ordinary folder, even with a permissive umask")
    func ownerOnly() throws {
        let directory = TemporaryDirectory()
        let previous = umask(0o002)
        defer { umask(previous) }
        let path = directory.path + "/forum.sqlite"
        let database = try ForumDatabase(path: path)
        #expect(modes(path) == ["": 0o600, "-wal": 0o600, "-shm": 0o600])
        _ = database
    }

    @Test("0660 in a setgid group folder, even with a strict umask")
    func sharedGroupFolder() throws {
        let directory = TemporaryDirectory()
        #expect(chmod(directory.path, 0o2770) == 0)
        let previous = umask(0o077)
        defer { umask(previous) }
        let path = directory.path + "/forum.sqlite"
        let database = try ForumDatabase(path: path)
        #expect(modes(path) == ["": 0o660, "-wal": 0o660, "-shm": 0o660])
        _ = database
    }

    @Test("An existing file keeps its mode")
    func existingFileKeepsItsMode() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/forum.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o640]))
        let database = try ForumDatabase(path: path)
        #expect(modes(path)[""] == 0o640)
        _ = database
    }
}
