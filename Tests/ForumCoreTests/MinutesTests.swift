import Foundation
import Testing
@testable import ForumCore

/// The minutes (DOMAIN §9): what a closed meeting's minutes hold, and how they read in each
/// format and language, against golden files in `Tests/ForumCoreTests/Golden/` (re-record with
/// `CHEFFORUM_RECORD_GOLDEN=1`, then read the diff before committing).
@Suite("Minutes")
struct MinutesTests {
    static let date = day(2026, 11, 25)
    static let users = [Fixture.chair, Fixture.chiefBEV, Fixture.chiefVOK]

    static func decided(_ id: String, _ decision: Decision, by user: User, meeting: String? = "M-2026-11-25",
                        second: Int64) -> GrantRequest {
        var request = Fixture.request(id, kroner: 37_500, split: decision.split)
        request.status = decision.kind.resultingStatus
        request.decision = DecisionRecord(id: second, requestID: RequestID(id), decision: decision, previousStatus: .onAgenda,
                                          decidedBy: user.login, decidedByName: user.name, meeting: meeting,
                                          at: Timestamp(secondsSinceEpoch: second))
        return request
    }

    static var minutes: Minutes {
        let items: [(AgendaKey, AgendaSection, ItemState, String, Money?)] = [
            (.request("IND-1"), .requests, .done, "Mentor", kr(225_000)),
            (.request("IND-2"), .requests, .done, "Mentor", kr(225_000)),
            (.request("IND-4"), .requests, .postponed, "Botilbud", kr(480_000)),
            (.deviation("BUF"), .deviations, .done, "Børn og unge", kr(1_250_000)),
            (.offer("BO-1"), .capacity, .done, "Skovly", nil),
            (.free(1), .free, .done, "Principper for efterværn", nil),
            (.free(2), .free, .postponed, "Ventelister", nil),
        ]
        let meeting = Meeting(id: "M-2026-11-25", date: date, participants: ["bevchef", "vokchef"], status: .closed, openedBy: "formand",
                              openedAt: Timestamp(secondsSinceEpoch: 1_795_000_000), closedAt: Timestamp(secondsSinceEpoch: 1_795_007_200),
                              items: items.enumerated().map {
                                  MeetingItem(key: $0.element.0, section: $0.element.1, position: $0.offset + 1, state: $0.element.2,
                                              title: $0.element.3, amount: $0.element.4)
                              })
        let requests = [
            decided("IND-2", Decision(kind: .approve, split: split([("BEV", 3), ("VOK", 1), ("FAM", 1)])), by: Fixture.chair,
                    second: 1_795_001_000),
            decided("IND-1", Decision(kind: .approveTimeLimited, split: .single("BEV"), note: "Evalueres med jobcentret\nMentor rapporterer månedligt",
                                      validUntil: day(2027, 1, 31), followUp: day(2027, 1, 15)), by: Fixture.chiefBEV,
                    second: 1_795_000_500),
            decided("IND-3", Decision(kind: .reject, split: .single("BEV"), note: "For dyrt"), by: Fixture.chiefBEV, meeting: "M-2026-11-11",
                    second: 1_794_000_000),
        ]
        let offer = Offer(id: "BO-1", name: "Skovly", sector: "VOK", capacity: 1, tariff: Tariff(base: kr(40_000)), placements: [
            Placement(id: 1, offer: "BO-1", caseID: "S-0002", from: day(2026, 10, 1), tariff: Tariff(base: kr(40_000)), payer: .single("VOK")),
            Placement(id: 2, offer: "BO-1", caseID: "S-0003", from: day(2026, 11, 1), tariff: Tariff(base: kr(40_000)), payer: .single("VOK"),
                      overrideReason: "Akut anbringelse"),
        ])
        let notes = [
            DeviationNote(sector: "BUF", month: month(2026, 9), explanation: "Gammel forklaring", actionPlan: "", owner: ""),
            DeviationNote(sector: "BUF", month: month(2026, 10), explanation: "Flere anbringelser end budgetteret",
                          actionPlan: "Gennemgang af alle anbringelser", owner: "Fagchef BUF"),
        ]
        let free = [FreeItem(id: 1, title: "Principper for efterværn", text: "Drøftelse af praksis for 18-23-årige", addedBy: "formand",
                             at: Timestamp(secondsSinceEpoch: 0))]
        return Minutes.make(meeting, municipality: "Skovby Kommune", users: users, requests: requests, notes: notes, offers: [offer],
                            freeItems: free)
    }

    @Test("The minutes hold the meeting's decisions in force in order, the deviations with their latest note, overrides, and what was postponed")
    func content() {
        let minutes = Self.minutes
        #expect(minutes.chair == "Hanne Formand")
        #expect(minutes.participants == ["Bo Beskæftigelse", "Vera Voksen"])
        #expect(minutes.decisions.map(\.request) == ["IND-1", "IND-2"])
        // Time-limited to 31.1.2027: three months of 37.500 kr.
        #expect(minutes.decisions[0].amount == kr(112_500))
        #expect(minutes.decisions[1].split.map(\.amount) == [kr(135_000), kr(45_000), kr(45_000)])
        #expect(minutes.deviations.map(\.explanation) == ["Flere anbringelser end budgetteret"])
        #expect(minutes.overrides.map(\.caseID) == ["S-0003"])
        #expect(minutes.freeItems.map(\.text) == ["Drøftelse af praksis for 18-23-årige"])
        #expect(minutes.postponed.map(\.key) == [.request("IND-4"), .free(2)])
    }

    @Test("The minutes as golden files", arguments: [
        ("minutes-da.md", MinutesFormat.md, Language.danish), ("minutes-en.md", .md, .english),
        ("minutes-da.txt", .txt, .danish), ("minutes-en.html", .html, .english),
    ])
    func golden(name: String, format: MinutesFormat, language: Language) throws {
        let actual = Self.minutes.write(format, language: language)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["CHEFFORUM_RECORD_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : "(no line)"
            let after = index < new.count ? String(new[index]) : "(no line)"
            #expect(before == after, "\(name) line \(index + 1)")
        }
    }
}
