@testable import ForumCore

/// People and a request for the rule and permission tests.
enum Fixture {
    static let chair = User(login: "formand", name: "Hanne Formand", roles: [.chair])
    static let chiefBEV = User(login: "bevchef", name: "Bo Beskæftigelse", roles: [.chief], sector: "BEV")
    static let chiefVOK = User(login: "vokchef", name: "Vera Voksen", roles: [.chief], sector: "VOK")
    static let leaderBUF = User(login: "bufleder", name: "Lis Leder", roles: [.leader], sector: "BUF")
    static let leaderVOK = User(login: "vokleder", name: "Vibeke Leder", roles: [.leader], sector: "VOK")
    static let economist = User(login: "okonom", name: "Øjvind Økonom", roles: [.economist])
    static let admin = User(login: "admin", name: "Ada Admin", roles: [.administrator])
    static let reader = User(login: "laeser", name: "Lars Læser", roles: [.reader])

    static func request(_ id: String, kroner: Int64, split shares: PaymentSplit = .single("BEV"),
                        sector: SectorCode = "BEV", status: RequestStatus = .onAgenda) -> GrantRequest {
        GrantRequest(
            id: RequestID(id), caseID: "S-0001", requestingUnit: "Jobcenter", requestedBy: "Sagsbehandler",
            sector: sector, law: "LAB", offer: "Mentor",
            amount: .monthly(rate: kr(kroner), start: day(2026, 11, 1), end: day(2027, 4, 30)),
            step: .individualSupport, proposedSplit: shares, reason: "Behov", submitted: day(2026, 10, 1),
            status: status)
    }

    /// The forum's meeting of 25.11.2026, open, with the chief of BEV taking part (not the chief of VOK).
    static let meeting = Meeting(id: "M-2026-22", date: day(2026, 11, 25), participants: ["bevchef"],
                                 openedBy: "formand", openedAt: Timestamp(secondsSinceEpoch: 1_794_990_000), items: [])

    static func context(_ user: User, second: Int64 = 1_795_000_000, meeting: String? = "M-2026-22") -> CommandContext {
        CommandContext(user: user, at: Timestamp(secondsSinceEpoch: second), today: day(2026, 11, 25), meeting: meeting)
    }
}
