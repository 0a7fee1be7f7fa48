/// How a schedule in force becomes a new one (a decision, an undo, a changed split), line by
/// line: the lines that stop being in force and the lines that start. Lines in both stay as
/// they are, so the months a change does not touch keep the month they became known in, and
/// the budget can be shown as it stood at the end of an earlier month.
public struct CommitmentRevision: Hashable, Sendable {
    public var removed: [CommitmentLine]
    public var added: [CommitmentLine]

    public init(from old: CommitmentSchedule, to new: CommitmentSchedule) {
        var unmatched = old.lines
        var added: [CommitmentLine] = []
        for line in new.lines {
            if let index = unmatched.firstIndex(of: line) { unmatched.remove(at: index) } else { added.append(line) }
        }
        removed = unmatched
        self.added = added
    }
}
