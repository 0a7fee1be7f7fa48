import Crypto
import ForumCore
import Foundation
import Testing
@testable import ForumStore

@Suite("Pseudonyms: keyed hash of CPR numbers, key file 0600")
struct PseudonymTests {
    @Test("The same CPR number gets the same pseudonym, with or without its dash, and is hashed once")
    func samePerson() throws {
        let pseudonymizer = Pseudonymizer(key: testKey)
        let first = try #require(pseudonymizer.pseudonym(forCPR: "010190-1234"))
        let second = try #require(pseudonymizer.pseudonym(forCPR: "0101901234"))
        #expect(first == second)
        #expect(pseudonymizer.pseudonyms.count == 1)
        #expect(first != pseudonymizer.pseudonym(forCPR: "020190-1234"))
        #expect(first.bytes.count == 32)
    }

    @Test("Another installation's key gives other pseudonyms")
    func keyed() {
        let ours = Pseudonymizer(key: testKey).pseudonym(forCPR: "010190-1234")
        let theirs = Pseudonymizer(key: PseudonymKey(bytes: Array(repeating: 8, count: 32))).pseudonym(forCPR: "010190-1234")
        #expect(ours != nil && ours != theirs)
    }

    @Test("The pseudonym is HMAC-SHA256 of the ten digits; the case id is P- and ten upper-case hex digits")
    func knownValue() throws {
        // HMAC-SHA256(key: 32 × 0x07, message: "0101901234"), computed independently with Python's hmac module.
        let pseudonym = try #require(Pseudonymizer(key: testKey).pseudonym(forCPR: "010190-1234"))
        #expect(PseudonymKey.encodeHex(pseudonym.bytes) == PseudonymTests.expectedHex)
        #expect(pseudonym.caseID.rawValue == "P-" + PseudonymTests.expectedHex.prefix(10).uppercased())
        #expect(!pseudonym.caseID.rawValue.contains("0101901234"))
    }

    @Test("The precomputed HMAC agrees with swift-crypto's HMAC for other keys and numbers")
    func agreesWithCryptoHMAC() throws {
        let key: [UInt8] = (0..<32).map { UInt8(($0 * 37 + 11) % 256) }
        let pseudonymizer = Pseudonymizer(key: PseudonymKey(bytes: key))
        for cpr in ["311299-9999", "0101000000", "150285-1437"] {
            let digits = Array(cpr.replacingOccurrences(of: "-", with: "").utf8)
            let expected = Array(HMAC<SHA256>.authenticationCode(for: digits, using: SymmetricKey(data: key)))
            #expect(pseudonymizer.pseudonym(forCPR: cpr)?.bytes == expected)
        }
    }

    static let expectedHex = "d969f159aa17149f76d21320992b8305a83e3838d717b3aeb12f9fb812a3ad8e"

    @Test("A missing key file is created with mode 0600 and 64 hex digits, and read back the same")
    func createsKeyFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/chefforum.key"
        let created = try PseudonymKey.loadOrCreate(at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.count == 65 && text.hasSuffix("\n"))
        let again = try PseudonymKey.loadOrCreate(at: path)
        #expect(Pseudonymizer(key: created).pseudonym(forCPR: "010190-1234") == Pseudonymizer(key: again).pseudonym(forCPR: "010190-1234"))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["chefforum.key"])
    }

    @Test("A key file that others may read is refused with a clear message")
    func refusesOpenKeyFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("chefforum.key", String(repeating: "ab", count: 32) + "\n")
        chmod(path, 0o644)
        #expect(throws: KeyFileError.tooOpen(path: path, mode: "0644")) { try PseudonymKey.loadOrCreate(at: path) }
        #expect(KeyFileError.tooOpen(path: path, mode: "0644").phrase.danish
                == "nøglefilen \(path) kan læses eller skrives af andre (rettigheder 0644); ret det med: chmod 600 \(path)")
        chmod(path, 0o600)
        #expect(throws: Never.self) { try PseudonymKey.load(at: path) }
    }

    @Test("A key file without 64 hex digits is refused, never replaced")
    func refusesMalformedKeyFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("chefforum.key", "not a key\n")
        chmod(path, 0o600)
        #expect(throws: KeyFileError.malformed(path: path)) { try PseudonymKey.loadOrCreate(at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a key\n")
    }
}
