import Testing
@testable import ForumCore

@Suite("Where activity is counted (DOMAIN §13)")
struct ActivityAttributionTests {
    static let subAreas = [
        SubArea(code: "5.38.38", name: "Personlig støtte (§ 85)", sector: "VOK"),
        SubArea(code: "5.38.52", name: "Botilbud til midlertidigt ophold (§ 107)", sector: "VOK"),
        SubArea(code: "5.68.98", name: "Beskæftigelsesordninger", sector: "BEV"),
    ]
    static let laws = [
        LawBasis(code: "SEL85", name: "Serviceloven § 85 – socialpædagogisk bistand", defaultPayer: "VOK"),
        LawBasis(code: "LAB", name: "Lov om en aktiv beskæftigelsesindsats – mentorstøtte", defaultPayer: "BEV"),
    ]

    static func grant(_ id: String, law: String, payer: SectorCode, case caseID: CaseID) -> GrantRequest {
        var request = Fixture.request(id, kroner: 10_000, split: .single(payer), status: .approved)
        request.law = law
        request.caseID = caseID
        return request
    }

    @Test("The law's paragraph in a sub-area's name first, then the case's largest spend, else the sector as not attributed")
    func attribution() {
        let offer = Offer(id: "BO-1", name: "Skovlyhuset – midlertidigt botilbud (§ 107)", sector: "VOK", capacity: 3,
                          tariff: Tariff(base: kr(40_000)),
                          placements: [Placement(id: 1, offer: "BO-1", caseID: "P-3", from: day(2026, 1, 1),
                                                 tariff: Tariff(base: kr(40_000)), payer: .single("VOK"))])
        let spans = Activity.spans(
            requests: [Self.grant("IND-1", law: "SEL85", payer: "VOK", case: "P-1"),
                       Self.grant("IND-2", law: "LAB", payer: "BEV", case: "P-1"),
                       Self.grant("IND-3", law: "LAB", payer: "BEV", case: "P-2"),
                       Self.grant("IND-4", law: "SEL85", payer: "BUF", case: "P-2")],
            offers: [offer], laws: Self.laws, subAreas: Self.subAreas,
            caseSubAreas: [CaseSubArea(caseID: "P-1", sector: "BEV", subArea: "5.68.98")])
        // IND-4's paragraph names a VOK sub-area, but BUF pays: only the payer's sub-areas count.
        #expect(spans.map(\.subArea) == ["5.38.38", "5.68.98", "BEV", "BUF", "5.38.52"])
    }

    @Test("Paragraphs are read with or without a space, and several in one name")
    func paragraphs() {
        #expect(Activity.paragraphs("Serviceloven § 11 / barnets lov § 30") == ["11", "30"])
        #expect(Activity.paragraphs("Botilbud (§107)") == ["107"])
        #expect(Activity.paragraphs("Mentorstøtte") == [])
    }
}
