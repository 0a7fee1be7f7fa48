import Crypto
import ForumCore

/// A person's pseudonym: the HMAC-SHA256 of their CPR number under the installation's key.
///
/// The full 32 bytes identify the person in the database; users see the short `caseID`.
public struct Pseudonym: Hashable, Sendable {
    public let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `P-` and the first ten hexadecimal digits of the pseudonym: derived from the pseudonym,
    /// and so never from the CPR number itself.
    public var caseID: CaseID { Persons.caseID(forPseudonym: bytes) }
}

/// Replaces CPR numbers by pseudonyms. The same CPR number always gets the same pseudonym
/// within one installation (one key); without the key, nobody can find the CPR number behind a
/// pseudonym by hashing all of the few billion possible ones.
///
/// Each distinct person is hashed once per import: a postings file names the same few thousand
/// people a million times. And the key's part of HMAC (RFC 2104: the hash states after the key
/// XOR ipad and opad blocks) is computed once, so a person costs two short SHA-256 runs.
public final class Pseudonymizer {
    private let inner: SHA256
    private let outer: SHA256
    private var indexByCPR: [Int64: Int32] = [:]
    /// The distinct pseudonyms met so far, in order of first appearance.
    public private(set) var pseudonyms: [Pseudonym] = []

    public init(key: PseudonymKey) {
        // The key is 32 bytes, shorter than SHA-256's 64-byte block: it is zero-padded as is.
        var block = key.key.withUnsafeBytes { Array($0) }
        block += [UInt8](repeating: 0, count: max(0, 64 - block.count))
        var inner = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(data: block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// The index in `pseudonyms` of the person with this packed CPR number (see `CPRField`).
    func index(forPacked cpr: Int64) -> Int32 {
        if let index = indexByCPR[cpr] { return index }
        var innerHash = inner
        innerHash.update(data: CPRField.digits(cpr))
        var outerHash = outer
        outerHash.update(data: Array(innerHash.finalize()))
        let index = Int32(pseudonyms.count)
        pseudonyms.append(Pseudonym(bytes: Array(outerHash.finalize())))
        indexByCPR[cpr] = index
        return index
    }

    /// The pseudonym of a CPR number written as text (`010190-1234` or `0101901234`), or nil when
    /// it is not a valid CPR number.
    public func pseudonym(forCPR text: String) -> Pseudonym? {
        let packed = Array(text.utf8).withUnsafeBufferPointer { try? CPRField.parse($0) }
        guard let packed else { return nil }
        return pseudonyms[Int(index(forPacked: packed))]
    }
}
