import Testing
@testable import ForumCore

@Suite("Ids as people type them")
struct TypedIDTests {
    static let known: [RequestID] = ["IND-2026-0197", "IND-2025-0197", "IND-2026-0201", "IND-2026-01", "AB-1"]

    @Test("As written, in any case, or by a unique ending; exact before case before ending", arguments: [
        ("IND-2026-0201", TypedID<RequestID>.found("IND-2026-0201")),
        ("ind-2026-0201", .found("IND-2026-0201")),
        (" 0201 ", .found("IND-2026-0201")),
        ("2026-0197", .found("IND-2026-0197")),
        ("0197", .ambiguous(["IND-2025-0197", "IND-2026-0197"])),
        // An id that is also the ending of a longer one is found as itself.
        ("IND-2026-01", .found("IND-2026-01")),
        ("ab-1", .found("AB-1")),
        ("0202", .notFound),
        ("", .notFound),
    ])
    func resolve(typed: String, expected: TypedID<RequestID>) {
        #expect(RequestID.resolve(typed, among: Self.known) == expected)
    }
}
