import InspectionModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document as normalised lines: line endings unified, characters repaired, markup
/// stripped, page furniture (running headers, page numbers) removed. Line numbers stay
/// those of the file, so every fact can point back at its source.
struct NormalisedText {
    let lines: [TextLine]

    init(_ text: String, log: inout DiagnosticLog) {
        self.init(physicalLines: Self.physicalLines(text), log: &log)
    }

    /// The document of these physical lines (see `physicalLines`), numbered from 1 or, for
    /// lines made from the file's (a web page's text), with the file's line of each.
    init(physicalLines physical: [String], numbers: [Int]? = nil, log: inout DiagnosticLog) {
        var lines: [TextLine] = []
        lines.reserveCapacity(physical.count)
        var formattingTags = 0
        var firstFormattingLine = 0
        var replacedHomoglyphs: [(line: Int, column: Int, letter: Character)] = []
        var openMarkup = MarkupStripper.OpenMarkup()
        for (index, raw) in physical.enumerated() {
            let number = numbers?[index] ?? index + 1
            let repaired = CharacterRepair.repair(raw)
            if !repaired.homoglyphColumns.isEmpty {
                replacedHomoglyphs += repaired.homoglyphColumns.map { (number, $0.column, $0.letter) }
            }
            if let column = repaired.bidiColumns.first {
                log.note(
                    "removed \(repaired.bidiColumns.count == 1 ? "a bidirectional control character" : "\(repaired.bidiColumns.count) bidirectional control characters") "
                        + "(such as right-to-left override), which could make the text display as something it is not",
                    line: number, column: column)
            }
            let stripped = MarkupStripper.strip(
                repaired.text, open: &openMarkup,
                tagsMayWrap: {
                    raw.containsByte(UInt8(ascii: "<"))
                        && physical[(index + 1)..<min(physical.count, index + 1 + LayoutThresholds.tagWrapReach)]
                            .contains { $0.containsPhrase(">") }
                },
                closesLater: { Self.closes($0, after: index, in: physical) })
            Self.closeUnlessClosedSoon(&openMarkup, after: index, in: physical)
            for removal in stripped.removals {
                switch removal.kind {
                case .formatting:
                    if formattingTags == 0 { firstFormattingLine = number }
                    formattingTags += 1
                case .active(let what):
                    log.warning(
                        "removed active markup (\(what)) from the text; it is never published", line: number,
                        column: removal.column)
                case .unclosed(let element, let words):
                    log.warning(
                        "removed an unclosed <\(element)> tag (no </\(element)> follows within \(LayoutThresholds.closingReach) lines); "
                            + "kept the \(words) word\(words == 1 ? "" : "s") after it on this line", line: number,
                        column: removal.column)
                }
            }
            lines.append(TextLine(number: number, text: stripped.text))
        }
        if formattingTags > 0 {
            log.note(
                "removed \(formattingTags) HTML formatting tag\(formattingTags == 1 ? "" : "s") left by the conversion (first here)",
                line: firstFormattingLine)
        }
        for (line, column, letter) in replacedHomoglyphs.prefix(20) {
            log.note(
                "replaced Cyrillic '\(letter)' (U+\(String(letter.unicodeScalars.first!.value, radix: 16, uppercase: true))) inside English text with its Latin look-alike",
                line: line, column: column)
        }
        self.lines = ParagraphBreaks.restore(in: PageFurniture.remove(from: lines))
    }

    /// An active element left open goes on over the next lines only if they close it
    /// within `LayoutThresholds.closingReach` lines; otherwise it is never closed, and the
    /// lines after it are kept as text rather than lost. (A tag left open is one only if a
    /// `>` follows within `LayoutThresholds.tagWrapReach` lines.)
    private static func closeUnlessClosedSoon(
        _ open: inout MarkupStripper.OpenMarkup, after index: Int, in lines: [String]
    ) {
        let element = open.activeElement ?? (open.tagOpensElement ? open.tag : nil)
        if let element, !closes(element, after: index, in: lines) {
            open.activeElement = nil
            open.tagOpensElement = false
        }
    }

    /// Whether `</element` is on one of the `LayoutThresholds.closingReach` lines after line `index`.
    private static func closes(_ element: String, after index: Int, in lines: [String]) -> Bool {
        lines[(index + 1)..<min(lines.count, index + 1 + LayoutThresholds.closingReach)].contains {
            $0.lowercasedText.contains("</\(element)")
        }
    }

    /// Splits on LF, CRLF or a lone CR, so every convention numbers lines the same.
    static func physicalLines(_ text: String) -> [String] {
        text.withUTF8Bytes { bytes in
            lineRanges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The byte ranges of the lines `physicalLines` makes.
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return result }
        // Without a CR in the text, every break is an LF, found by the C library's `memchr`.
        let holdsCR = memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) != nil
        var start = 0
        var i = 0
        while i < bytes.count {
            if !holdsCR {
                guard let lineFeed = memchr(base + i, Int32(UInt8(ascii: "\n")), bytes.count - i) else { break }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(lineFeed))
            }
            // Eight bytes at a time past bytes above CR (a line's text), then one by one.
            while i + 8 <= bytes.count,
                !ASCII.holdsControl(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            { i += 8 }
            guard i < bytes.count else { break }
            let byte = bytes[i]
            if byte > UInt8(ascii: "\r") { i += 1; continue }  // neither CR nor LF
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                result.append(start..<i)
                i += byte == UInt8(ascii: "\r") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }
}
