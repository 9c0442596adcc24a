import SourceAndOutput

extension ContentSource {
    /// The text as the parser reads it (UTF-8, or Windows-1252 when the bytes are not
    /// UTF-8; a byte-order mark dropped), with its line breaks as they are, so line numbers
    /// match the model's; nil for binary data.
    public var text: String? {
        var log = DiagnosticLog(file: path)
        return TextDecoding.decode(bytes, log: &log)
    }
}

extension ContentSource {
    /// The UTF-8 bytes of ``text`` (nil for binary data): most often ``bytes`` themselves, when
    /// they are the text as they are (valid UTF-8, no byte-order mark, nothing the decoder
    /// rejects), found without making a `String`; else ``text``'s bytes.
    public var textBytes: [UInt8]? {
        if bytes.withUnsafeBufferPointer(Self.isDecodedText) { return bytes }
        return text.map { Array($0.utf8) }
    }

    /// Whether `bytes` are a text the decoder keeps as it is: no byte-order mark (nor any
    /// other, which valid UTF-8 cannot start with), no control character that marks binary
    /// data (any below 0x20 but tab, line feed, form feed and carriage return), and valid
    /// UTF-8. Validity is the standard library's, asked only of each run of non-ASCII bytes
    /// (an ASCII byte never falls inside a multi-byte sequence, so the text is valid exactly
    /// when every run is); the ASCII between, most of a text, is passed over eight bytes at a
    /// time.
    static func isDecodedText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !holdsBinaryControl(bytes) else { return false }
        guard let base = bytes.baseAddress else { return true }  // no bytes
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highs == 0
            {
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

    /// Whether a byte below 0x20 other than tab, line feed, form feed or carriage return is
    /// in `bytes`: without a branch, so that the loop vectorises.
    private static func holdsBinaryControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for byte in bytes {
            let control: UInt8 = byte < 0x20 ? 1 : 0
            let allowed: UInt8 =
                (byte == 0x09 ? 1 : 0) | (byte == 0x0A ? 1 : 0) | (byte == 0x0C ? 1 : 0) | (byte == 0x0D ? 1 : 0)
            found |= control & ~allowed
        }
        return found != 0
    }
}

extension ContentSource {
    /// The text's lines, numbered from 1 as the model's source locations number them
    /// (`\n`, `\r\n` and a lone `\r` each end a line); nil for binary data.
    public var lines: [String]? {
        text.map(Self.lines(of:))
    }

    /// The lines of `text`, a ``text`` already decoded, as ``lines`` numbers them.
    public static func lines(of text: String) -> [String] {
        NormalisedText.physicalLines(text)
    }

    /// The byte ranges of the lines in the UTF-8 bytes of a ``text`` already decoded, as
    /// ``lines`` numbers them.
    public static func lineRanges(of text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer(NormalisedText.lineRanges)
    }
}
