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

    /// `P-` and the first ten hexadecimal digits of the pseudonym (40 bits): short enough to say
    /// in a meeting, derived from the pseudonym and so never from the CPR number itself.
    public var caseID: CaseID { Persons.caseID(forPseudonym: bytes) }
}

/// Replaces CPR numbers by pseudonyms. The same CPR number always gets the same pseudonym
/// within one installation (one key); without the key, nobody can find the CPR number behind a
/// pseudonym by hashing all of the few billion possible ones.
///
/// Each distinct person is hashed once per import: a postings file names the same few thousand
/// people a million times, and the keyed hash is the costliest step of a line.
public final class Pseudonymizer {
    private let key: SymmetricKey
    private var indexByCPR: [Int64: Int32] = [:]
    /// The distinct pseudonyms met so far, in order of first appearance.
    public private(set) var pseudonyms: [Pseudonym] = []

    public init(key: PseudonymKey) {
        self.key = key.key
    }

    /// The index in `pseudonyms` of the person with this packed CPR number (see `CPRField`).
    func index(forPacked cpr: Int64) -> Int32 {
        if let index = indexByCPR[cpr] { return index }
        let code = HMAC<SHA256>.authenticationCode(for: CPRField.digits(cpr), using: key)
        let index = Int32(pseudonyms.count)
        pseudonyms.append(Pseudonym(bytes: Array(code)))
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
