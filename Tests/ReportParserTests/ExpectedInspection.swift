import InspectionModel
import Testing

/// Everything one inspection read from a seed must hold, every value read by hand from the
/// text. Each seed's test file gives its inspections' values (`ExpectedInspection.brighton2024`
/// and so on); `SeedInspectionTests` checks all of them against the parsed seeds with the
/// same checks. Line numbers are the text's 1-based lines.
struct ExpectedInspection: Sendable, CustomTestStringConvertible {
    /// A short name for the test log (the whole value would print as one very long line).
    var name: String
    var file: String
    var pdu: LineFact<String>
    var region: LineFact<String>
    var published: LineFact<CalendarDate>
    /// None in a regional letter's annexes (nor any of the values that default to none below).
    var fieldworkStarted: LineFact<CalendarDate>? = nil
    var framework: Framework
    var origin: Inspection.Origin
    var score: ScoreFact
    var overallRating: LineFact<Rating>
    var standards: [StandardFact]
    /// The case-work key questions, by standard in report order.
    var keyQuestions: [KeyQuestionFact] = []
    var recommendationCount: Int
    var recommendations: [RecommendationFact]
    var casesInspected: CasesFact? = nil
    var leadInspector: LineFact<String>? = nil
    var chiefInspector: LineFact<String>? = nil
    var caseload: LineFact<Int>? = nil
    var population: LineFact<Int>? = nil
    var provenReoffendingRate: LineFact<Double>? = nil
    var previousInspection: PreviousInspectionFact? = nil
    var progressRows = 0
    /// The ids of the standards that have findings under their own heading, in report order.
    var standardsWithFindings: [String] = []
    var findings: [FindingsFact] = []
    /// The quotes from people on probation as printed (typographic quotes kept), and their lines.
    var quotes: [String] = []
    var quoteLines: [Int] = []

    var testDescription: String { name }

    /// Every inspection of the five seeds.
    static let all: [ExpectedInspection] = [
        .brighton2024, .derbyCity2025, .leeds2024, .york2024, .derbyCityInTheLetter, .leicesterInTheLetter,
    ]

    /// The inspection of this PDU read from this file, in the five seeds parsed together.
    func inspection(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Inspection {
        try #require(
            Seeds.inspection(pdu.value, in: file), "no \(pdu.value) inspection read from \(file)",
            sourceLocation: sourceLocation)
    }

    /// One case of a per-fact check: each fact of each inspection, e.g. `cases(\.standards)`.
    static func cases<Fact>(_ facts: KeyPath<ExpectedInspection, [Fact]>) -> [SeedCase<Fact>] {
        all.flatMap { expected in expected[keyPath: facts].map { SeedCase(expected: expected, fact: $0) } }
    }
}

/// A value and the line it is printed on; nil when the text gives no single line (the fact
/// spans several, or is taken from elsewhere), and then the line is not checked.
struct LineFact<Value: Sendable & Equatable>: Sendable {
    let value: Value
    let line: Int?

    init(_ value: Value, line: Int?) {
        self.value = value
        self.line = line
    }
}

/// The score: stated in the text, or computed from the ratings (then it has no line of its own).
struct ScoreFact: Sendable {
    let value: Int
    let max: Int
    let stated: Bool
    let line: Int?
}

/// The cases inspected, as the Background gives them.
struct CasesFact: Sendable {
    let communityOrders: Int
    let releasesOnLicence: Int
    let practitionerInterviews: Int
    let line: Int
}

/// The inspection before this one, as the text gives it.
struct PreviousInspectionFact: Sendable {
    let date: CalendarDate
    let rating: Rating
    let line: Int
}

/// One fact of one expected inspection, named in the test log by both.
struct SeedCase<Fact: Sendable & CustomTestStringConvertible>: Sendable, CustomTestStringConvertible {
    let expected: ExpectedInspection
    let fact: Fact

    var testDescription: String { "\(expected.name): \(fact.testDescription)" }
}
