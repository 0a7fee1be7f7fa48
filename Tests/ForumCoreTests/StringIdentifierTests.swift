import Foundation
import Testing
@testable import ForumCore

/// Ids travel as plain strings in JSON and the audit trail, never as `{"rawValue": …}`.
struct StringIdentifierTests {
    @Test("Every id type encodes and decodes as its plain string")
    func plainStrings() throws {
        let encoder = JSONEncoder()
        #expect(String(decoding: try encoder.encode(RequestID("IND-2026-0142")), as: UTF8.self) == #""IND-2026-0142""#)
        #expect(String(decoding: try encoder.encode(CaseID("P-4F2A91")), as: UTF8.self) == #""P-4F2A91""#)
        #expect(String(decoding: try encoder.encode(OfferID("BO-SKOVLY")), as: UTF8.self) == #""BO-SKOVLY""#)
        #expect(String(decoding: try encoder.encode(SectorCode("buf")), as: UTF8.self) == #""BUF""#)
        #expect(try JSONDecoder().decode(SectorCode.self, from: Data(#""vok""#.utf8)) == "VOK")
        #expect(try JSONDecoder().decode(RequestID.self, from: Data(#""IND-1""#.utf8)).description == "IND-1")
    }

    @Test("Ids order by their text")
    func ordering() {
        #expect(RequestID("IND-2026-0099") < RequestID("IND-2026-0100"))
        #expect([SectorCode("VOK"), "BEV", "BUF"].sorted() == ["BEV", "BUF", "VOK"])
    }
}
