import ForumCore
@testable import ForumTUI

/// The pinned world of the console tests: one municipality, one chair, one day.
enum Fixture {
    /// Tuesday 25 November 2026: every test's "today".
    static let today = day(2026, 11, 25)
    static let chair = User(login: "formand", name: "Hanne Formand", roles: [.chair])
    static let chiefBEV = User(login: "bevchef", name: "Bo Beskæftigelse", roles: [.chief], sector: "BEV")
    static let settings = ForumSettings(municipality: "Skovby Kommune", budgetYear: 2026, policy: .assens)

    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    /// A console state with settings loaded, as it is a moment after start.
    static func state(size: Size = small, language: Language = .danish, user: User = chair,
                      screens: [any Screen]? = nil) -> ShellState {
        var state = screens.map {
            ShellState(language: language, theme: .standard, user: user, databaseLabel: "demo.sqlite",
                       today: today, size: size, screens: $0)
        } ?? ShellState(language: language, theme: .standard, user: user, databaseLabel: "demo.sqlite",
                        today: today, size: size)
        state.settings = settings
        return state
    }

    static func repository(requests: [GrantRequest] = [], meetings: [Meeting] = []) -> InMemoryRepository {
        InMemoryRepository(
            settings: settings,
            sectors: [Sector(code: "BEV", name: "Beskæftigelse", chiefLogin: "bevchef")],
            subAreas: [SubArea(code: "5.68.90", name: "Mentor", sector: "BEV")],
            laws: [], users: [chair, chiefBEV], requests: requests, meetings: meetings)
    }

    static func request(_ id: String, kroner: Int64) -> GrantRequest {
        GrantRequest(
            id: RequestID(id), caseID: "S-0001", requestingUnit: "Jobcenter", requestedBy: "Sara Sagsbehandler",
            sector: "BEV", law: "LAB", offer: "Mentor",
            amount: .monthly(rate: Money(kroner: kroner), start: day(2026, 12, 1), end: day(2027, 5, 31)),
            step: .individualSupport, proposedSplit: .single("BEV"), reason: "Behov", submitted: day(2026, 11, 1),
            status: .onAgenda)
    }
}

/// A day written in a test (a bad one is a bug in the test).
func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    do {
        return try Day(year: year, month: month, day: day)
    } catch {
        fatalError("bad test date \(year)-\(month)-\(day)")
    }
}

/// Keys typed one after another.
func keys(_ text: String) -> [InputEvent] {
    text.map { .key(.character($0)) }
}
