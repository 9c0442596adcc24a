/// The band a key question's percentage falls in, which sitegen checks against the
/// standard's rating: the rating is the band of the lowest key question.
enum RatingBand: CaseIterable {
    case inadequate, requiresImprovement, good, outstanding

    init(percent: Int) {
        switch percent {
        case ..<50: self = .inadequate
        case ..<65: self = .requiresImprovement
        case ..<80: self = .good
        default: self = .outstanding
        }
    }

    /// The percentages in the band. (Inadequate starts at 5: no report finds nothing.)
    var range: ClosedRange<Int> {
        switch self {
        case .inadequate: return 5...49
        case .requiresImprovement: return 50...64
        case .good: return 65...79
        case .outstanding: return 80...100
        }
    }
}
