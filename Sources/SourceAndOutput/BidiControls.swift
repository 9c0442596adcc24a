/// The Unicode bidirectional control characters (embeddings, overrides, isolates and the
/// marks): invisible, yet they reorder the text around them, so that a name can display
/// as something it is not (`U+202E` RIGHT-TO-LEFT OVERRIDE).
public enum BidiControls {
    /// Whether `scalar` is one of them: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without them.
    public static func removed(from text: String) -> String {
        // Each of them is led in UTF-8 by 0xD8 (U+061C) or 0xE2 (the others): a text with
        // neither byte has none, and is returned as it is.
        guard text.utf8.contains(where: { $0 == 0xD8 || $0 == 0xE2 }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter { !contains($0) })
        return String(result)
    }
}
