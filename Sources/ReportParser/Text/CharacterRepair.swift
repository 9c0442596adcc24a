import SourceAndOutput

/// Character-level repairs a PDF conversion needs: unusual spaces, ligatures, typographic
/// quotes, invisible characters, bidirectional controls, and Cyrillic look-alike letters
/// inside English text.
///
/// Invisible characters go, but a zero-width joiner between two emoji stays: it joins
/// them into one (`👨‍👩‍👧` is three emoji and two joiners). Bidirectional controls
/// (``BidiControls``) go, and their columns are returned for a note: they can make a name
/// display as something it is not.
enum CharacterRepair {
    /// The repaired line, with the columns where Cyrillic letters were replaced and
    /// where bidirectional controls were removed.
    typealias Repaired = (text: String, homoglyphColumns: [(column: Int, letter: Character)], bidiColumns: [Int])

    /// The repaired line, and the columns where Cyrillic letters were replaced.
    static func repair(_ line: String) -> Repaired {
        line.withUTF8Bytes { bytes in
            if !ASCII.holdsNonASCIIOrFormFeed(bytes) { return (line, [], []) }
            return repair(bytes)
        }
    }

    /// The repair of a line that holds a non-ASCII scalar or a form feed, on its UTF-8
    /// bytes: columns count scalars. The repaired text is never longer than the line.
    private static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> Repaired {
        let latinMajority = latinLetterCount(bytes) > cyrillicLetterCount(bytes)
        var homoglyphs: [(Int, Character)] = []
        var bidiColumns: [Int] = []
        var previous: Unicode.Scalar?  // the scalar before this one, if it was not ASCII
        let text = String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            func emit(_ ascii: StaticString) {
                ascii.withUTF8Buffer { for byte in $0 { out[count] = byte; count += 1 } }
            }
            var column = 0
            var i = 0
            while i < bytes.count {
                column += 1
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte != 0x0C { out[count] = byte; count += 1 }  // a form feed goes
                    i += 1
                    previous = nil
                    continue
                }
                let start = i
                let scalar = decodeScalar(bytes, at: &i)
                defer { previous = scalar }
                switch scalar.value {
                case 0x200D
                where previous.map(isEmojiPart) == true && i < bytes.count && bytes[i] >= 0x80
                    && {
                        var next = i; return isEmoji(decodeScalar(bytes, at: &next))
                    }():
                    for k in start..<i { out[count] = bytes[k]; count += 1 }
                case _ where BidiControls.contains(scalar): bidiColumns.append(column)
                case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: emit(" ")
                case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD: continue
                case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: emit("'")
                case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: emit("\"")
                case 0xFB00: emit("ff")
                case 0xFB01: emit("fi")
                case 0xFB02: emit("fl")
                case 0xFB03: emit("ffi")
                case 0xFB04: emit("ffl")
                case 0xFB05, 0xFB06: emit("st")
                case 0x2010, 0x2011: emit("-")
                default:
                    if latinMajority, (0x0400...0x052F).contains(scalar.value), let latin = cyrillicLookalikes[scalar] {
                        homoglyphs.append((column, Character(scalar)))
                        for byte in latin.utf8 { out[count] = byte; count += 1 }
                    } else {
                        for k in start..<i { out[count] = bytes[k]; count += 1 }
                    }
                }
            }
            return count
        }
        return (text, homoglyphs, bidiColumns)
    }

    /// Whether `scalar` can end an emoji that a zero-width joiner joins to the next: a
    /// pictograph, a skin-tone modifier or the emoji variation selector.
    private static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        isEmoji(scalar) || scalar.properties.isEmojiModifier || scalar.value == 0xFE0F
    }

    /// A non-ASCII emoji scalar (ASCII digits, `#` and `*` are emoji only with a selector).
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isEmoji
    }

    /// The non-ASCII scalar whose (valid) UTF-8 starts at `i`; `i` moves past it.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[i])
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        return Unicode.Scalar(value)!
    }

    /// ASCII letters.
    private static func latinLetterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + (ASCII.isLetter($1) ? 1 : 0) }
    }

    /// Scalars U+0400–U+04FF, whose UTF-8 starts with D0–D3 (never a continuation byte).
    private static func cyrillicLetterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ((0xD0...0xD3).contains($1) ? 1 : 0) }
    }

    private static let cyrillicLookalikes: [Unicode.Scalar: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    ]
}
