import InspectionModel

/// Turns a file's bytes into text: strips a byte-order mark, rejects binary data and
/// falls back to Windows-1252 when the bytes are not valid UTF-8.
enum TextDecoding {
    /// The decoded text, or nil (with an error logged) when the bytes are not text.
    static func decode(_ bytes: [UInt8], log: inout DiagnosticLog) -> String? {
        guard let body = textBody(bytes, log: &log) else { return nil }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return windows1252(body, log: &log)
    }

    /// The decoded text's UTF-8 bytes, or nil (with an error logged) when the bytes are not
    /// text: `bytes` themselves when the decoder keeps them as they are (no byte-order mark,
    /// valid UTF-8), found without making a `String`.
    static func decodeBytes(_ bytes: [UInt8], log: inout DiagnosticLog) -> [UInt8]? {
        guard let body = textBody(bytes, log: &log) else { return nil }
        if body.withUnsafeBufferPointer(isValidUTF8) { return body.count == bytes.count ? bytes : Array(body) }
        return windows1252(body, log: &log).map { Array($0.utf8) }
    }

    /// Whether `bytes` are valid UTF-8. Validity is the standard library's, asked only of
    /// each run of non-ASCII bytes (an ASCII byte never falls inside a multi-byte sequence,
    /// so the bytes are valid exactly when every run is); the ASCII between, most of a
    /// report, is passed over eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }  // no bytes
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highs == 0 {
                index += 8
                continue
            }
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] >= 0x80 { index += 1 }
            guard String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) != nil
            else { return false }
        }
        return true
    }

    /// The decoded text's lines (as `NormalisedText.physicalLines` splits them), or nil (with
    /// an error logged) when the bytes are not text. Valid UTF-8 is validated line by line
    /// as the lines are made: the text is valid exactly when every line is, since lines
    /// part at ASCII bytes (CR, LF), which never fall inside a multi-byte sequence.
    static func decodeLines(_ bytes: [UInt8], log: inout DiagnosticLog) -> [String]? {
        guard let body = textBody(bytes, log: &log) else { return nil }
        let lines = body.withUnsafeBufferPointer { body -> [String]? in
            var lines: [String] = []
            for range in NormalisedText.lineRanges(body) {
                let bytes = UnsafeBufferPointer(rebasing: body[range])
                if ASCII.isAllASCII(bytes) {  // always valid
                    lines.append(String(decoding: bytes, as: UTF8.self))
                } else {
                    guard let line = String(validating: bytes, as: UTF8.self) else { return nil }
                    lines.append(line)
                }
            }
            return lines
        }
        return lines ?? windows1252(body, log: &log).map(NormalisedText.physicalLines)
    }

    /// The bytes without a byte-order mark, or nil (with an error logged) when they are
    /// UTF-16, UTF-32 or binary data.
    private static func textBody(_ bytes: [UInt8], log: inout DiagnosticLog) -> ArraySlice<UInt8>? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || body.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            log.error("the file is UTF-32 encoded; save it as UTF-8", line: 1)
            return nil
        }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            log.error("the file is UTF-16 encoded; save it as UTF-8", line: 1)
            return nil
        }
        if let offset = binaryOffset(body) {
            let line = body.prefix(offset - body.startIndex).filter { $0 == 0x0A }.count + 1
            log.error(
                "the file holds binary data, not text (byte \(offset - body.startIndex + 1) is a control character)",
                line: line)
            return nil
        }
        return body
    }

    /// Bytes that are not valid UTF-8, read as Windows-1252 (with a warning).
    private static func windows1252(_ body: ArraySlice<UInt8>, log: inout DiagnosticLog) -> String? {
        let (line, column) = firstInvalidUTF8(body)
        log.warning("the file is not valid UTF-8; decoded it as Windows-1252", line: line, column: column)
        return String(body.map { Windows1252.character(for: $0) })
    }

    /// The index of the first byte that cannot occur in text (NUL and most C0 controls).
    private static func binaryOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        let holdsControl = bytes.withUnsafeBufferPointer { bytes in
            var found: UInt8 = 0
            for byte in bytes {  // no branches, so that the loop vectorises
                let control: UInt8 = byte < 0x20 ? 1 : 0
                let allowed: UInt8 =
                    (byte == 0x09 ? 1 : 0) | (byte == 0x0A ? 1 : 0) | (byte == 0x0C ? 1 : 0) | (byte == 0x0D ? 1 : 0)
                found |= control & ~allowed
            }
            return found != 0
        }
        guard holdsControl else { return nil }
        return bytes.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }
    }

    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0x6 ? 2 : byte >> 4 == 0xE ? 3 : byte >> 3 == 0x1E ? 4 : 0
            let end = index + max(length, 1)
            if length == 0 || end > bytes.endIndex
                || bytes[(index + 1)..<end].contains(where: { $0 >> 6 != 0x2 })
            {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return (line, 1)
    }
}

/// The Windows-1252 code page, for text saved by older Windows tools.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
        0x017E, 0x0178,
    ]

    static func character(for byte: UInt8) -> Character {
        let scalar = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
    }
}
