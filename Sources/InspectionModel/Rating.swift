import CompactCoding

/// The inspectorate's four-point rating, used for standards and for the overall verdict.
public enum Rating: String, CaseIterable, Codable, Sendable, Comparable {
    case outstanding = "Outstanding"
    case good = "Good"
    case requiresImprovement = "Requires improvement"
    case inadequate = "Inadequate"

    /// Points a standard with this rating adds to the inspection score.
    public var points: Int {
        switch self {
        case .outstanding: 3
        case .good: 2
        case .requiresImprovement: 1
        case .inadequate: 0
        }
    }

    /// The band a case-work key-question percentage falls in: under 50% Inadequate,
    /// 50-64% Requires improvement, 65-79% Good, 80% or more Outstanding.
    public static func band(forPercentage percent: Int) -> Rating {
        switch percent {
        case ..<50: .inadequate
        case 50..<65: .requiresImprovement
        case 65..<80: .good
        default: .outstanding
        }
    }

    /// Ordered from best to worst.
    public static func < (a: Rating, b: Rating) -> Bool { a.points > b.points }
}

/// Its raw value.
extension Rating: CompactCodable {}
