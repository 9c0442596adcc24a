/// Character-level repairs a PDF conversion needs: unusual spaces, ligatures, typographic
/// quotes, invisible characters, and Cyrillic look-alike letters inside English text.
enum CharacterRepair {
    /// The repaired line, and the columns where Cyrillic letters were replaced.
    static func repair(_ line: String) -> (text: String, homoglyphColumns: [(column: Int, letter: Character)]) {
        if line.withUTF8Bytes({ $0.allSatisfy { $0 < 0x80 && $0 != 0x0C } }) { return (line, []) }
        let latinMajority = latinLetterCount(line) > cyrillicLetterCount(line)
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var homoglyphs: [(Int, Character)] = []
        var column = 0
        for scalar in line.unicodeScalars {
            column += 1
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(0x20)  // space
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x000C: continue
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append(0x27)  // '
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: out.append(0x22)  // "
            case 0xFB00: out += [0x66, 0x66]  // ff
            case 0xFB01: out += [0x66, 0x69]  // fi
            case 0xFB02: out += [0x66, 0x6C]  // fl
            case 0xFB03: out += [0x66, 0x66, 0x69]  // ffi
            case 0xFB04: out += [0x66, 0x66, 0x6C]  // ffl
            case 0xFB05, 0xFB06: out += [0x73, 0x74]  // st
            case 0x2010, 0x2011: out.append(0x2D)  // -
            case 0..<0x80: out.append(UInt8(scalar.value))
            default:
                if latinMajority, (0x0400...0x052F).contains(scalar.value), let latin = cyrillicLookalikes[scalar] {
                    homoglyphs.append((column, Character(scalar)))
                    out += latin.utf8
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        return (String(decoding: out, as: UTF8.self), homoglyphs)
    }

    private static func latinLetterCount(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (($1.value | 0x20) >= 0x61 && ($1.value | 0x20) <= 0x7A ? 1 : 0) }
    }

    private static func cyrillicLetterCount(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ((0x0400...0x04FF).contains($1.value) ? 1 : 0) }
    }

    private static let cyrillicLookalikes: [Unicode.Scalar: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    ]
}
