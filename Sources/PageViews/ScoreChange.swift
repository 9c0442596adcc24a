import InspectionModel

/// How an inspection's score (as a share of its maximum) and overall rating moved since
/// the same PDU's previous inspection.
public struct ScoreChange: Hashable, Sendable {
    /// `Up`, `Down`, `Level`, or `First` when there is no earlier inspection.
    public var direction: String
    /// No earlier inspection of the PDU in the content.
    public var isFirst: Bool
    /// `▲ +4.2 points`, `▼ −7.4 points`, `0.0 points`; empty for the first inspection.
    public var points: String
    /// `since February 2023`; empty for the first inspection.
    public var since: String
    /// `Good → Inadequate`, `unchanged`; empty for the first inspection.
    public var rating: String
    /// When the two inspections used different frameworks, whose shares compare loosely.
    public var acrossFrameworks: Bool

    public init(from previous: Inspection?, to current: Inspection) {
        guard let previous else {
            self.init(direction: "First", isFirst: true, points: "", since: "", rating: "", acrossFrameworks: false)
            return
        }
        let change = Numbers.share(current.score) - Numbers.share(previous.score)
        let tenths = Int((change * 10).rounded())
        let before = previous.overallRating.value, after = current.overallRating.value
        self.init(direction: tenths > 0 ? "Up" : tenths < 0 ? "Down" : "Level", isFirst: false,
                  points: (tenths > 0 ? "▲ " : tenths < 0 ? "▼ " : "") + Numbers.signedPoints(change) + " points",
                  since: "since \(previous.published.value.spelledOut)",
                  rating: before == after ? "unchanged" : "\(before.rawValue) → \(after.rawValue)",
                  acrossFrameworks: previous.framework != current.framework)
    }

    private init(direction: String, isFirst: Bool, points: String, since: String, rating: String, acrossFrameworks: Bool) {
        self.direction = direction
        self.isFirst = isFirst
        self.points = points
        self.since = since
        self.rating = rating
        self.acrossFrameworks = acrossFrameworks
    }
}
