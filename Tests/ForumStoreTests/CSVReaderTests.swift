import ForumCore
import Testing
@testable import ForumStore

@Suite("CSV reader: separators, quotes, line ends, encodings, chunks")
struct CSVReaderTests {
    @Test("The separator is detected from the header: ; or ,")
    func separators() {
        let directory = TemporaryDirectory()
        let semicolon = readRecords(directory.file("a.csv", "a;b,c;d\n1;2,5;3\n"))
        #expect(semicolon.header == ["a", "b,c", "d"])
        #expect(semicolon.records == [["1", "2,5", "3"]])
        let comma = readRecords(directory.file("b.csv", "a,b,c\n1,\"2,5\",3\n"))
        #expect(comma.header == ["a", "b", "c"])
        #expect(comma.records == [["1", "2,5", "3"]])
    }

    @Test("Quoted fields keep separators, line breaks and doubled quotes; lines count physical lines")
    func quotes() {
        let directory = TemporaryDirectory()
        let text = "a;b\n\"x;y\";\"sagt \"\"nej\"\"\"\n\"to\nlinjer\";z\n\"\";sidst\n"
        let result = readRecords(directory.file("q.csv", text))
        #expect(result.records == [["x;y", "sagt \"nej\""], ["to\nlinjer", "z"], ["", "sidst"]])
        #expect(result.lines == [2, 3, 5])
        #expect(result.problems.isEmpty)
    }

    @Test("CRLF and LF read alike, a last line may lack its line end, blank lines are skipped")
    func lineEnds() {
        let directory = TemporaryDirectory()
        let result = readRecords(directory.file("e.csv", "a;b\r\n1;2\r\n\r\n;\r\n\"3\";4\r\n5;6"))
        #expect(result.records == [["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(result.lines == [2, 5, 6])
    }

    @Test("UTF-8 with and without BOM and Windows-1252 all keep æøå")
    func encodings() {
        let directory = TemporaryDirectory()
        let withBOM = readRecords(directory.file("bom.csv", [0xEF, 0xBB, 0xBF] + Array("beløb;år\nÆble;Øre Å\n".utf8)))
        #expect(withBOM.header == ["beløb", "år"])
        #expect(withBOM.records == [["Æble", "Øre Å"]])
        let plain = readRecords(directory.file("utf8.csv", "tekst\nblåbærgrød\n"))
        #expect(plain.records == [["blåbærgrød"]])
        // "beløb;tekst\nblåbær€\n" in Windows-1252
        let windows: [UInt8] = Array("bel".utf8) + [0xF8] + Array("b;tekst\nbl".utf8) + [0xE5, 0x62, 0xE6, 0x72, 0x80] + [0x0A]
        let result = readRecords(directory.file("cp1252.csv", windows))
        #expect(result.header == ["beløb", "tekst"])
        #expect(result.records == [["blåbær€"]])
        #expect(result.problems.isEmpty)
    }

    @Test("Valid UTF-8 in a file decided as Windows-1252 is a mix of encodings")
    func utf8AfterWindows1252() {
        let directory = TemporaryDirectory()
        let bytes: [UInt8] = Array("a\nk".utf8) + [0xE6, 0x6C] + Array("\nk".utf8) + Array("æl\n".utf8)
        let result = readRecords(directory.file("mix.csv", bytes))
        #expect(result.problems == ["f.csv:3:1: UTF-8-tegn i en Windows-1252-fil (filen blander tegnsæt)"])
    }

    @Test("UTF-16 is refused with advice")
    func utf16() {
        let directory = TemporaryDirectory()
        let result = readRecords(directory.file("u16.csv", [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]))
        #expect(result.problems == ["f.csv:1: filen er UTF-16; gem den som UTF-8 eller Windows-1252"])
    }

    @Test("Text after a closing quote is refused at its line and column")
    func textAfterQuote() {
        let directory = TemporaryDirectory()
        let result = readRecords(directory.file("t.csv", "a;b\n1;\"to\"x\n"))
        #expect(result.problems == ["f.csv:2:2: tekst efter det afsluttende anførselstegn (fandt «x»)"])
    }

    @Test("Records that straddle the 1 MiB chunks are read whole and in order")
    func chunkBoundaries() {
        let directory = TemporaryDirectory()
        var text = "nummer;tekst\n"
        let count = 60_000
        for number in 1...count {
            // A quoted field with a line break and a doubled quote now and then, so some land on a boundary.
            text += number % 7 == 0 ? "\(number);\"linje \"\"\(number)\"\"\nfortsat æøå\"\r\n" : "\(number);linje \(number) med lidt tekst\n"
        }
        let result = readRecords(directory.file("big.csv", text))
        #expect(result.problems.isEmpty)
        #expect(result.records.count == count)
        #expect(result.records.enumerated().allSatisfy { $0.element[0] == String($0.offset + 1) })
        #expect(result.records[6] == ["7", "linje \"7\"\nfortsat æøå"])
        #expect(result.records.last == ["60000", "linje 60000 med lidt tekst"])
        // Line 2 is record 1; every seventh record takes two lines.
        #expect(result.lines.last == 2 + (count - 1) + (count - 1) / 7)
    }
}
