/// Whether a demo database is as it was built: the build ends with the postings' import and the
/// chair's `user.add`, so every event after the last postings import but that one is a change
/// someone made (a decision, a user, a note) that replacing the demo would throw away.
public enum DemoChanges {
    /// The actions of the audit trail's events after its last `import.postings`, oldest first.
    /// Returns how many of them are changes made after the build.
    public static func count(actionsAfterLastPostingsImport actions: [String]) -> Int {
        actions.first == "user.add" ? actions.count - 1 : actions.count
    }
}
