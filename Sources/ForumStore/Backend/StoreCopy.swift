import ForumCore

/// A value of a stored row as it travels from one backend to another (`chefforum migrate`).
public enum StoreValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// Some rows of one table, with the names of their columns.
public struct TableChunk: Hashable, Sendable {
    public let table: String
    public let columns: [String]
    public let rows: [[StoreValue]]

    public init(table: String, columns: [String], rows: [[StoreValue]]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }
}

/// A store that can hand over every row it holds, table by table, so that a whole database
/// moves to another backend as it is: ids, history and the audit chain unchanged.
public protocol StoreExporter: Sendable {
    /// Calls `body` with the rows of every table of `StoreTables.inDependencyOrder`, in that
    /// order and in chunks, so that a large table never needs to be held whole.
    func exportRows(_ body: @Sendable (TableChunk) async throws -> Void) async throws
}

/// A store that can take over every row of another, when it is still empty.
public protocol StoreImporter: Sendable {
    /// Copies every row of `source` in one transaction and appends the `store.migrate` event by
    /// `context.user` (the chain copied stays intact and goes on); returns the rows copied.
    func importRows(from source: any StoreExporter, describedAs origin: String, context: CommandContext) async throws -> Int
}

/// The forum's tables, each after the ones its foreign keys name (a request's decision in
/// force is the one exception: it names a later table, and is checked at the end).
public enum StoreTables {
    public static let inDependencyOrder = [
        "settings", "sector", "sub_area", "law", "app_user", "person", "offer", "waiting_entry", "placement",
        "grant_request", "alternative", "decision", "request_event", "commitment", "budget", "monthly_actual",
        "monthly_case", "manual_forecast", "deviation_note", "meeting", "meeting_participant", "meeting_item",
        "agenda_plan", "free_item", "youth", "transition_settings", "transition_other_inflow", "efficiency_target",
        "audit_event", "audit_head",
        "import_batch", "posting",
    ]
}
