/// The scalars whose text needs no Unicode tables: those below U+00C0, where the first
/// letters with accents begin, the punctuation U+2010 to U+2027 (dashes, quotes, bullets,
/// `…`), as in "Inspector’s view – 2024", and the signs the views write in table cells
/// (``symbols``: `→`, `−`, `▲`, `▼`, as in "▲ 2"). Each is its own canonical decomposition
/// and has no combining class (so a text of them is its own decomposition), and none joins a
/// neighbour into one character (CR LF aside): its characters are its scalars.
enum PlainScalars {
    /// The signs: rightwards arrow, minus sign, black up- and down-pointing triangles.
    static let symbols: [UInt32] = [0x2192, 0x2212, 0x25B2, 0x25BC]

    /// Whether `scalar` is one of them (the signs written out: a switch, not a read of ``symbols``).
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0xC0, 0x2010...0x2027, 0x2192, 0x2212, 0x25B2, 0x25BC: true
        default: false
        }
    }

    /// Whether `scalar`, one of these, is white space (`Unicode.Scalar.Properties.isWhitespace`,
    /// without the table): tab to carriage return, space, U+0085 (next line) and U+00A0 (no-break
    /// space); none of U+2010 to U+2027, nor of the signs, is.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        default: return false
        }
    }
}
