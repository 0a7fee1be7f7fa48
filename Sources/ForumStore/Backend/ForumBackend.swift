import ForumCore

/// An opened store of the forum, whatever the database behind it: what `chefforum` holds after
/// opening `--db`. A backend creates and migrates its schema when it is opened; everything a
/// command does afterwards goes through the repository or the protocols this one refines.
public protocol ForumBackend: AuditTrailReader, FileImporter, FirstAdministratorSetup, DemoTarget {
    var location: BackendLocation { get }
    var repository: any ForumRepository { get }
}
