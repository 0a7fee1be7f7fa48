import ForumCore
import Foundation
@testable import ForumStore

/// A directory of its own for one test, removed when the test lets go of it.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "/chefforum-import-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes a file and returns its path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    @discardableResult
    func file(_ name: String, _ text: String) -> String {
        file(name, Array(text.utf8))
    }
}

/// Files kept with the tests and with the product.
enum TestFiles {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the bad-file corpus.
    static func corpus(_ name: String) -> ImportSource {
        ImportSource(path: root.appendingPathComponent("Tests/ForumStoreTests/Fixtures/import/\(name)").path, name: name)
    }

    /// An example file of `data/examples`.
    static func example(_ name: String) -> ImportSource {
        ImportSource(path: root.appendingPathComponent("data/examples/\(name)").path, name: name)
    }
}

/// A fixed key, so that pseudonyms are the same on every run.
let testKey = PseudonymKey(bytes: Array(repeating: 7, count: 32))

/// The organisation of `data/examples`, as configured before cases and postings are imported.
enum ExampleOrganisation {
    static let sectors: Set<SectorCode> = ["BEV", "BUF", "VOK", "FAM"]
    static let subAreas = [
        SubArea(code: "5.68.90", name: "Mentorordninger", sector: "BEV"),
        SubArea(code: "5.68.98", name: "Beskæftigelsesindsats for forsikrede ledige", sector: "BEV"),
        SubArea(code: "5.28.21", name: "Forebyggende foranstaltninger for børn og unge", sector: "BUF"),
        SubArea(code: "5.28.23", name: "Døgnophold for børn og unge", sector: "BUF"),
        SubArea(code: "5.38.52", name: "Botilbud til længerevarende ophold (§ 108)", sector: "VOK"),
        SubArea(code: "5.38.58", name: "Beskyttet beskæftigelse", sector: "VOK"),
        SubArea(code: "5.38.45", name: "Behandling af stofmisbrugere", sector: "VOK"),
        SubArea(code: "5.28.20", name: "Familiebehandling", sector: "FAM"),
    ]
    static let laws = [
        LawBasis(code: "SEL52", name: "Serviceloven § 52", defaultPayer: "BUF"),
        LawBasis(code: "SEL85", name: "Serviceloven § 85", defaultPayer: "VOK"),
        LawBasis(code: "SEL107", name: "Serviceloven § 107", defaultPayer: "VOK"),
        LawBasis(code: "SEL108", name: "Serviceloven § 108", defaultPayer: "VOK"),
        LawBasis(code: "LABMENTOR", name: "Lov om en aktiv beskæftigelsesindsats, mentor", defaultPayer: "BEV"),
        LawBasis(code: "STU", name: "Lov om ungdomsuddannelse for unge med særlige behov", defaultPayer: "BUF"),
    ]
    static let offers: Set<OfferID> = ["BO-SKOVLY", "SEL85-TIMER", "MENTOR-VIRK", "FAM-HUSET"]

    static let reference = ImportReference(sectors: sectors, subAreas: subAreas, laws: laws, offers: offers)
}

/// Keeps every posting row it is given.
struct CollectingSink: PostingSink {
    var rows: [PostingRow] = []

    mutating func accept(_ chunk: PostingChunk) throws {
        rows += chunk.rows
    }
}

/// The messages of a refused import in one language, or nil when it was not refused.
func messages(_ language: Language = .danish, of body: () throws -> Void) -> [String]? {
    do {
        try body()
        return nil
    } catch let failure as ImportFailure {
        return failure.phrase.text(language).components(separatedBy: "\n")
    } catch {
        return ["unexpected error: \(error)"]
    }
}

/// Reads every record of a file with the CSV reader: the fields as text, and the problems.
func readRecords(_ path: String) -> (header: [String], records: [[String]], lines: [Int], problems: [String]) {
    let problems = ProblemLog(file: "f.csv")
    guard let reader = CSVReader(path: path, problems: problems), let header = reader.readHeader() else {
        return ([], [], [], problems.problems.map { $0.text(.danish) })
    }
    var records: [[String]] = []
    var lines: [Int] = []
    while reader.next() == .record {
        records.append((0..<reader.fields.count).map(reader.string))
        lines.append(reader.line)
    }
    return (header, records, lines, problems.problems.map { $0.text(.danish) })
}
