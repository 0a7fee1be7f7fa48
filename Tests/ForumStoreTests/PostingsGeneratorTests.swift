import Foundation
import ForumCore
import Testing
@testable import ForumStore

/// The demo's own extract, generated once and shared by the tests that look at a full-size file.
private let demo = PostingsGenerator.skovbyDemo()
private let demoLines = Array(demo)

@Suite struct PostingsGeneratorTests {
    @Test func sameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
        let first = try PostingsGenerator(lines: 5_000, seed: 7).csvBytes()
        let again = try PostingsGenerator(lines: 5_000, seed: 7).csvBytes()
        let other = try PostingsGenerator(lines: 5_000, seed: 8).csvBytes()
        #expect(first == again)
        #expect(first != other)
    }

    @Test func everyLineHasFiveFieldsInTheDanishFormat() throws {
        let text = String(decoding: try PostingsGenerator(lines: 3_000, seed: 3).csvBytes(), as: UTF8.self)
        var lines = text.split(separator: "\n")
        #expect(lines.removeFirst() == "bogføringsdato;konto;beløb;cpr;tekst")
        #expect(lines.count == 3_000)
        var withCPR = 0
        for line in lines {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 5, "line «\(line)»")
            let date = try Day(parsing: fields[0])
            #expect(fields[0].count == 10 && fields[0].dropFirst(2).first == "-", "dd-mm-yyyy: \(fields[0])")
            #expect(date.year == 2026 && date.month <= 11)
            _ = try Money(parsing: fields[2])
            #expect(fields[2].contains(","), "always with øre: \(fields[2])")
            if !fields[3].isEmpty {
                withCPR += 1
                #expect(isValidCPR(fields[3]), "CPR \(fields[3])")
            }
            #expect(!fields[4].isEmpty)
        }
        #expect(withCPR > 0)
    }

    @Test func theSummaryCountsWhatWasWritten() throws {
        let generator = try PostingsGenerator(lines: 2_000, seed: 11)
        let lines = Array(generator)
        let summary = generator.write { _ in }
        #expect(summary.lines == 2_000)
        #expect(summary.total == Money.sum(lines.map(\.amount)))
        #expect(summary.distinctCPR == Set(lines.compactMap(\.cpr)).count)
    }

    @Test func aFileOnDiskHoldsTheSameBytes() throws {
        let generator = try PostingsGenerator(lines: 1_500, seed: 5)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("chefforum-generate-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try generator.write(toFile: path)
        #expect(summary.lines == 1_500)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == generator.csvBytes())
    }

    @Test func eachSubAreaSpendsExactlyItsMonthlyAmountWhateverTheLineCount() throws {
        for lines in [400, 7_000] {
            let generator = try PostingsGenerator(lines: lines, seed: 2)
            var sums: [String: Money] = [:]
            for posting in generator { sums["\(posting.subArea) \(posting.day.month)", default: .zero] += posting.amount }
            for stream in PostingsPlan.skovby.streams {
                for month in 1...11 {
                    #expect(sums["\(stream.subArea) \(month)"] == generator.amount(subArea: stream.subArea, month: month),
                            "\(stream.subArea) month \(month) with \(lines) lines")
                }
            }
        }
    }

    @Test func theDemoExtractHasAbout85PercentCPRLinesAndAFewThousandPeople() {
        #expect(demoLines.count == 100_000)
        let withCPR = demoLines.filter { $0.cpr != nil }.count
        #expect((82_000...88_000).contains(withCPR), "lines with CPR: \(withCPR)")
        let people = Set(demoLines.compactMap(\.cpr)).count
        #expect((2_000...9_000).contains(people), "distinct CPR numbers: \(people)")
    }

    @Test func aCitizenStaysInOneOrTwoSubAreas() {
        var areas: [String: Set<String>] = [:]
        for posting in demoLines {
            if let cpr = posting.cpr { areas[cpr, default: []].insert(posting.subArea) }
        }
        #expect(areas.values.allSatisfy { $0.count <= 2 })
        #expect(areas.values.contains { $0.count == 2 }, "some citizens are shared between sub-areas")
    }

    @Test func theDemoBooksNothingAfterTodayAndHasNegativeCorrections() throws {
        let today = try Day(year: 2026, month: 11, day: 25)
        #expect(demoLines.allSatisfy { $0.day <= today })
        let negative = demoLines.filter { $0.amount.isNegative }.count
        #expect((500...3_000).contains(negative), "negative lines: \(negative)")
    }

    @Test func everyAccountMapsToItsSubAreaInTheDemoChartOfAccounts() throws {
        let subAreas = try DemoFile("subareas.csv").rows.map {
            SubArea(code: $0[field: "kode"], name: $0[field: "navn"], sector: SectorCode($0[field: "sektor"]))
        }
        let map = AccountMap(subAreas)
        for stream in PostingsPlan.skovby.streams {
            for account in stream.accounts {
                #expect(map.subArea(forAccount: account)?.code == stream.subArea, "account \(account)")
            }
        }
        let accounts = Set(demoLines.map { "\($0.account) \($0.subArea)" })
        for pair in accounts {
            let parts = pair.split(separator: " ").map(String.init)
            #expect(map.subArea(forAccount: parts[0])?.code == parts[1], "account \(parts[0])")
        }
    }

    @Test func fictionalCPRNumbersFailTheOldModulus11Check() {
        for stream in PostingsPlan.skovby.streams {
            for local in 0..<50 {
                let number = FictionalCPR.number(series: stream.series, local: local, band: stream.band)
                let digits = FictionalCPR.text(number).compactMap(\.wholeNumberValue)
                #expect(!FictionalCPR.passesModulus11(digits))
                #expect(isValidCPR(FictionalCPR.text(number)))
            }
        }
    }

    @Test func badSettingsAreRefusedWithAReason() throws {
        #expect(throws: GenerateError.lineCountNotPositive(0)) { try PostingsGenerator(lines: 0) }
        // Counts it cannot produce are refused, never attempted (Int.max used to overflow and crash).
        #expect(throws: GenerateError.lineCountTooLarge(Int.max)) { try PostingsGenerator(lines: Int.max) }
        #expect(throws: GenerateError.lineCountTooLarge(100_000_001)) { try PostingsGenerator(lines: 100_000_001) }
        #expect(GenerateError.lineCountTooLarge(100_000_001).phrase.danish
                == "højst 100.000.000 posteringer i ét udtræk (fandt 100.000.001)")
        #expect(throws: GenerateError.monthOutOfRange(13)) { try PostingsGenerator(lines: 10, throughMonth: 13) }
        #expect(throws: GenerateError.yearOutOfRange(1999)) { try PostingsGenerator(lines: 10, year: 1999) }
        let october = try Day(year: 2026, month: 10, day: 31)
        #expect(throws: GenerateError.lastBookingDayOutsidePeriod(october)) {
            try PostingsGenerator(lines: 10, throughMonth: 11, lastBookingDay: october)
        }
        #expect(GenerateError.lineCountNotPositive(-5).phrase.danish
                == "antallet af posteringer skal være mindst 1 (fandt -5)")
    }

    @Test func anUnwritablePathIsAClearError() throws {
        let generator = try PostingsGenerator(lines: 10)
        let path = "/nonexistent-chefforum-directory/postings.csv"
        #expect(throws: GenerateError.cannotWrite(path: path, reason: nil)) { try generator.write(toFile: path) }
        #expect(GenerateError.cannotWrite(path: path, reason: nil).phrase.english
                == "cannot write the file «/nonexistent-chefforum-directory/postings.csv»")
    }

    @Test func fewerLinesThanMonthsTimesSubAreasStillGivesTheLinesAskedFor() throws {
        let generator = try PostingsGenerator(lines: 25, seed: 4)
        #expect(Array(generator).count == 25)
    }
}
