import Foundation
import Testing

/// `chefforum capacity …` on the demo: the board, one offer, and the commands that change it.
extension EndToEnd {
    @Suite("The capacity commands on the demo municipality")
    struct CapacityCommandTests {
        static let offerKeys = ["id", "name", "sector", "unit", "capacity", "occupied", "free", "quota", "quota_used",
                                "free_for_others", "waiting", "placements"]

        @Test("The board lists every offer with stable JSON keys; Egebo is over capacity; the filter reads the board's language")
        func board() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let offers = try #require(try demo.json(["capacity", "list"]) as? [[String: Any]])
            #expect(offers.count == 16)
            for offer in offers {
                for key in Self.offerKeys { #expect(offer[key] != nil, "key \(key)") }
                let capacity = offer["capacity"] as? Int ?? 0, occupied = offer["occupied"] as? Int ?? 0
                #expect(offer["free"] as? Int == max(0, capacity - occupied))
            }
            let egebo = try #require(offers.first { $0["id"] as? String == "BO-EGEBO" })
            #expect((egebo["occupied"] as? Int ?? 0) > (egebo["capacity"] as? Int ?? 0))
            let table = try demo.succeed(["capacity", "list"])
            #expect(table.contains("▲ overbelagt") && table.contains("16 tilbud"))
            let free = try #require(try demo.json(["capacity", "list", "--filter", "ledig:>0 sektor:VOK"]) as? [[String: Any]])
            #expect(!free.isEmpty && free.allSatisfy { ($0["free"] as? Int ?? 0) > 0 && $0["sector"] as? String == "VOK" })
            let bad = try demo.run(["capacity", "list", "--filter", "leverandør:måske"])
            #expect(bad.status != 0 && bad.stderr.hasPrefix("chefforum: error: ukendt leverandør «måske»"))
        }

        @Test("Placing on a full offer is refused unless a chief overrides with a reason; the override is audited")
        func refusedAndOverride() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let egebo = try #require(try demo.json(["capacity", "show", "BO-EGEBO"]) as? [String: Any])
            let waiting = try #require(egebo["waiting"] as? [[String: Any]])
            let first = try #require(waiting.first?["case"] as? String)
            #expect(waiting.allSatisfy { $0["recommended"] as? Bool == false })
            // The demo's person is its chair: between meetings the chair manages no offer.
            let between = try demo.run(["capacity", "allocate", "BO-EGEBO", "--case", first, "--override", "Akut: hjemløs"])
            #expect(between.status == 1 && between.stderr.contains("kun i et åbent møde"), "\(between.stderr)")
            try demo.openMeeting()
            let refused = try demo.run(["capacity", "allocate", "BO-EGEBO", "--case", first])
            #expect(refused.status != 0 && refused.stderr.contains("ingen ledig plads på BO-EGEBO"))
            let placed = try demo.succeed(["capacity", "allocate", "BO-EGEBO", "--case", first, "--override", "Akut: hjemløs"])
            #expect(placed.contains("\(first) er placeret på BO-EGEBO") && placed.contains("Prognose VOK"))
            let after = try #require(try demo.json(["capacity", "show", "BO-EGEBO"]) as? [String: Any])
            #expect(after["occupied"] as? Int == (egebo["occupied"] as? Int ?? 0) + 1)
            let placement = try #require((after["placements"] as? [[String: Any]])?.first { $0["case"] as? String == first })
            #expect(placement["override_reason"] as? String == "Akut: hjemløs")
            let audit = try demo.succeed(["audit", "list"])
            #expect(audit.contains("offer.allocate"))
        }

        @Test("Waiting: a new band moves the case up; a placement ends on a day; an unknown case is refused by name")
        func waitAndEnd() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            let offer = try #require(try demo.json(["capacity", "show", "FAM-BEHANDL"]) as? [String: Any])
            let waiting = try #require(offer["waiting"] as? [[String: Any]])
            let last = try #require(waiting.last?["case"] as? String)
            _ = try demo.succeed(["capacity", "wait", "FAM-BEHANDL", "--case", last, "--priority", "1"])
            let moved = try #require(try demo.json(["capacity", "show", "FAM-BEHANDL"]) as? [String: Any])
            let order = try #require(moved["waiting"] as? [[String: Any]])
            #expect(order.first { $0["case"] as? String == last }?["priority"] as? Int == 1)
            #expect(order.firstIndex { $0["case"] as? String == last } ?? 99 < waiting.count - 1)
            let placements = try #require(offer["placements"] as? [[String: Any]])
            let open = try #require(placements.first { $0["until"] is NSNull })
            let openCase = try #require(open["case"] as? String)
            let ended = try demo.succeed(["capacity", "end", "FAM-BEHANDL", "--case", openCase, "--on", "2099-12-31"])
            #expect(ended.contains("slutter 31.12.2099"))
            let bad = try demo.run(["capacity", "end", "FAM-BEHANDL", "--case", "P-0000000000", "--on", "2027-01-01"])
            #expect(bad.status != 0 && bad.stderr.contains("ingen igangværende placering"))
            let unknown = try demo.run(["capacity", "wait", "FAM-BEHANDL", "--case", "P-0000000000", "--priority", "1"])
            #expect(unknown.status != 0 && unknown.stderr.contains("sagen P-0000000000 findes ikke"))
        }
    }
}
