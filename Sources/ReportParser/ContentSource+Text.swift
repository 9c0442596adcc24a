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
    /// The UTF-8 bytes of ``text`` (nil for binary data): most often ``bytes`` themselves,
    /// when the decoder keeps them as they are, found without making a `String`.
    public var textBytes: [UInt8]? {
        var log = DiagnosticLog(file: path)
        return TextDecoding.decodeBytes(bytes, log: &log)
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
