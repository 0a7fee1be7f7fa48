import Foundation
import ForumCore
import Testing
@testable import ForumTUI

/// `e` exports the table as listed — filtered and sorted — to csv, md or json, naming the file.
struct ExportTests {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cf-export-\(UUID().uuidString.prefix(8))")

    /// Types `name` over the suggested file name and confirms.
    func write(_ driver: inout DecisionsDriver, _ name: String) async {
        await driver.type("e")
        await driver.press(.control("u"))
        await driver.type(name)
        await driver.press(.enter)
    }

    @Test("The filtered, sorted queue goes to the file named, in the form its ending asks for; the status line names it")
    func exportQueue() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var driver = await DecisionsDriver()
        await driver.type("/sektor:BUF")
        await driver.press(.enter)
        await driver.type("S")
        let listed = driver.listedIDs
        #expect(!listed.isEmpty && listed.count < DecisionsFixture.requests.count)

        await driver.type("e")
        #expect(driver.dialog?.field?.text == "chefforum-beslutninger-2026-11-25.csv")
        await driver.press(.escape)

        let json = folder.appendingPathComponent("kø.json").path
        await write(&driver, json)
        #expect(driver.status == "\(listed.count) rækker eksporteret til \(json)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: String]])
        #expect(objects.compactMap { $0["Id"] } == listed)

        let csv = folder.appendingPathComponent("kø.csv").path
        await write(&driver, csv)
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("Id;Sag;Sektor;Lov;Tilbud") == true)
        #expect(lines.dropFirst().map { String($0.prefix { $0 != ";" }) } == listed)

        let markdown = folder.appendingPathComponent("kø.md").path
        await write(&driver, markdown)
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("| Id | Sag |"))

        await write(&driver, csv)
        #expect(driver.status?.contains("findes allerede og overskrives ikke") == true)
        await write(&driver, folder.appendingPathComponent("kø.txt").path)
        #expect(driver.status?.contains("skal ende på .csv, .md eller .json") == true)
        #expect(driver.dialog?.title == "Eksportér")
    }
}

extension ExportTests {
    @Test("An open detail is exported as its title and lines, as shown")
    func exportDetail() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var driver = await DecisionsDriver()
        await driver.press(.enter)
        await driver.type("e")
        #expect(driver.dialog?.field?.text == "chefforum-ind-2026-0142-2026-11-25.csv")
        await driver.press(.escape)
        let markdown = folder.appendingPathComponent("detalje.md").path
        await write(&driver, markdown)
        #expect(driver.status?.hasSuffix("linjer eksporteret til \(markdown)") == true, "\(driver.status ?? "")")
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.hasPrefix("# IND-2026-0142 · på dagsorden"))
        #expect(text.contains("P-"), "the case's pseudonym, as shown")
    }
}

extension ExportTests {
    @Test("On screen 5 the draft agenda exports a row per item, in its order")
    func exportAgenda() async throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var driver = await MeetingDriver()
        let titles = try #require(driver.screen?.rows.map(\.title))
        #expect(!titles.isEmpty)
        let csv = folder.appendingPathComponent("dagsorden.csv").path
        await driver.type("e")
        await driver.press(.control("u"))
        await driver.type(csv)
        await driver.press(.enter)
        #expect(driver.status == "\(titles.count) rækker eksporteret til \(csv)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "Status;Nr.;Afsnit;Emne;Titel;Hvorfor;Beløb (kr.)")
        #expect(lines.count == titles.count + 1)
        #expect(lines.dropFirst().first?.split(separator: ";", omittingEmptySubsequences: false).dropFirst().first == "1")
    }
}
