import InspectionModel
import MarkdownPages

/// How an inspection's score and overall rating moved since the same PDU's previous
/// inspection. Scores compare only within one framework (the same standards, the same
/// maximum): across frameworks the change says so and gives both scores, with no arrow.
public struct ScoreChange: Hashable, Sendable, Encodable {
    /// `Up`, `Down`, `Level`, `Frameworks differ`, or `First` when there is no earlier inspection.
    public var direction: String
    /// No earlier inspection of the PDU in the content.
    public var isFirst: Bool
    /// `▲ +2 points (5/21 → 7/21)`, `▼ −1 point (…)`, `No change (7/21)`; for two frameworks
    /// `Frameworks differ: 11/27 (2021) then 7/21 (2023)`; empty for the first inspection.
    public var points: String
    /// `since February 2023`; empty for the first inspection.
    public var since: String
    /// `Good → Inadequate`, `unchanged`; empty for the first inspection.
    public var rating: String
    /// When the two inspections used different frameworks, whose scores do not compare.
    public var acrossFrameworks: Bool
    /// The whole change in one phrase: `▲ +2 points (5/21 → 7/21) since May 2023; rating unchanged`;
    /// `First in this site` for the first inspection.
    public var description: String

    public init(from previous: Inspection?, to current: Inspection) {
        guard let previous else {
            self.init(direction: "First", isFirst: true, points: "", since: "", rating: "", acrossFrameworks: false)
            return
        }
        let before = previous.overallRating.value, after = current.overallRating.value
        let scores = (previous.score, current.score)
        let across = previous.framework != current.framework || scores.0.max != scores.1.max
        let points: String, direction: String
        if across {
            direction = "Frameworks differ"
            points =
                "Frameworks differ: \(scores.0.value)/\(scores.0.max) (\(previous.framework.rawValue)) "
                + "then \(scores.1.value)/\(scores.1.max) (\(current.framework.rawValue))"
        } else {
            let change = scores.1.value - scores.0.value
            direction = change > 0 ? "Up" : change < 0 ? "Down" : "Level"
            let both = "(\(scores.0.value)/\(scores.0.max) → \(scores.1.value)/\(scores.1.max))"
            points =
                change == 0
                ? "No change \(both)"
                : (change > 0 ? "▲ +" : "▼ −") + Numbers.count(abs(change), "point") + " " + both
        }
        self.init(
            direction: direction, isFirst: false, points: points,
            since: "since \(previous.published.value.spelledOut)",
            rating: before == after ? "unchanged" : "\(before.rawValue) → \(after.rawValue)",
            acrossFrameworks: across)
    }

    private init(
        direction: String, isFirst: Bool, points: String, since: String, rating: String, acrossFrameworks: Bool
    ) {
        self.direction = direction
        self.isFirst = isFirst
        self.points = points
        self.since = since
        self.rating = rating
        self.acrossFrameworks = acrossFrameworks
        description = isFirst ? "First in this site" : "\(points) \(since); rating \(rating)"
    }
}

extension ScoreChange: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("direction", direction)
        object.add("isFirst", isFirst)
        object.add("points", points)
        object.add("since", since)
        object.add("rating", rating)
        object.add("acrossFrameworks", acrossFrameworks)
        object.add("description", description)
    }
}
