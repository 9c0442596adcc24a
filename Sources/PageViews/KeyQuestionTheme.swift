/// What a key question asks about. Every case-work standard asks the same three things of
/// its work, which lets the trends compare practice across standards and PDUs.
public enum KeyQuestionTheme: String, CaseIterable, Sendable, Comparable {
    case engaging = "Engaging the person"
    case desistance = "Supporting desistance"
    case safety = "Keeping other people safe"

    /// One word for a matrix's narrow column heading: `Engaging`, `Desistance`, `Safety`.
    public var shortName: String {
        switch self {
        case .engaging: "Engaging"
        case .desistance: "Desistance"
        case .safety: "Safety"
        }
    }

    /// The name in lowercase, as `rawValue.lowercased()` gives it, without lowercasing it
    /// again for every question (`KeyQuestionThemeTests` checks the three).
    public var lowercasedName: String {
        switch self {
        case .engaging: "engaging the person"
        case .desistance: "supporting desistance"
        case .safety: "keeping other people safe"
        }
    }

    /// The theme of a key question's wording; nil when it fits none.
    public static func of(_ question: String) -> KeyQuestionTheme? {
        let text = Array(question.lowercased().utf8)
        // A plain byte search: the question is short, and Foundation's `contains` bridges. The
        // rest of the word is compared only where its first byte stands.
        func has(_ word: StaticString) -> Bool {
            let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return text.count >= word.count
                && (0...(text.count - word.count)).contains {
                    text[$0] == word[0] && text[$0..<$0 + word.count].elementsEqual(word)
                }
        }
        if has("safe") || has("risk of harm") { return .safety }
        if has("desistance") || has("offending") { return .desistance }
        if has("engag") { return .engaging }
        return nil
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
