import Foundation
import ForumCore

/// Citizens known only by a keyed hash of their CPR number (see the import's pseudonymiser).
package enum Persons {
    /// The case id people see: `P-` and the first ten hex digits of the pseudonym. Derived from
    /// the pseudonym, never from the CPR number; 40 bits keep collisions negligible for a
    /// municipality's citizens, and a collision is caught by the UNIQUE constraint.
    package static func caseID(forPseudonym pseudonym: [UInt8]) -> CaseID {
        // A postings import creates tens of thousands of persons: no strings per digit.
        var text = "P-"
        for byte in pseudonym.prefix(5) {
            text.unicodeScalars.append(hexDigits[Int(byte >> 4)])
            text.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
        }
        return CaseID(text)
    }

    private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)
}
