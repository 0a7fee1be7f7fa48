import Foundation
import Testing

/// `chefforum meeting …`, `minutes` and `request reopen` on the demo: a meeting from its draft
/// agenda to the minutes, as the chair runs it from the command line.
extension EndToEnd {
    @Suite("The meeting commands on the demo municipality")
    struct MeetingCommandTests {
        @Test("Open on the draft, decide two (one split), postpone one, close, and the minutes say so in both languages")
        func meeting() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let none = try demo.run(["minutes"])
            #expect(none.status != 0)
            #expect(none.stderr.contains("intet møde er lukket endnu"))

            let draft = try #require(try demo.json(["meeting", "show"]) as? [String: Any])
            let items = try #require(draft["items"] as? [[String: Any]])
            let requests = items.compactMap { $0["key"] as? String }.filter { $0.hasPrefix("request:") }.map { String($0.dropFirst(8)) }
            #expect(requests.count >= 3)
            #expect((draft["for_decision_ore"] as? Int ?? 0) > 0)
            #expect(!(try #require(draft["effect"] as? [[String: Any]])).isEmpty)
            #expect(try demo.succeed(["meeting", "show"]).contains("Samlet virkning pr. sektor"))

            #expect(try demo.succeed(["meeting", "add-item", "--title", "Principper for efterværn"]).contains("free:1"))
            let opened = try demo.succeed(["meeting", "open", "--participants", "hbirk,amves"])
            #expect(opened.contains("er åbnet med \(items.count + 1) punkter"))
            let again = try demo.run(["meeting", "open", "--participants", "hbirk"])
            #expect(again.status != 0)
            #expect(again.stderr.contains("er allerede åbent"))

            _ = try demo.succeed(["request", "approve", requests[0], "--conditions", "Evalueres efter tre måneder"])
            _ = try demo.succeed(["request", "split", requests[1], "--shares", "BEV=60,VOK=40"])
            #expect(try demo.succeed(["meeting", "postpone", requests[2]]).contains("udsat til næste møde"))
            let open = try #require(try demo.json(["meeting", "show"]) as? [String: Any])
            let states = Dictionary(uniqueKeysWithValues: try #require(open["items"] as? [[String: Any]]).compactMap { item in
                (item["key"] as? String).map { ($0, item["state"] as? String ?? "") }
            })
            #expect(states["request:\(requests[0])"] == "done")
            #expect(states["request:\(requests[1])"] == "done")
            #expect(states["request:\(requests[2])"] == "postponed")

            #expect(try demo.succeed(["meeting", "close"]).contains("2 behandlet"))
            let minutes = try demo.succeed(["minutes"])
            #expect(minutes.contains("# Beslutningsprotokol, chefforum · Skovby Kommune"))
            #expect(minutes.contains("Vilkår: Evalueres efter tre måneder"))
            #expect(minutes.contains("BEV 60 % · VOK 40 %"))
            let postponed = try #require(minutes.components(separatedBy: "## Udsatte punkter").last)
            #expect(postponed.contains(requests[2]))
            #expect(postponed.contains("Principper for efterværn"))
            let english = try demo.succeed(["minutes", "--lang", "en", "--format", "txt"])
            #expect(english.contains("Minutes of the chiefs' forum"))
            #expect(english.contains("Conditions: Evalueres efter tre måneder"))
            let html = try demo.succeed(["minutes", "--format", "html"])
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("<p class=\"municipality\">Skovby Kommune</p>"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(try demo.succeed(["minutes", "--format", "json"]).utf8))
                as? [String: Any])
            let decisions = try #require(json["decisions"] as? [[String: Any]])
            #expect(decisions.compactMap { $0["request"] as? String } == [requests[0], requests[1]])
            let split = try #require(decisions.last)
            let shares = try #require(split["shares"] as? [[String: Any]])
            #expect(shares.compactMap { $0["amount_ore"] as? Int }.reduce(0, +) == split["amount_ore"] as? Int)

            let closedAgain = try demo.run(["meeting", "close"])
            #expect(closedAgain.status != 0)
            #expect(closedAgain.stderr.contains("der er intet åbent møde"))
            #expect(try demo.succeed(["request", "reopen", requests[0], "--reason", "Ny lægeerklæring"]).contains("genoptaget"))
            #expect(try demo.succeed(["request", "show", requests[0]]).contains("genoptaget: godkend"))
            let next = try #require(try demo.json(["meeting", "show"]) as? [String: Any])
            let carried = try #require(next["items"] as? [[String: Any]]).first { ($0["key"] as? String) == "request:\(requests[2])" }
            #expect(carried?["postponed"] as? Bool == true)
        }
    }
}
