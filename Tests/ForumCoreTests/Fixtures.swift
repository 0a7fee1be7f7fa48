@testable import ForumCore

/// A small municipality for repository and permission tests.
enum Fixture {
    static let chair = User(login: "formand", name: "Hanne Formand", roles: [.chair])
    static let chiefBEV = User(login: "bevchef", name: "Bo Beskæftigelse", roles: [.chief], sector: "BEV")
    static let chiefVOK = User(login: "vokchef", name: "Vera Voksen", roles: [.chief], sector: "VOK")
    static let leaderBUF = User(login: "bufleder", name: "Lis Leder", roles: [.leader], sector: "BUF")
    static let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
    static let admin = User(login: "admin", name: "Ada Admin", roles: [.administrator])
    static let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])

    static let sectors = [
        Sector(code: "BEV", name: "Beskæftigelse", chiefLogin: "bevchef"),
        Sector(code: "BUF", name: "Børn og unge"),
        Sector(code: "VOK", name: "Voksne", chiefLogin: "vokchef"),
        Sector(code: "FAM", name: "Familiebehandling"),
    ]
    static let subAreas = [
        SubArea(code: "5.68.90", name: "Mentor", sector: "BEV"),
        SubArea(code: "5.28.21", name: "Forebyggende foranstaltninger", sector: "BUF"),
        SubArea(code: "5.38.52", name: "Botilbud", sector: "VOK"),
        SubArea(code: "5.28.23", name: "Familiebehandling", sector: "FAM"),
    ]
    static let settings = ForumSettings(municipality: "Testby Kommune", budgetYear: 2026, policy: .assens)

    static func request(_ id: String, kroner: Int64, split shares: PaymentSplit = .single("BEV"),
                        sector: SectorCode = "BEV", status: RequestStatus = .onAgenda) -> GrantRequest {
        GrantRequest(
            id: RequestID(id), caseID: "S-0001", requestingUnit: "Jobcenter", requestedBy: "Sagsbehandler",
            sector: sector, law: "LAB", offer: "Mentor",
            amount: .monthly(rate: kr(kroner), start: day(2026, 11, 1), end: day(2027, 4, 30)),
            step: .individualSupport, proposedSplit: shares, reason: "Behov", submitted: day(2026, 10, 1),
            status: status)
    }

    static func repository(requests: [GrantRequest] = [request("IND-1", kroner: 37_500)],
                           offers: [Offer] = [], waiting: [WaitingListEntry] = []) -> any ForumRepository {
        InMemoryRepository(
            settings: settings, sectors: sectors, subAreas: subAreas, laws: [],
            users: [chair, chiefBEV, chiefVOK, leaderBUF, economist, admin, reader],
            requests: requests, offers: offers, waitingList: waiting,
            budgets: ["5.68.90": kr(12_000_000), "5.38.52": kr(30_000_000)],
            postings: ["5.68.90": Array(repeating: kr(1_000_000), count: 10)])
    }

    static func context(_ user: User, second: Int64 = 1_795_000_000) -> CommandContext {
        CommandContext(user: user, at: Timestamp(secondsSinceEpoch: second), today: day(2026, 11, 25), meeting: "M-2026-22")
    }
}
