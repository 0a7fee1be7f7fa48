import ForumCore
import Foundation
import Testing
@testable import ForumSQLite
@testable import ForumStore

/// Random damage to valid files of every kind: whatever the damage, the readers either accept
/// the file or refuse it with messages that name it (and never echo a CPR number); and imported
/// into a real database, a refused file leaves every row as it was.
@Suite("Import fuzzing: damaged files of every kind")
struct ImportFuzzTests {
    /// The example files, in the order they can be imported into an empty database.
    static let files: [(ImportKind, String)] = [
        (.sectors, "sectors.csv"), (.subareas, "subareas.csv"), (.laws, "laws.csv"), (.users, "users.csv"),
        (.offers, "offers.csv"), (.budgets, "budgets.csv"), (.requests, "requests.csv"),
        (.waitinglist, "waitinglist.csv"), (.placements, "placements.csv"), (.postings, "postings.csv"),
    ]

    @Test("3.000 damaged files read: no crash; a refusal names the file and echoes no CPR number", .timeLimit(.minutes(1)))
    func readers() throws {
        let directory = TemporaryDirectory()
        var random = SplitMix64(seed: 0x5245_4144_4552_5321)
        var refused = 0, accepted = 0
        for (kind, file) in Self.files {
            let original = try Self.bytes(of: file)
            for index in 0..<300 {
                let name = "\(kind.rawValue)-\(index).csv"
                let path = directory.file(name, FileDamage.damaged(original, using: &random))
                if let failure = Self.read(kind, ImportSource(path: path, name: name)) {
                    refused += 1
                    Self.expectLocated(failure, name: name)
                } else {
                    accepted += 1
                }
            }
        }
        // A fuzzer that only made garbage, or nothing at all, would prove nothing.
        #expect(refused > accepted && accepted > 100)
    }

    @Test("300 damaged files imported: a refused one leaves every row of the database as it was", .timeLimit(.minutes(1)))
    func database() async throws {
        let store = try ImportDatabase()
        for (kind, file) in Self.files { try await store.importFile(kind, TestFiles.example(file)) }
        let query = try await store.fingerprintQuery()
        var random = SplitMix64(seed: 0x4348_4546_464F_5255)
        var before = try await store.fingerprint(query)
        var refused = 0, accepted = 0
        for (kind, file) in Self.files {
            let original = try Self.bytes(of: file)
            for index in 0..<30 {
                let name = "\(kind.rawValue)-\(index).csv"
                let path = store.directory.file(name, FileDamage.damaged(original, using: &random))
                do {
                    try await store.importFile(kind, ImportSource(path: path, name: name), options: ImportOptions(replace: true))
                    accepted += 1
                    before = try await store.fingerprint(query)
                } catch let failure as ImportFailure {
                    refused += 1
                    Self.expectLocated(failure, name: name)
                    #expect(try await store.fingerprint(query) == before, "\(name): the refused import changed the database")
                } catch let error as any UserFacingError {
                    // Refused for the database's state rather than a line of the file (a sector
                    // still in use): a message, and nothing changed.
                    refused += 1
                    let text = error.phrase.text(.danish)
                    #expect(!text.isEmpty && !CPRText.contains(text), "\(name): \(text)")
                    #expect(try await store.fingerprint(query) == before, "\(name): the refused import changed the database")
                }
            }
        }
        #expect(refused > accepted && accepted > 10)
    }

    static func bytes(of example: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestFiles.example(example).path)))
    }

    /// The file read as `kind` against the example organisation: nil when it is accepted.
    static func read(_ kind: ImportKind, _ source: ImportSource) -> ImportFailure? {
        do {
            if kind == .postings {
                var sink = CollectingSink()
                _ = try PostingsReader(subAreas: ExampleOrganisation.subAreas, allowUnmapped: false)
                    .read(source, key: testKey, into: &sink)
            } else {
                _ = try TableImport.read(kind, from: source, reference: ExampleOrganisation.reference,
                                         pseudonymizer: Pseudonymizer(key: testKey))
            }
            return nil
        } catch let failure as ImportFailure {
            return failure
        } catch {
            Issue.record("\(source.name): refused without a located message: \(error)")
            return nil
        }
    }

    static func expectLocated(_ failure: ImportFailure, name: String) {
        let described = failure.problems.map { $0.text(.danish) }.joined(separator: "\n")
        #expect(!failure.problems.isEmpty, "\(name): a refusal without a problem")
        #expect(failure.problems.allSatisfy { $0.file == name }, "\(name): \(described)")
        #expect(!CPRText.contains(described), "\(name): a message echoes a CPR number: \(described)")
    }
}

/// Ways a file gets damaged on its way from a spreadsheet: one to three edits of bytes, lines
/// and fields, with the tokens that break parsers (separators, quotes, line ends, NUL, invalid
/// UTF-8, bidi overrides, escape codes, huge and CPR-like numbers).
enum FileDamage {
    static let tokens: [[UInt8]] = [
        ";", "\"", "\n", "\r", "\r\n", "\0", "-", ",", ".", "=", " ", "ja", "nej",
        "0101901234", "010190-1234", "99999999999999999999", "-0", "1.234.567,89", "31-02-2026", "2026-13-01",
        "\u{202E}", "\u{1B}[2J", "\u{FEFF}", "０１０１９０-１２３４", String(repeating: "x", count: 300),
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE6, 0xF8], [0x80, 0x80]]

    static func damaged(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &random) { damage(&result, using: &random) }
        return result
    }

    private static func damage(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        guard !bytes.isEmpty else { bytes = tokens.randomElement(using: &random) ?? []; return }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            bytes[at] = UInt8.random(in: 0...255, using: &random)
        case 1:
            bytes.insert(contentsOf: tokens.randomElement(using: &random) ?? [], at: at)
        case 2:
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
        case 3:
            bytes.removeSubrange(at...)
        case 4:
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
            let line = Int.random(in: 0..<lines.count, using: &random)
            lines.insert(lines[line], at: Int.random(in: 0...lines.count, using: &random))
            bytes = Array(lines.joined(separator: [10]))
        case 5:
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
            lines.swapAt(Int.random(in: 0..<lines.count, using: &random), Int.random(in: 0..<lines.count, using: &random))
            bytes = Array(lines.joined(separator: [10]))
        default:
            // One field's text replaced by another's, so values land in the wrong columns.
            var fields = bytes.split(separator: 59, omittingEmptySubsequences: false).map(Array.init)
            fields[Int.random(in: 0..<fields.count, using: &random)] = fields.randomElement(using: &random) ?? []
            bytes = Array(fields.joined(separator: [59]))
        }
    }
}

/// A seeded generator, so that a failing case is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
