import Foundation
import Testing

/// CSV and JSON are for spreadsheets and scripts: every numeric column carries a plain integer
/// (øre, days, per mille, a count), never `engangsbeløb`, `69 d` or `288.000`.
extension EndToEnd {
    @Suite("Plain numbers in CSV and JSON")
    struct PlainNumbersTests {
        /// A list command and its numeric columns: CSV headings and JSON keys (a key may hold an
        /// object of numbers, such as amounts by year). Those in `mayBeEmpty` have no number on some
        /// rows (a one-off's monthly amount, a deviation against a zero budget).
        struct Case: CustomStringConvertible {
            let arguments: [String]
            let csv: [String]
            let json: [String]
            var mayBeEmpty: Set<String> = []
            var description: String { arguments.joined(separator: " ") }
        }

        static let ore = ["Korr. budget (øre)", "Forventet t.d. (øre)", "Forbrug (øre)", "Disp. resten (øre)",
                          "Forv. udisp. (øre)", "Prognose (øre)", "Afvigelse (øre)"]
        static let cases: [Case] = [
            Case(arguments: ["request", "list"], csv: ["I alt (øre)", "Pr. md. (øre)", "Venter (dage)"],
                 json: ["amount_ore", "monthly_ore", "age_days", "version"], mayBeEmpty: ["Pr. md. (øre)", "monthly_ore"]),
            Case(arguments: ["capacity", "list"],
                 csv: ["Kap.", "Belagt", "Ledig", "Kvote brugt", "Kvote", "Andre", "Vent.", "Længst (dage)", "Pris/enh. (øre)"],
                 json: ["capacity", "occupied", "free", "quota", "quota_used", "free_for_others", "tariff_ore", "version"],
                 mayBeEmpty: ["Længst (dage)"]),
            Case(arguments: ["report", "burn"], csv: ore + ["Afv. ‰"],
                 json: ["budget", "expected", "actual", "committed", "uncommitted", "forecast", "deviation", "transition_inflow"],
                 mayBeEmpty: ["Afv. ‰"]),
            Case(arguments: ["report", "deviations"], csv: ["Afvigelse (øre)", "Afv. ‰"], json: ["deviation", "deviation_per_mille"],
                 mayBeEmpty: ["Afv. ‰", "deviation_per_mille"]),
            Case(arguments: ["report", "bridge"], csv: ["Sidste prognose (øre)", "uforklaret (øre)", "Denne prognose (øre)"],
                 json: ["previous_forecast", "lines", "forecast"]),
            Case(arguments: ["report", "families"], csv: ["I alt (øre)", "BUF (øre)", "VOK (øre)"], json: ["total", "by_sector", "families"]),
            Case(arguments: ["transition", "list"], csv: ["2026 (øre)", "2027 (øre)"], json: ["annual_ore", "expected"]),
            Case(arguments: ["report", "transitions"], csv: ["2026 (øre)"], json: ["annual_ore", "expected"]),
            Case(arguments: ["audit", "list"], csv: ["Nr."], json: ["seq"]),
            Case(arguments: ["meeting", "list"], csv: ["Punkter"], json: ["opened_at"]),
        ]

        @Test("Each list's numeric columns parse as integers in CSV and in JSON")
        func plainNumbers() throws {
            let demo = try DemoDatabaseFixture()
            defer { demo.remove() }
            // A meeting, so that the meeting list has a row.
            _ = try demo.succeed(["meeting", "open", "--participants", "hbirk"])
            for test in Self.cases {
                let csv = Self.csvRows(try demo.succeed(test.arguments + ["--format", "csv"]))
                let headings = try #require(csv.first, "\(test)")
                #expect(csv.count > 1, "\(test) has rows")
                for column in test.csv {
                    let index = try #require(headings.firstIndex(of: column), "\(test): no column \(column) in \(headings)")
                    for row in csv.dropFirst() {
                        let cell = row[index]
                        #expect(Int64(cell) != nil || (cell.isEmpty && test.mayBeEmpty.contains(column)),
                                "\(test): \(column) holds «\(cell)»")
                    }
                }
                let objects = try #require(try demo.json(test.arguments) as? [[String: Any]], "\(test)")
                #expect(!objects.isEmpty, "\(test) has objects")
                for object in objects {
                    for key in test.json {
                        let value = object[key]
                        let plain = Self.isInteger(value) || (value as? [String: Any])?.values.allSatisfy(Self.isInteger) == true
                            || ((value == nil || value is NSNull) && test.mayBeEmpty.contains(key))
                        #expect(plain, "\(test): \(key) holds \(String(describing: value))")
                    }
                }
            }
        }

        /// A whole number, not a fraction or text.
        static func isInteger(_ value: Any?) -> Bool {
            guard let number = value as? NSNumber else { return false }
            return Int64(number.stringValue) != nil
        }

        /// Rows of `;`-separated fields, a field in quotes where it holds `;`, `"` or a line break.
        static func csvRows(_ text: String) -> [[String]] {
            var rows: [[String]] = []
            var row: [String] = []
            var field = ""
            var quoted = false
            var characters = Array(text)[...]
            while let character = characters.popFirst() {
                if quoted {
                    if character == "\"" {
                        if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                    } else {
                        field.append(character)
                    }
                } else if character == "\"" {
                    quoted = true
                } else if character == ";" {
                    row.append(field); field = ""
                } else if character == "\n" {
                    row.append(field); field = ""
                    rows.append(row); row = []
                } else {
                    field.append(character)
                }
            }
            if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
            return rows
        }
    }
}
