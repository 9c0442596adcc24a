/// One published fact of an inspection, as `sitegen diff` shows it: what it is, its value
/// in words and the line of the text it was read from.
public struct Fact: Equatable, Sendable {
    /// What the fact is, unique within its inspection: `score`, `standard 1.1 Leadership`,
    /// `key question 2.1: Does assessment focus…?`, `recommendation 3`, `caseload`.
    public var name: String
    /// `Good`, `7/21`, `58%`, `1,325`…
    public var value: String
    /// The line of the text the fact was read from, when known.
    public var line: Int?

    public init(name: String, value: String, line: Int?) {
        self.name = name
        self.value = value
        self.line = line
    }
}

extension PublishedData.Inspection {
    /// How inspections are matched between two builds: the PDU and the month published.
    public var identity: String { "\(pdu) (\(published ?? "undated"))" }

    /// Every fact `sitegen diff` compares, in the order a reader meets them: the overall
    /// rating and score, each standard's rating, each key question's percentage, each
    /// recommendation, the cases inspected and the background figures.
    public var facts: [Fact] {
        var facts: [Fact] = []
        func add(_ name: String, _ value: String?, _ line: Int?) {
            if let value { facts.append(Fact(name: name, value: value, line: line)) }
        }
        add("overall rating", overallRating, score?.line)
        if let score, let value = score.value {
            add("score", Self.number(value) + (score.max.map { "/" + Self.number($0) } ?? ""), score.line)
        }
        for standard in standards ?? [] {
            let name = ["standard", standard.id, standard.name].compactMap { $0 }.joined(separator: " ")
            add(name, standard.rating, standard.line)
        }
        for question in keyQuestions ?? [] {
            add(
                "key question \(question.standard.map { $0 + ": " } ?? "")\(question.question)",
                question.percentYes.map { Self.number($0) + "%" }, question.line)
        }
        for (index, recommendation) in (recommendations ?? []).enumerated() {
            let text = (recommendation.addressee.map { $0 + " should " } ?? "") + recommendation.text
            add("recommendation \(recommendation.number ?? index + 1)", text, recommendation.line)
        }
        if let cases = casesInspected {
            add("community orders inspected", cases.communityOrders.map(Self.number), cases.line)
            add("releases on licence inspected", cases.releasesOnLicence.map(Self.number), cases.line)
            add("practitioner interviews", cases.practitionerInterviews.map(Self.number), cases.line)
        }
        if let background {
            add("caseload", background.caseload.map(Self.number), background.caseloadLine)
            add("population", background.population.map(Self.number), background.populationLine)
            add(
                "proven reoffending rate", background.provenReoffendingRate.map { Self.number($0) + "%" },
                background.provenReoffendingRateLine)
        }
        return facts
    }

    /// `1325` for 1325.0, `27.2` for 27.2.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
