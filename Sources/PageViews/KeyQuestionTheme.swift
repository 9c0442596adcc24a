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

    /// The theme of a key question's wording; nil when it fits none.
    public static func of(_ question: String) -> KeyQuestionTheme? {
        let text = question.lowercased()
        if text.contains("safe") || text.contains("risk of harm") { return .safety }
        if text.contains("desistance") || text.contains("offending") { return .desistance }
        if text.contains("engag") { return .engaging }
        return nil
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
