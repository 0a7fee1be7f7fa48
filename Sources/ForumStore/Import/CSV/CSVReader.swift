import Crypto
import ForumCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file record by record from big chunks of bytes, so that memory stays flat
/// however long the file is and no line costs an allocation.
///
/// The separator (`;` or `,`) is detected from the header; fields may be quoted with doubled
/// quotes inside; lines end in LF or CRLF. The encoding is UTF-8 (a BOM decides it at once) or
/// Windows-1252, decided by the first non-ASCII byte sequence; a later byte that does not fit
/// the decided encoding is a problem at its line and column. Structural damage — a NUL byte,
/// a record longer than `maximumRecordLength`, a quote that never closes — stops the reading,
/// since no record boundary after it can be trusted.
///
/// Fields are handed out as byte buffers that are valid until the next call to `next()`. The
/// bytes are hashed as they are read, so that the file's fingerprint costs no second pass.
final class CSVReader {
    struct Field {
        var start: Int
        var end: Int
        /// Quoted with doubled quotes inside: unescaped in place on first access.
        var escaped: Bool
    }

    enum Next { case record, end }

    private enum Scan {
        case complete(next: Int, lines: Int, seen: UInt8)
        /// The buffer ended inside the record; `openQuote` is where an unclosed quote began.
        case needMore(openQuote: (line: Int, column: Int)?)
        case endOfData
        case stopped
    }

    /// Bytes read from the file at a time.
    static let chunkSize = 1 << 20
    /// A record longer than this is refused without reading it whole: no finance extract has one,
    /// and a quote that never closes would otherwise swallow the file.
    static let maximumRecordLength = 1 << 16

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let problems: ProblemLog
    /// The file's size in bytes when it was opened (for progress).
    let fileSize: Int64
    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity = CSVReader.chunkSize + CSVReader.maximumRecordLength
    private var filled = 0
    private var cursor = 0
    private var atEOF = false
    private var consumedBeforeBuffer: Int64 = 0
    private var nextLine = 1
    private var hasher = SHA256()

    /// A fatal problem ended the reading early.
    private(set) var stopped = false
    private(set) var separator = UInt8(ascii: ";")
    /// Nil until the first non-ASCII byte sequence (or a BOM) decides it.
    private(set) var encoding: TextEncoding?
    /// The fields of the current record.
    private(set) var fields: [Field] = []
    /// The line where the current record starts.
    private(set) var line = 0
    /// False when the current record had an encoding problem (already reported).
    private(set) var recordIsClean = true

    /// Opens the file, or reports why it cannot and returns nil.
    init?(path: String, problems: ProblemLog) {
        self.problems = problems
        // Non-blocking, so that a FIFO with no writer is refused at once instead of waiting for
        // one; for a regular file the flag changes nothing.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            problems.add(Strings.importCannotOpen(CSVReader.systemError()))
            return nil
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            problems.add(Strings.importNotARegularFile)
            return nil
        }
        self.descriptor = descriptor
        fileSize = Int64(status.st_size)
        buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: CSVReader.chunkSize + CSVReader.maximumRecordLength)
        fields.reserveCapacity(64)
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
    }

    /// SHA-256 of the bytes read so far, in hexadecimal: the file's fingerprint once `next()`
    /// has returned `.end` without a fatal problem.
    var fingerprint: String {
        PseudonymKey.encodeHex(Array(hasher.finalize()))
    }

    /// Bytes of the file consumed so far (for progress).
    var bytesConsumed: Int64 { consumedBeforeBuffer + Int64(cursor) }

    /// Reads the header: skips a UTF-8 byte-order mark, refuses UTF-16, detects the separator,
    /// and returns the column names as written. Nil (with the problem reported) for an empty file.
    func readHeader() -> [String]? {
        while filled < 4 && !atEOF {
            guard refill() else { return nil }
        }
        if filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            cursor = 3
            encoding = .utf8
        } else if filled >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)) {
            problems.add(line: 1, Strings.importUTF16)
            stopped = true
            return nil
        }
        detectSeparator()
        guard next() == .record else {
            if !stopped { problems.add(Strings.importEmptyFile) }
            return nil
        }
        let names = (0..<fields.count).map(string)
        // A lone CR does not end a line here, so a file whose lines end in CR alone (classic Mac
        // OS, some exports) reads as one long header holding CRs: named, not "column missing".
        if names.contains(where: { $0.contains("\r") }) {
            problems.add(line: 1, Strings.importCROnlyLineEndings)
            stopped = true
            return nil
        }
        return names
    }

    /// Moves to the next record with data, skipping blank lines. `.end` at the end of the file
    /// or after a fatal problem (see `stopped`).
    func next() -> Next {
        guard !stopped else { return .end }
        while true {
            switch scan() {
            case .complete(let next, let lines, let seen):
                if next - cursor > CSVReader.maximumRecordLength + 2 {
                    return stop(line: nextLine, column: nil, Strings.importLineTooLong(kibibytes: CSVReader.maximumRecordLength / 1024))
                }
                line = nextLine
                nextLine += lines
                cursor = next
                recordIsClean = true
                if seen >= 0x80 { checkEncoding() }
                if isBlank { continue }
                return .record
            case .needMore(let openQuote):
                if filled - cursor >= CSVReader.maximumRecordLength {
                    if let openQuote {
                        return stop(line: openQuote.line, column: openQuote.column, Strings.importUnclosedQuote)
                    }
                    return stop(line: nextLine, column: nil, Strings.importLineTooLong(kibibytes: CSVReader.maximumRecordLength / 1024))
                }
                guard refill() else { return .end }
            case .endOfData, .stopped:
                return .end
            }
        }
    }

    /// The bytes of a field of the current record, valid until the next call to `next()`.
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        var field = fields[index]
        if field.escaped {
            // Doubled quotes become one; the text only shrinks, so it is done in place.
            var read = field.start
            var write = field.start
            while read < field.end {
                buffer[write] = buffer[read]
                read += buffer[read] == CSVReader.quote ? 2 : 1
                write += 1
            }
            field.end = write
            field.escaped = false
            fields[index] = field
        }
        return UnsafeBufferPointer(start: buffer + field.start, count: field.end - field.start)
    }

    /// A field of the current record as text in the file's encoding.
    func string(_ index: Int) -> String {
        EncodingBytes.decode(bytes(index), as: encoding ?? .utf8)
    }

    // MARK: - Scanning

    /// Splits one record starting at `cursor`. Pure with respect to the buffer, so that a record
    /// cut by the end of the buffer is simply scanned again after a refill.
    private func scan() -> Scan {
        // The fields are worked on outside the object, so that appending to them costs no
        // exclusivity check per field; the buffer is moved, not copied.
        var fields = self.fields
        self.fields = []
        defer { self.fields = fields }
        fields.removeAll(keepingCapacity: true)
        let bytes = buffer
        let end = filled
        let separator = separator
        var pos = cursor
        var lines = 0
        var seen: UInt8 = 0
        if pos >= end { return atEOF ? .endOfData : .needMore(openQuote: nil) }
        while true {
            if pos >= end {
                // The record ended right after a separator: an empty last field.
                if !atEOF { return .needMore(openQuote: nil) }
                fields.append(Field(start: pos, end: pos, escaped: false))
                return .complete(next: pos, lines: lines, seen: seen)
            }
            if bytes[pos] == CSVReader.quote {
                let openQuote = (line: nextLine + lines, column: fields.count + 1)
                pos += 1
                let start = pos
                var escaped = false
                while true {
                    guard pos < end else {
                        if !atEOF { return .needMore(openQuote: openQuote) }
                        stop(line: openQuote.line, column: openQuote.column, Strings.importUnclosedQuote)
                        return .stopped
                    }
                    let byte = bytes[pos]
                    if byte == CSVReader.quote {
                        if pos + 1 >= end && !atEOF { return .needMore(openQuote: openQuote) }
                        if pos + 1 < end && bytes[pos + 1] == CSVReader.quote {
                            escaped = true
                            pos += 2
                            continue
                        }
                        break
                    }
                    if byte == CSVReader.lineFeed {
                        lines += 1
                    } else if byte == 0 {
                        stop(line: nextLine + lines, column: openQuote.column, Strings.importNulByte)
                        return .stopped
                    }
                    seen |= byte
                    pos += 1
                }
                fields.append(Field(start: start, end: pos, escaped: escaped))
                pos += 1
                guard pos < end else {
                    if !atEOF { return .needMore(openQuote: nil) }
                    return .complete(next: pos, lines: lines, seen: seen)
                }
                let byte = bytes[pos]
                if byte == separator {
                    pos += 1
                    continue
                }
                if byte == CSVReader.lineFeed { return .complete(next: pos + 1, lines: lines + 1, seen: seen) }
                if byte == CSVReader.carriageReturn {
                    if pos + 1 >= end && !atEOF { return .needMore(openQuote: nil) }
                    if pos + 1 >= end { return .complete(next: pos + 1, lines: lines, seen: seen) }
                    if bytes[pos + 1] == CSVReader.lineFeed { return .complete(next: pos + 2, lines: lines + 1, seen: seen) }
                }
                let found = byte < 0x80 && byte >= 0x20 ? String(UnicodeScalar(byte)) : EncodingBytes.hex(byte)
                stop(line: nextLine + lines, column: fields.count, Strings.importTextAfterQuote(found))
                return .stopped
            }
            let start = pos
            while pos < end {
                let byte = bytes[pos]
                if byte == separator || byte == CSVReader.lineFeed { break }
                if byte == 0 {
                    stop(line: nextLine + lines, column: fields.count + 1, Strings.importNulByte)
                    return .stopped
                }
                seen |= byte
                pos += 1
            }
            if pos >= end && !atEOF { return .needMore(openQuote: nil) }
            if pos < end && bytes[pos] == separator {
                fields.append(Field(start: start, end: pos, escaped: false))
                pos += 1
                continue
            }
            var stopAt = pos
            if stopAt > start && bytes[stopAt - 1] == CSVReader.carriageReturn { stopAt -= 1 }
            fields.append(Field(start: start, end: stopAt, escaped: false))
            return pos < end
                ? .complete(next: pos + 1, lines: lines + 1, seen: seen)
                : .complete(next: pos, lines: lines, seen: seen)
        }
    }

    /// A line of nothing but separators (spreadsheets write them) carries no data.
    private var isBlank: Bool {
        fields.allSatisfy { $0.start == $0.end }
    }

    /// The header's separator: whichever of `;` and `,` occurs more often outside quotes;
    /// `;` (the Danish default) on a tie.
    private func detectSeparator() {
        var semicolons = 0
        var commas = 0
        var quoted = false
        var pos = cursor
        while pos < filled && buffer[pos] != CSVReader.lineFeed {
            switch buffer[pos] {
            case CSVReader.quote: quoted.toggle()
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            case UInt8(ascii: ",") where !quoted: commas += 1
            default: break
            }
            pos += 1
        }
        separator = commas > semicolons ? UInt8(ascii: ",") : UInt8(ascii: ";")
    }

    /// Checks the non-ASCII bytes of the current record against the file's encoding, deciding
    /// it on the first sequence. Reports one problem a record.
    private func checkEncoding() {
        for (index, field) in fields.enumerated() {
            var pos = field.start
            while pos < field.end {
                let byte = buffer[pos]
                if byte < 0x80 {
                    pos += 1
                    continue
                }
                let length = EncodingBytes.utf8SequenceLength(buffer, at: pos, end: field.end)
                switch encoding {
                case nil:
                    encoding = length > 0 ? .utf8 : .windows1252
                    continue
                case .utf8:
                    guard length > 0 else {
                        return encodingProblem(column: index + 1, Strings.importInvalidUTF8(EncodingBytes.hex(byte)))
                    }
                    pos += length
                case .windows1252:
                    if length > 0 { return encodingProblem(column: index + 1, Strings.importUTF8InWindows1252) }
                    if EncodingBytes.isUndefinedInWindows1252(byte) {
                        return encodingProblem(column: index + 1, Strings.importUndefinedWindows1252(EncodingBytes.hex(byte)))
                    }
                    pos += 1
                }
            }
        }
    }

    private func encodingProblem(column: Int, _ phrase: Phrase) {
        recordIsClean = false
        problems.add(line: line, column: column, phrase)
    }

    @discardableResult
    private func stop(line: Int, column: Int?, _ phrase: Phrase) -> Next {
        stopped = true
        problems.add(line: line, column: column, phrase)
        return .end
    }

    // MARK: - Reading

    /// Moves the unread rest to the front and reads another chunk after it. False (with the
    /// problem reported) when the system refuses to read.
    private func refill() -> Bool {
        let keep = filled - cursor
        if cursor > 0 {
            if keep > 0 { memmove(buffer, buffer + cursor, keep) }
            consumedBeforeBuffer += Int64(cursor)
            filled = keep
            cursor = 0
        }
        while true {
            let count = read(descriptor, buffer + filled, capacity - filled)
            if count > 0 {
                hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer + filled, count: count))
                filled += count
                return true
            }
            if count == 0 {
                atEOF = true
                return true
            }
            if errno == EINTR { continue }
            stop(line: nextLine, column: nil, Strings.importReadFailed(CSVReader.systemError()))
            return false
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
