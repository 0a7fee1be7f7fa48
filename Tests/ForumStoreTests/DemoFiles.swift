import Foundation
import ForumCore

/// Reads the demo municipality's CSV files (`Sources/ForumStore/Demo/Skovby`) for the tests: a small reader for
/// the `;`-separated, optionally quoted UTF-8 the demo files use.
struct DemoFile {
    let name: String
    let header: [String]
    let rows: [[String: String]]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ForumStore/Demo/Skovby")

    init(_ name: String) throws {
        self.name = name
        let text = try String(contentsOf: DemoFile.directory.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(DemoFile.fields)
        guard !lines.isEmpty else { throw DemoFileError.empty(name) }
        header = lines.removeFirst()
        var rows: [[String: String]] = []
        for (number, fields) in lines.enumerated() {
            guard fields.count == header.count else {
                throw DemoFileError.fieldCount(name, line: number + 2, found: fields.count, expected: header.count)
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, fields)))
        }
        self.rows = rows
    }

    /// Splits one line at `;`, honouring `"…"` quotes with `""` inside.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    if let following = characters.next() {
                        if following == "\"" {
                            current.append("\"")
                        } else {
                            quoted = false
                            if following == ";" {
                                fields.append(current)
                                current = ""
                            } else {
                                current.append(following)
                            }
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty {
                quoted = true
            } else if character == ";" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}

enum DemoFileError: Error {
    case empty(String)
    case fieldCount(String, line: Int, found: Int, expected: Int)
}

extension Dictionary where Key == String, Value == String {
    /// The field, or "" when the column is absent.
    subscript(field name: String) -> String { self[name] ?? "" }
}

/// Checks a CPR number's shape and date part: ten digits, a real day, and a birth year that
/// the seventh digit (the century rule) allows.
func isValidCPR(_ text: String) -> Bool {
    let digits = text.compactMap(\.wholeNumberValue)
    guard text.count == 10, digits.count == 10 else { return false }
    let day = digits[0] * 10 + digits[1]
    let month = digits[2] * 10 + digits[3]
    let yy = digits[4] * 10 + digits[5]
    let century: Int
    switch digits[6] {
    case 0...3: century = 1900
    case 4, 9: century = yy <= 36 ? 2000 : 1900
    default: century = yy <= 57 ? 2000 : 1800
    }
    return (try? Day(year: century + yy, month: month, day: day)) != nil
}

/// A date in a demo file, or nil when the field is empty or unreadable.
func day(_ text: String) -> Day? { text.isEmpty ? nil : try? Day(parsing: text) }

/// An amount in a demo file, or nil when the field is empty or unreadable.
func money(_ text: String) -> Money? { text.isEmpty ? nil : try? Money(parsing: text) }
