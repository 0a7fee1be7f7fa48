import ForumCore
import Foundation

/// What a written extract holds.
public struct GenerationSummary: Hashable, Sendable {
    public let lines: Int
    public let distinctCPR: Int
    public let total: Money
}

extension PostingsGenerator {
    /// The header of the `postings` format (docs/formats.md).
    public static let header = "bogføringsdato;konto;beløb;cpr;tekst"

    /// Writes the extract to a file (created or replaced), in the `postings` format: UTF-8,
    /// `;`-separated, Danish amounts, dates `dd-mm-yyyy`.
    public func write(toFile path: String) throws(GenerateError) -> GenerationSummary {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw .cannotWrite(path: path, reason: nil)
        }
        do {
            defer { try? handle.close() }
            return try write { chunk in try handle.write(contentsOf: chunk) }
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// The whole extract in memory.
    public func csvBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        _ = write { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Formats the lines straight into a reusable byte buffer and hands it to `sink` in chunks of
    /// about a megabyte: no string per line, so a million lines take well under a second.
    public func write(chunks sink: (UnsafeRawBufferPointer) throws -> Void) rethrows -> GenerationSummary {
        let accounts = plan.streams.map { $0.accounts.map { Array($0.utf8) } }
        let texts = layout.texts.map { $0.map { Array($0.utf8) } }
        let longestAccount = accounts.joined().map(\.count).max() ?? 0
        let longestText = texts.joined().map(\.count).max() ?? 0
        // date, amount (sign, 19 digits with dots, comma, øre), CPR, separators, newline
        let longestLine = 10 + longestAccount + 27 + 10 + longestText + 5
        let buffer = LineBuffer(capacity: Swift.max(1 << 20, 4 * longestLine))
        defer { buffer.release() }

        buffer.put(Array((PostingsGenerator.header + "\n").utf8))
        var seen = Array(repeating: UInt64(0), count: (layout.cprs.count + 63) / 64)
        var distinct = 0
        var total: Int64 = 0
        var lines = 0
        var raw = RawIterator(generator: self)
        while let line = raw.next() {
            if buffer.space < longestLine { try buffer.flush(to: sink) }
            buffer.putDate(line.day)
            buffer.put(UInt8(ascii: ";"))
            buffer.put(accounts[line.stream][line.account])
            buffer.put(UInt8(ascii: ";"))
            buffer.putAmount(line.amount)
            buffer.put(UInt8(ascii: ";"))
            if line.person >= 0 {
                buffer.putDigits(layout.cprs[line.person], count: 10)
                let (word, bit) = (line.person / 64, UInt64(1) << UInt64(line.person % 64))
                if seen[word] & bit == 0 {
                    seen[word] |= bit
                    distinct += 1
                }
            }
            buffer.put(UInt8(ascii: ";"))
            buffer.put(texts[line.stream][line.text])
            buffer.put(UInt8(ascii: "\n"))
            total += line.amount
            lines += 1
        }
        try buffer.flush(to: sink)
        return GenerationSummary(lines: lines, distinctCPR: distinct, total: Money(ore: total))
    }
}

/// A fixed block of bytes that lines are formatted into; flushed when nearly full.
private final class LineBuffer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    func release() { base.deallocate() }

    var space: Int { capacity - count }

    func flush(to sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard count > 0 else { return }
        try sink(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    func put(_ bytes: [UInt8]) {
        for byte in bytes { put(byte) }
    }

    /// Exactly `count` decimal digits, with leading zeros.
    func putDigits(_ value: UInt64, count digits: Int) {
        var rest = value
        var position = count + digits - 1
        while position >= count {
            base[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
        count += digits
    }

    /// `dd-mm-yyyy`.
    func putDate(_ day: Day) {
        putDigits(UInt64(day.day), count: 2)
        put(UInt8(ascii: "-"))
        putDigits(UInt64(day.month), count: 2)
        put(UInt8(ascii: "-"))
        putDigits(UInt64(day.year), count: 4)
    }

    /// A Danish amount from øre: `-1.234.567,89`.
    func putAmount(_ ore: Int64) {
        if ore < 0 { put(UInt8(ascii: "-")) }
        let magnitude = ore.magnitude
        var kroner = magnitude / 100
        var digits = 1
        var probe = kroner
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let length = digits + (digits - 1) / 3
        var position = count + length - 1
        var written = 0
        repeat {
            if written > 0 && written % 3 == 0 {
                base[position] = UInt8(ascii: ".")
                position -= 1
            }
            base[position] = UInt8(ascii: "0") + UInt8(kroner % 10)
            kroner /= 10
            written += 1
            position -= 1
        } while kroner > 0
        count += length
        put(UInt8(ascii: ","))
        putDigits(magnitude % 100, count: 2)
    }
}
