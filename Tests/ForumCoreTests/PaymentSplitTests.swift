import Testing
@testable import ForumCore

@Suite("Payment split: exact to the øre by largest remainder")
struct PaymentSplitTests {
    @Test("Weights 3:2:1 (½, ⅓, ⅙)", arguments: [
        (10_000_000, [5_000_000, 3_333_333, 1_666_667]),
        (5, [2, 2, 1]),
        (1, [1, 0, 0]),
        (2, [1, 1, 0]),
        (0, [0, 0, 0]),
        (-5, [-2, -2, -1]),
    ] as [(Int64, [Int64])])
    func halfThirdSixth(amount: Int64, expected: [Int64]) {
        let parts = split([("BEV", 3), ("VOK", 2), ("FAM", 1)]).allocate(Money(ore: amount))
        #expect(parts.map(\.amount.ore) == expected)
        #expect(parts.map(\.amount.ore).reduce(0, +) == amount)
    }

    @Test("Ties in the remainder go to the share given first")
    func ties() {
        let even = split([("A", 1), ("B", 1), ("C", 1)])
        #expect(even.allocate(Money(ore: 100)).map(\.amount.ore) == [34, 33, 33])
        #expect(even.allocate(Money(ore: 101)).map(\.amount.ore) == [34, 34, 33])
        let reversed = split([("C", 1), ("B", 1), ("A", 1)])
        #expect(reversed.allocate(Money(ore: 100)).map { $0.sector.rawValue } == ["C", "B", "A"])
        #expect(reversed.allocate(Money(ore: 100)).map(\.amount.ore) == [34, 33, 33])
    }

    @Test("Parts always sum to the whole, whatever the amount and weights")
    func sumsExactly() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 5) + 1
            let shares = (0..<count).map { index in
                PaymentSplit.Share(SectorCode("S\(index)"), Int(generator.next() % 997) + 1)
            }
            guard let candidate = try? PaymentSplit(shares) else { continue }
            let amount = Money(ore: Int64(generator.next() % 10_000_000_000) - 5_000_000_000)
            let parts = candidate.allocate(amount)
            #expect(Money.sum(parts.map(\.amount)) == amount)
            // No part is more than one øre away from its exact share.
            for (share, part) in zip(candidate.shares, parts) {
                let exact = Int128(amount.ore) * Int128(share.weight)
                let diff = Int128(part.amount.ore) * Int128(candidate.totalWeight) - exact
                #expect(diff.magnitude < UInt128(candidate.totalWeight))
            }
        }
    }

    @Test("Invalid splits are refused with the reason", arguments: [
        ([(String, Int)](), SplitError.empty),
        ([("BEV", 0)], .nonPositiveWeight("BEV", 0)),
        ([("BEV", -1), ("VOK", 2)], .nonPositiveWeight("BEV", -1)),
        ([("BEV", 1), ("bev", 2)], .duplicateSector("BEV")),
        ([("BEV", 2_000_000)], .weightTooLarge("BEV")),
    ])
    func invalid(shares: [(String, Int)], error: SplitError) {
        #expect(throws: error) { try PaymentSplit(shares.map { PaymentSplit.Share(SectorCode($0.0), $0.1) }) }
    }

    @Test("Reading shares as weights or percents", arguments: [
        ("BEV=60,VOK=20,FAM=20", [60, 20, 20]),
        ("BEV=60%, VOK=20%, FAM=20%", [60, 20, 20]),
        ("bev:3,vok:2,fam:1", [3, 2, 1]),
    ])
    func parsing(text: String, weights: [Int]) throws {
        let parsed = try PaymentSplit(parsing: text, known: ["BEV", "VOK", "FAM"])
        #expect(parsed.shares.map(\.weight) == weights)
        #expect(parsed.sectors == ["BEV", "VOK", "FAM"])
    }

    @Test("Share text errors", arguments: [
        ("", SplitError.empty),
        ("BEV=60%,VOK=30%", .percentsDoNotSumTo100(90)),
        ("BEV=60%,VOK=40", .mixedPercentsAndWeights),
        ("BEV", .unreadableShare("BEV")),
        ("BEV=x", .unreadableShare("BEV=x")),
        ("XYZ=1", .unknownSector("XYZ")),
    ])
    func parsingErrors(text: String, error: SplitError) {
        #expect(throws: error) { try PaymentSplit(parsing: text, known: ["BEV", "VOK", "FAM"]) }
    }

    @Test("Display percents add up to 100 and say when they are rounded")
    func displayPercents() {
        let thirds = split([("A", 1), ("B", 1), ("C", 1)]).displayPercents()
        #expect(thirds.percents.map(\.percent) == [34, 33, 33])
        #expect(!thirds.exact)
        let assens = split([("BEV", 60), ("VOK", 20), ("FAM", 20)])
        #expect(assens.displayPercents().percents.map(\.percent) == [60, 20, 20])
        #expect(assens.displayPercents().exact)
        #expect(assens.reduced.shares.map(\.weight) == [3, 1, 1])
    }
}

/// A tiny deterministic generator so property tests are repeatable.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("How a split reads")
struct SplitTextTests {
    @Test("Whole percents, fractions as glyphs, or a single payer", arguments: [
        ("BEV=60,VOK=20,FAM=20", "BEV 60 % · VOK 20 % · FAM 20 %"),
        ("BUF=3,SPU=2,PPR=1", "BUF ½ · SPU ⅓ · PPR ⅙"),
        ("VOK=2,BEV=1", "VOK ⅔ · BEV ⅓"),
        ("A=1,B=1,C=1,D=1,E=1,F=1,G=1", "A 1/7 · B 1/7 · C 1/7 · D 1/7 · E 1/7 · F 1/7 · G 1/7"),
        ("BEV=1", "BEV"),
    ])
    func text(shares: String, expected: String) throws {
        #expect(Strings.splitText(try PaymentSplit(parsing: shares)) == expected)
    }
}
