import ForumCore

/// The `/` field of a table screen: the text being typed, the filter to go back to on Esc, and
/// what is wrong with the text (the table keeps showing the last filter that parsed).
public struct FilterEditor<Subject>: Sendable {
    public var field: TextFieldState
    public var before: Query<Subject>
    public var error: Phrase?
}
