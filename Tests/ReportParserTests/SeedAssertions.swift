import Foundation
import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

// Ground-truth facts and checks shared by the per-seed test files (DerbyCity2025Tests,
// Brighton2024Tests, EastMidlandsLetterTests, York2024Tests, Leeds2024Tests), whose
// `ExpectedInspection` values SeedInspectionTests checks. Every value in those files was
// read by hand from the seed texts in Content/reports/; line numbers are 1-based lines of
// those files.

/// A standard's rating as the text gives it. `line` is the line where its rating value is
/// printed in the document's ratings table (the summary table that also holds the score).
struct StandardFact: Sendable, CustomTestStringConvertible {
    let id: String
    let name: String
    let rating: Rating
    let line: Int

    var testDescription: String { "\(id) \(name): \(rating.rawValue) (line \(line))" }
}

/// A case-work key question, its percentage 'Yes', and the line of its table row.
struct KeyQuestionFact: Sendable, CustomTestStringConvertible {
    let standard: String
    let question: String
    let percent: Int
    let line: Int

    var testDescription: String { "\(standard) \(percent)% (line \(line)): \(question)" }
}

/// A recommendation: its number, addressee kind (asserted strictly), a fragment of the
/// addressee's name as printed before "should:" (asserted loosely), its exact text without
/// number or list marker, and the line it is printed on.
struct RecommendationFact: Sendable, CustomTestStringConvertible {
    let number: Int
    let kind: Addressee.Kind
    let addressee: String
    let text: String
    let line: Int

    var testDescription: String { "\(number) (\(kind.rawValue), line \(line)): \(text.prefix(50))" }
}

/// Where a block of findings lives in an inspection.
enum FindingsPlace: Sendable, CustomStringConvertible {
    /// The findings under a standard's heading, by standard id.
    case standard(String)
    /// `Inspection.diversityAndInclusion`.
    case diversityAndInclusion
    /// A non-standard section of `Inspection.findings` whose heading contains this text.
    case section(String)

    var description: String {
        switch self {
        case .standard(let id): "standard \(id)"
        case .diversityAndInclusion: "diversity and inclusion"
        case .section(let heading): "section '\(heading)'"
        }
    }
}

/// The labelled lists of one block of findings: how many strengths and areas for
/// improvement, and the opening words of the first and last paragraph of each.
struct FindingsFact: Sendable, CustomTestStringConvertible {
    let place: FindingsPlace
    let strengths: Int
    let firstStrength: String
    let lastStrength: String
    let areas: Int
    let firstArea: String
    let lastArea: String

    var testDescription: String { "\(place): \(strengths) strengths, \(areas) areas for improvement" }
}

enum SeedFacts {
    /// The standard ids of the 2023 framework, in report order.
    static let ids2023 = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"]
    /// The standard ids of the 2021 framework, in report order.
    static let ids2021 = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"]

    /// The 2023 framework's standards by the names the model gives them (Brighton prints 1.2
    /// as "Staff"), in report order.
    static let standards2023: [(id: String, name: String)] = [
        ("1.1", "Leadership"), ("1.2", "Staffing"), ("1.3", "Services"), ("2.1", "Assessment"), ("2.2", "Planning"),
        ("2.3", "Implementation and delivery"), ("2.4", "Reviewing"),
    ]
    /// The 2021 framework's standards as the regional letter's Annexe two prints them (1.2 "Staff").
    static let standards2021: [(id: String, name: String)] = [
        ("1.1", "Leadership"), ("1.2", "Staff"), ("1.3", "Services"), ("1.4", "Information and facilities"),
        ("2.1", "Court work"), ("2.2", "Assessment"), ("2.3", "Planning"), ("2.4", "Implementation and delivery"),
        ("2.5", "Reviewing"),
    ]
    /// The 2023 framework's case-work key questions as the PDU reports print them, three per
    /// standard in report order.
    static let keyQuestions2023: [(standard: String, question: String)] = [
        ("2.1", "Does assessment focus sufficiently on engaging the person on probation?"),
        ("2.1", "Does assessment focus sufficiently on the factors linked to offending and desistance?"),
        ("2.1", "Does assessment focus sufficiently on keeping other people safe?"),
        ("2.2", "Does planning focus sufficiently on engaging the person on probation?"),
        ("2.2", "Does planning focus sufficiently on reducing reoffending and supporting desistance?"),
        ("2.2", "Does planning focus sufficiently on keeping other people safe?"),
        (
            "2.3",
            "Is the sentence or post-custody period implemented effectively with a focus on engaging the person on probation?"
        ),
        ("2.3", "Does the implementation and delivery of services effectively support desistance?"),
        ("2.3", "Does the implementation and delivery of services effectively support the safety of other people?"),
        (
            "2.4",
            "Does reviewing focus sufficiently on supporting the compliance and engagement of the person on probation?"
        ),
        ("2.4", "Does reviewing focus sufficiently on supporting desistance?"),
        ("2.4", "Does reviewing focus sufficiently on keeping other people safe?"),
    ]

    /// The facts of a seed's standards: `names` in order, each with the seed's rating and line.
    static func standards(_ names: [(id: String, name: String)], _ ratings: [(Rating, line: Int)]) -> [StandardFact] {
        precondition(names.count == ratings.count, "one rating a standard")
        return zip(names, ratings).map { StandardFact(id: $0.id, name: $0.name, rating: $1.0, line: $1.line) }
    }

    /// The facts of a seed's key questions: those of the 2023 framework in order, each with
    /// the seed's percentage 'Yes' and the line of its table row.
    static func keyQuestions2023(_ answers: [(percent: Int, line: Int)]) -> [KeyQuestionFact] {
        precondition(keyQuestions2023.count == answers.count, "one answer a key question")
        return zip(keyQuestions2023, answers).map {
            KeyQuestionFact(standard: $0.standard, question: $0.question, percent: $1.percent, line: $1.line)
        }
    }

    /// The standard ids of a framework, in report order.
    static func ids(of framework: Framework) -> [String] {
        switch framework {
        case .y2021: ids2021
        case .y2023: ids2023
        }
    }

    /// Whitespace collapsed to single spaces, trimmed.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A quote's text without surrounding quotation marks or whitespace, with typographic
    /// quotes and apostrophes folded to plain ones (the texts print "Nothing’s"; a parser
    /// may fold it to "Nothing's": the words are the fact, not the glyph).
    static func unquoted(_ text: String) -> String {
        let marks = CharacterSet(charactersIn: "\"“”‘’'").union(.whitespacesAndNewlines)
        return plain(text.trimmingCharacters(in: marks))
    }

    /// Typographic quotes and apostrophes folded to plain ones.
    static func plain(_ text: String) -> String {
        String(
            text.map { c -> Character in
                switch c {
                case "‘", "’": "'"
                case "“", "”": "\""
                default: c
                }
            })
    }

    /// The findings under the heading of the standard with this id.
    static func findings(_ inspection: Inspection, standard id: String) -> Findings? {
        inspection.findings.first { $0.standard == id }?.findings
    }

    /// The first non-standard section whose heading contains this text (case-insensitive).
    static func section(_ inspection: Inspection, heading: String) -> SectionFindings? {
        inspection.findings.first { $0.standard == nil && $0.heading.lowercased().contains(heading.lowercased()) }
    }

    static func findings(_ inspection: Inspection, at place: FindingsPlace) -> Findings? {
        switch place {
        case .standard(let id): findings(inspection, standard: id)
        case .diversityAndInclusion: inspection.diversityAndInclusion
        case .section(let heading): section(inspection, heading: heading)?.findings
        }
    }

    /// The first paragraph of a list that starts with these words.
    static func paragraph(_ list: [Paragraph], startingWith opening: String) -> Paragraph? {
        list.first { normalised($0.text).hasPrefix(opening) }
    }

    // MARK: - Checks

    static func checkStandard(
        _ inspection: Inspection, _ fact: StandardFact,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let standard = try #require(
            inspection.standards.first { $0.id == fact.id },
            "no standard \(fact.id)", sourceLocation: sourceLocation)
        #expect(standard.name == fact.name, sourceLocation: sourceLocation)
        #expect(standard.rating == fact.rating, sourceLocation: sourceLocation)
    }

    static func checkStandardLine(
        _ inspection: Inspection, _ fact: StandardFact, file: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let standard = try #require(
            inspection.standards.first { $0.id == fact.id },
            "no standard \(fact.id)", sourceLocation: sourceLocation)
        #expect(standard.source.file == file, sourceLocation: sourceLocation)
        #expect(standard.source.line == fact.line, sourceLocation: sourceLocation)
    }

    static func checkKeyQuestion(
        _ inspection: Inspection, _ fact: KeyQuestionFact,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let question = try #require(
            inspection.keyQuestions.first { $0.standard == fact.standard && $0.question == fact.question },
            "no key question '\(fact.question)' under \(fact.standard)", sourceLocation: sourceLocation)
        #expect(question.percentYes == fact.percent, sourceLocation: sourceLocation)
    }

    static func checkKeyQuestionLine(
        _ inspection: Inspection, _ fact: KeyQuestionFact, file: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let question = try #require(
            inspection.keyQuestions.first { $0.standard == fact.standard && $0.question == fact.question },
            "no key question '\(fact.question)' under \(fact.standard)", sourceLocation: sourceLocation)
        #expect(question.source.file == file, sourceLocation: sourceLocation)
        #expect(question.source.line == fact.line, sourceLocation: sourceLocation)
    }

    static func checkRecommendation(
        _ inspection: Inspection, _ fact: RecommendationFact,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let recommendation = try #require(
            inspection.recommendations.first { $0.number == fact.number },
            "no recommendation \(fact.number)", sourceLocation: sourceLocation)
        #expect(recommendation.addressee.kind == fact.kind, sourceLocation: sourceLocation)
        #expect(
            recommendation.addressee.name.lowercased().contains(fact.addressee.lowercased()),
            "addressee '\(recommendation.addressee.name)' should contain '\(fact.addressee)'",
            sourceLocation: sourceLocation)
        #expect(recommendation.text == fact.text, sourceLocation: sourceLocation)
    }

    static func checkRecommendationLine(
        _ inspection: Inspection, _ fact: RecommendationFact, file: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let recommendation = try #require(
            inspection.recommendations.first { $0.number == fact.number },
            "no recommendation \(fact.number)", sourceLocation: sourceLocation)
        #expect(recommendation.source.file == file, sourceLocation: sourceLocation)
        #expect(recommendation.source.line == fact.line, sourceLocation: sourceLocation)
    }

    static func checkFindings(
        _ inspection: Inspection, _ fact: FindingsFact,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let findings = try #require(
            Self.findings(inspection, at: fact.place),
            "no findings for \(fact.place)", sourceLocation: sourceLocation)
        #expect(
            findings.strengths.count == fact.strengths, "strengths of \(fact.place)",
            sourceLocation: sourceLocation)
        #expect(
            findings.areasForImprovement.count == fact.areas, "areas for improvement of \(fact.place)",
            sourceLocation: sourceLocation)
        checkOpening(findings.strengths.first, fact.firstStrength, "first strength", sourceLocation)
        checkOpening(findings.strengths.last, fact.lastStrength, "last strength", sourceLocation)
        checkOpening(findings.areasForImprovement.first, fact.firstArea, "first area for improvement", sourceLocation)
        checkOpening(findings.areasForImprovement.last, fact.lastArea, "last area for improvement", sourceLocation)
    }

    /// The paragraph starts with these words (normalised); nothing is checked when `opening` is nil.
    static func checkOpening(
        _ paragraph: Paragraph?, _ opening: String?, _ what: String,
        _ sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let opening else { return }
        let text = paragraph.map { normalised($0.text) } ?? "<none>"
        #expect(
            text.hasPrefix(opening), "\(what) should start '\(opening)' but is '\(text.prefix(80))'",
            sourceLocation: sourceLocation)
    }
}
