import Foundation
import GRDB
import Testing

/// `chefforum request …` on the demo: what scripts and command-line users rely on.
extension EndToEnd {
    @Suite("The request commands on the demo municipality")
    struct RequestCommandTests {
        @Test("The demo builds, verifies, and lists the forum's queue with a count and total")
        func demoQueue() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            #expect(try demo.succeed(["audit", "verify"]).contains("revisionssporet er intakt"))
            let users = try #require(try demo.json(["users", "list"]) as? [[String: Any]])
            let me = DemoDatabaseFixture.login
            #expect(users.contains { ($0["login"] as? String) == me && ($0["roles"] as? [String])?.contains("chair") == true })
            let table = try demo.succeed(["request", "list"])
            #expect(table.contains("Hvorfor her"))
            let items = try #require(try demo.json(["request", "list"]) as? [[String: Any]])
            #expect(items.count >= 15)
            #expect(items.allSatisfy { ($0["routed_to"] as? String) == "forum" })
            #expect(table.contains("\(items.count) indstillinger, i alt"))
            let all = try #require(try demo.json(["request", "list", "--all"]) as? [[String: Any]])
            #expect(all.count > items.count + 40)
        }

        @Test("Filtering above 25.000 kr; JSON has stable keys with amounts in øre")
        func filterAndJSON() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let items = try #require(try demo.json(["request", "list", "--filter", "beløb:>25000"]) as? [[String: Any]])
            #expect(!items.isEmpty)
            for item in items {
                #expect((item["amount_ore"] as? Int ?? 0) > 2_500_000)
                for key in ["id", "case", "status", "sector", "law", "offer", "amount_ore", "shares", "start", "end", "age_days", "routed_to", "version"] {
                    #expect(item[key] != nil, "key \(key)")
                }
                #expect((item["case"] as? String)?.hasPrefix("P-") == true)
            }
            let csv = try demo.succeed(["request", "list", "--filter", "sektor:BUF status:dagsorden", "--format", "csv"])
            #expect(csv.split(separator: "\n").first?.hasPrefix("Id;Sag;Sektor") == true)
        }

        @Test("An id is found in any case and by its unique ending; an ending several ids share is named as such")
        func typedIDs() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let id = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first?["id"] as? String)
            for typed in [id.lowercased(), String(id.suffix(4))] {
                let shown = try #require(try demo.json(["request", "show", typed]) as? [String: Any], "\(typed)")
                #expect((shown["request"] as? [String: Any])?["id"] as? String == id)
            }
            let ambiguous = try demo.run(["request", "show", "1"])
            #expect(ambiguous.status != 0)
            #expect(ambiguous.stderr.contains("«1» passer på") && ambiguous.stderr.contains("skriv flere tegn"))
            let unknown = try demo.run(["request", "approve", "9999"])
            #expect(unknown.status != 0 && unknown.stderr.contains("indstillingen 9999 findes ikke"))
        }

        @Test("A page has no CSV form: --format csv on a detail is refused, naming the formats it has")
        func pageFormats() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let id = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first?["id"] as? String)
            for (arguments, valid) in [(["request", "show", id], "'table' and 'json'"), (["capacity", "show", "BO-EGEBO"], "'table', 'md' or 'json'"),
                                       (["meeting", "show"], "'table', 'md' or 'json'")] {
                let refused = try demo.run(arguments + ["--format", "csv"])
                #expect(refused.status == 64 && refused.stdout.isEmpty, "\(arguments)")
                #expect(refused.stderr.contains(valid), "\(arguments)")
            }
            #expect(try demo.succeed(["capacity", "show", "BO-EGEBO", "--format", "md"]).contains("|---|"))
        }

        @Test("A CPR number in a reason is refused naming the field; no message echoes a CPR number")
        func noCPRInText() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            let first = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first)
            let id = try #require(first["id"] as? String)
            let refused = try demo.run(["request", "reject", id, "--reason", "Søsteren 010190-1234 har samme behov"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("«begrundelse» indeholder noget, der ligner et CPR-nummer"))
            #expect(!refused.stderr.contains("1234"))
            let shown = try #require(try demo.json(["request", "show", id]) as? [String: Any])
            #expect((shown["request"] as? [String: Any])?["status"] as? String == first["status"] as? String)
            let echoed = try demo.run(["request", "show", "0101901234"])
            #expect(echoed.status != 0)
            #expect(echoed.stderr.contains("xxxxxxxxxx"))
            #expect(!echoed.stderr.contains("0101901234"))
        }

        @Test("Terminal controls in a stored reason are shown as their code, never sent to the terminal")
        func controlsEscaped() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            let id = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first?["id"] as? String)
            _ = try demo.succeed(["request", "reject", id, "--reason", "Skjult \u{1B}[2J\u{202E}tekst"])
            let shown = try demo.succeed(["request", "show", id])
            #expect(shown.contains("Skjult \\u{1B}[2J\\u{202E}tekst"))
            #expect(!shown.contains("\u{1B}") && !shown.contains("\u{202E}"))
        }

        @Test("A bad filter is refused with a message naming it")
        func badFilter() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let result = try demo.run(["request", "list", "--filter", "farve:rød"])
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("chefforum: error: ukendt filter «farve:»"))
        }

        @Test("--filter reads the console's language: negation and alternatives; an unknown sector is named")
        func filterLanguage() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let items = try #require(try demo.json(["request", "list", "--all", "--filter", "sektor:BUF,VOK -status:udsat"])
                as? [[String: Any]])
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { ($0["status"] as? String) != "deferred" })
            let result = try demo.run(["request", "list", "--filter", "sektor:XYZ"])
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("chefforum: error: ukendt sektor «XYZ» (kendte: "))
        }

        @Test("Splitting 60/20/20 stores the decision and exact commitments; show reports them")
        func split() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            let output = try demo.succeed(["request", "split", "IND-2026-0206", "--shares", "BEV=60%,VOK=20%,BUF=20%"])
            #expect(output.contains("IND-2026-0206: godkendt · betaler BEV 60 % · VOK 20 % · BUF 20 %"))
            let detail = try #require(try demo.json(["request", "show", "IND-2026-0206"]) as? [String: Any])
            let request = try #require(detail["request"] as? [String: Any])
            #expect(request["status"] as? String == "approved")
            let shares = try #require(request["shares"] as? [[String: Any]])
            #expect(shares.map { $0["weight"] as? Int } == [60, 20, 20])
            let lines = try #require(detail["commitments"] as? [[String: Any]])
            var perMonth: [String: Int] = [:]
            for line in lines { perMonth[line["month"] as? String ?? "", default: 0] += line["amount_ore"] as? Int ?? 0 }
            #expect(perMonth.count == 12)
            #expect(perMonth.values.allSatisfy { $0 == 1_380_000 })
            #expect(lines.reduce(0) { $0 + ($1["amount_ore"] as? Int ?? 0) } == 16_560_000)
            let bev = lines.filter { $0["sector"] as? String == "BEV" }.reduce(0) { $0 + ($1["amount_ore"] as? Int ?? 0) }
            #expect(bev == 9_936_000)
            #expect(try demo.succeed(["audit", "list", "--entity", "IND-2026-0206"]).contains("request.approve"))
        }

        @Test("Decisions: approve, a second decision is told who decided, reject needs a reason")
        func decisions() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            #expect(try demo.succeed(["request", "approve", "IND-2026-0211", "--until", "28-02-2027"]).contains("godkendt tidsbegr."))
            let again = try demo.run(["request", "reject", "IND-2026-0211", "--reason", "for dyrt"])
            #expect(again.status == 1)
            #expect(again.stderr.contains("chefforum: error: allerede besluttet af"))
            let blank = try demo.run(["request", "reject", "IND-2026-0197", "--reason", "  "])
            #expect(blank.status == 1)
            #expect(blank.stderr.contains("en afvisning skal have en begrundelse"))
            let missing = try demo.run(["request", "reject", "IND-2026-0197"])
            #expect(missing.status == 64)
            let unknown = try demo.run(["request", "show", "IND-9999"])
            #expect(unknown.stderr == "chefforum: error: indstillingen IND-9999 findes ikke\n")
            let detail = try #require(try demo.json(["request", "show", "IND-2026-0197"]) as? [String: Any])
            #expect((detail["request"] as? [String: Any])?["status"] as? String == "on_agenda")
        }

        @Test("Outside an open meeting a forum request is refused, saying to open one; --meeting names only the open one")
        func outsideMeeting() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            for (arguments, lang, expected) in [
                (["request", "approve", "IND-2026-0211"], "da_DK.UTF-8", "afgøres i et åbent møde"),
                (["request", "split", "IND-2026-0211", "--shares", "BEV=1,VOK=1"], "en_US.UTF-8", "decided in an open meeting"),
            ] {
                let refused = try demo.run(arguments, lang: lang)
                #expect(refused.status == 1, "\(arguments)")
                #expect(refused.stderr.contains(expected) && refused.stderr.contains("chefforum meeting open"), "\(refused.stderr)")
            }
            let named = try demo.run(["request", "approve", "IND-2026-0211", "--meeting", "M-2026-01-07"])
            #expect(named.status != 0 && named.stderr.contains("mødet M-2026-01-07 er ikke åbent"))
            try demo.openMeeting()
            #expect(try demo.succeed(["request", "approve", "IND-2026-0211"]).contains("godkendt"))
            let detail = try #require(try demo.json(["request", "show", "IND-2026-0211"]) as? [String: Any])
            #expect((detail["request"] as? [String: Any])?["status"] as? String == "approved")
        }

        @Test("approve --wait N approves and puts the case on the offer's waiting list in band N, or moves it there")
        func approveAndWait() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            // Not for a capacity-limited offer, or a band out of range: refused before anything changes.
            let noOffer = try demo.run(["request", "approve", "IND-2026-0230", "--wait", "1"])
            #expect(noOffer.status == 1 && noOffer.stderr.contains("ingen venteliste, ingen pladser); intet er ændret"), "\(noOffer.stderr)")
            let band = try demo.run(["request", "approve", "IND-2026-0218", "--wait", "0"])
            #expect(band.status == 1 && band.stderr.contains("prioriteten skal ligge mellem 1 og 99"))
            for id in ["IND-2026-0230", "IND-2026-0218"] {
                let shown = try #require(try demo.json(["request", "show", id]) as? [String: Any])
                #expect((shown["request"] as? [String: Any])?["status"] as? String == "on_agenda", "\(id)")
            }
            let output = try demo.succeed(["request", "approve", "IND-2026-0218", "--wait", "3"])
            #expect(output.contains("IND-2026-0218: godkendt") && output.contains("på ventelisten til STU-SKOVBY med prioritet 3"))
            let offer = try #require(try demo.json(["capacity", "show", "STU-SKOVBY"]) as? [String: Any])
            let waiting = try #require(offer["waiting"] as? [[String: Any]])
            let request = try #require(try demo.json(["request", "show", "IND-2026-0218"]) as? [String: Any])
            let caseID = try #require((request["request"] as? [String: Any])?["case"] as? String)
            #expect(waiting.last?["case"] as? String == caseID && waiting.last?["priority"] as? Int == 3)
            #expect(try demo.succeed(["audit", "verify"]).contains("intakt"))
        }

        @Test("approve --allocate approves and places the case; the place carries the grant, which alone pays for it")
        func approveAndAllocate() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            try demo.openMeeting()
            #expect(try demo.run(["request", "approve", "IND-2026-0218", "--allocate", "--wait", "1"]).status == 64)
            let output = try demo.succeed(["request", "approve", "IND-2026-0218", "--allocate"])
            #expect(output.contains("IND-2026-0218: godkendt") && output.contains("er placeret på STU-SKOVBY"))
            #expect(output.contains("Pladsen betales af bevillingen IND-2026-0218"))
            let offer = try #require(try demo.json(["capacity", "show", "STU-SKOVBY"]) as? [String: Any])
            let placements = try #require(offer["placements"] as? [[String: Any]])
            let placed = try #require(placements.first { $0["request"] as? String == "IND-2026-0218" })
            #expect(placed["payer"] as? String == "SPU=1")
            #expect(try demo.succeed(["audit", "verify"]).contains("intakt"))
        }

        @Test("Someone who is not a user may read but not decide, and nothing changes")
        func readOnly() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let me = DemoDatabaseFixture.login
            _ = try demo.succeed(["users", "remove", me])
            let refused = try demo.run(["request", "approve", "IND-2026-0211"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("kun læseadgang"))
            #expect(try demo.succeed(["request", "list", "--filter", "IND-2026-0211"]).contains("på dagsorden"))
        }

        @Test("An import refused for want of the role creates no key file and names the roles that may")
        func refusedImportLeavesNoKey() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            _ = try demo.succeed(["users", "remove", DemoDatabaseFixture.login])
            let key = demo.directory.appendingPathComponent("ny.key").path
            let budgets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("data/examples/budgets.csv").path
            let refused = try demo.run(["import", "budgets", budgets, "--key", key])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("kun økonomer og administratorer kan indlæse data"))
            #expect(!FileManager.default.fileExists(atPath: key))
        }

        @Test("Building the demo never puts its CPR numbers in a named temporary file, so a kill can leave none behind")
        func demoLeavesNoCPRFile() throws {
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("cf-tmp-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: temporary) }
            let database = FileManager.default.temporaryDirectory.appendingPathComponent("cf-db-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: database) }
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["demo", "--no-ui", "--db", database.appendingPathComponent("demo.sqlite").path]
            process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var seen = Set<String>()
            while process.isRunning {
                seen.formUnion((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [])
                usleep(200)
            }
            #expect(process.terminationStatus == 0)
            #expect(seen.isEmpty, "named files in the temporary folder: \(seen)")
        }

        @Test("Tampering with the audit trail makes verify fail and name the event")
        func tampering() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let queue = try DatabaseQueue(path: demo.path)
            try queue.write { db in try db.execute(sql: "UPDATE audit_event SET actor_login = 'mallory' WHERE seq = 4") }
            try queue.close()
            let result = try demo.run(["audit", "verify"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("revisionssporet er brudt ved hændelse 4"))
        }

        @Test("demo refuses to overwrite a database that is not a demo")
        func demoSafety() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            let queue = try DatabaseQueue(path: demo.path)
            try queue.write { db in try db.execute(sql: "UPDATE settings SET is_demo = 0") }
            try queue.close()
            let result = try demo.run(["demo", "--no-ui"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("er ikke en demodatabase og bliver ikke overskrevet"))
        }

        @Test("demo replaces an unchanged demo, but one changed since it was built only with --force")
        func demoChanged() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            #expect(try demo.run(["demo", "--no-ui"]).status == 0)
            try demo.openMeeting()
            let id = try #require((try demo.json(["request", "list"]) as? [[String: Any]])?.first?["id"] as? String)
            #expect(try demo.run(["request", "defer", id, "--reason", "Lægeerklæring mangler"]).status == 0)
            let refused = try demo.run(["demo", "--no-ui"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("er ændret, siden den blev bygget (2 hændelser i revisionssporet); brug --force"))
            #expect(try demo.run(["demo", "--no-ui", "--force"]).status == 0)
            #expect(try demo.run(["demo", "--no-ui"]).status == 0)
        }

        @Test("A copy of the binary alone, run in another folder, builds the demo: its files are built in")
        func demoFromACopiedBinary() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chefforum-copy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let copy = folder.appendingPathComponent("chefforum")
            try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
            let database = folder.appendingPathComponent("demo.sqlite").path
            let built = try BinaryRunner.run(["demo", "--no-ui", "--db", database], executable: copy, in: folder)
            #expect(built.status == 0, "\(built.stderr)")
            let listed = try BinaryRunner.run(["request", "list", "--format", "json", "--db", database], executable: copy, in: folder)
            let items = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
            #expect((items?.count ?? 0) >= 15)
            // Nothing of the demo's files is left in the folder or next to the copy.
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("demo.sqlite-") }
            #expect(left.sorted() == ["chefforum", "demo.key", "demo.sqlite"])
            let refused = try BinaryRunner.run(["demo", "--no-ui", "--data", folder.path, "--db", database], executable: copy, in: folder)
            #expect(refused.status == 1 && refused.stderr.contains("har ikke demoens filer"))
        }
    }
}
