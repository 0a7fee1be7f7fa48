import ForumCore
import GRDB

extension Database {
    /// After an `UPDATE … WHERE version = ?` (or an insert that must not meet a row): unless it
    /// changed exactly one row, another writer got there first, and the command is a conflict
    /// naming them — who and when as `lastChange` reads them now.
    func requireOneChange(else lastChange: () throws -> (by: String?, at: Timestamp?)) throws {
        guard changesCount == 1 else {
            let change = try lastChange()
            throw RepositoryError.conflict(by: change.by, at: change.at)
        }
    }
}
