/// Character-level repairs a PDF conversion needs: unusual spaces, ligatures, typographic
/// quotes, invisible characters, and Cyrillic look-alike letters inside English text.
enum CharacterRepair {
    /// The repaired line, and the columns where Cyrillic letters were replaced.
    static func repair(_ line: String) -> (text: String, homoglyphColumns: [(column: Int, letter: Character)]) {
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0C }) { return (line, []) }
        let latinMajority = latinLetterCount(line) > cyrillicLetterCount(line)
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var homoglyphs: [(Int, Character)] = []
        var column = 0
        for scalar in line.unicodeScalars {
            column += 1
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x000C: continue
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: out.append("\"")
            case 0xFB00: out.append("ff")
            case 0xFB01: out.append("fi")
            case 0xFB02: out.append("fl")
            case 0xFB03: out.append("ffi")
            case 0xFB04: out.append("ffl")
            case 0xFB05, 0xFB06: out.append("st")
            case 0x2010, 0x2011: out.append("-")
            default:
                if latinMajority, let latin = cyrillicLookalikes[scalar] {
                    homoglyphs.append((column, Character(scalar)))
                    out.append(latin)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return (out, homoglyphs)
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
