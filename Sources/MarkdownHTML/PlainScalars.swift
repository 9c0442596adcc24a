/// The scalars whose text needs no Unicode tables: those below U+00C0, where the first
/// letters with accents begin, and the punctuation U+2010 to U+2027 (dashes, quotes,
/// bullets, `…`), as in "Inspector’s view – 2024". Each is its own canonical decomposition
/// and has no combining class (so a text of them is its own decomposition), and none joins a
/// neighbour into one character (CR LF aside): its characters are its scalars.
enum PlainScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0xC0 || (0x2010...0x2027).contains(scalar.value)
    }
}
