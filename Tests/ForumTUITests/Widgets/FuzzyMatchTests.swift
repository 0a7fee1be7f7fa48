import Testing
@testable import ForumTUI

/// How the palette and help filter.
struct FuzzyMatchTests {
    @Test("A contained query matches, case-insensitively, earlier ranks higher")
    func substring() throws {
        let early = try #require(FuzzyMatch.score("hjæ", in: "Hjælp"))
        let late = try #require(FuzzyMatch.score("hjæ", in: "Vis hjælp"))
        #expect(early > late)
    }

    @Test("Letters in order match too, ranked below a contained query")
    func subsequence() throws {
        let scattered = try #require(FuzzyMatch.score("nsk", in: "Næste skærm"))
        let contained = try #require(FuzzyMatch.score("skæ", in: "Næste skærm"))
        #expect(contained > scattered)
        #expect(FuzzyMatch.score("xyz", in: "Næste skærm") == nil)
        #expect(FuzzyMatch.score("", in: "anything") == 0)
    }

    @Test("Filtering keeps matches, best first, ties in their order")
    func filter() {
        let items = ["Vis Budget", "Afslut", "Vis Beslutninger", "Forrige skærm"]
        #expect(FuzzyMatch.filter(items, query: "vis", text: { $0 }) == ["Vis Budget", "Vis Beslutninger"])
        #expect(FuzzyMatch.filter(items, query: "", text: { $0 }) == items)
    }

    @Test("Help's filter wants every word, in any order, and no scattered letters")
    func words() {
        #expect(FuzzyMatch.containsWords("skærm næste", in: "Tab Næste skærm"))
        #expect(FuzzyMatch.containsWords("", in: "anything"))
        #expect(!FuzzyMatch.containsWords("skæ", in: "Mus: klik vælger en række"))
    }
}
