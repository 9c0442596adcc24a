import InspectionModel
import Testing

@testable import ReportParser

/// The checks every seed inspection shares, run over the values each seed's file gives
/// (`ExpectedInspection.all`): identity, ratings, key questions, recommendations,
/// background, findings and quotes. What only one seed shows stays in its own file.
@Suite("Facts of every seed inspection")
struct SeedInspectionTests {
    // MARK: Identity

    @Test("PDU, region and publication date, and the lines they are printed on", arguments: ExpectedInspection.all)
    func identity(_ expected: ExpectedInspection) throws {
        let inspection = try expected.inspection()
        Self.check(inspection.pdu.value, inspection.pdu.source.line, expected.pdu, "PDU")
        Self.check(inspection.region.value, inspection.region.source.line, expected.region, "region")
        Self.check(inspection.published.value, inspection.published.source.line, expected.published, "publication date")
    }

    @Test("fieldwork start (Background), or none", arguments: ExpectedInspection.all)
    func fieldworkStarted(_ expected: ExpectedInspection) throws {
        let started = try expected.inspection().fieldworkStarted
        Self.check(started?.value, started?.source.line, expected.fieldworkStarted, "fieldwork start")
    }

    @Test("framework, origin and file", arguments: ExpectedInspection.all)
    func frameworkAndOrigin(_ expected: ExpectedInspection) throws {
        let inspection = try expected.inspection()
        #expect(inspection.framework == expected.framework)
        #expect(inspection.origin == expected.origin)
        #expect(inspection.source.file == expected.file)
    }

    // MARK: Ratings

    @Test("score, stated on its line or computed", arguments: ExpectedInspection.all)
    func score(_ expected: ExpectedInspection) throws {
        let score = try expected.inspection().score
        #expect(score.value == expected.score.value)
        #expect(score.max == expected.score.max)
        #expect(score.stated == expected.score.stated)
        #expect(score.source.file == expected.file)
        if let line = expected.score.line { #expect(score.source.line == line) }
    }

    @Test("overall rating", arguments: ExpectedInspection.all)
    func overallRating(_ expected: ExpectedInspection) throws {
        let overall = try expected.inspection().overallRating
        Self.check(overall.value, overall.source.line, expected.overallRating, "overall rating")
    }

    @Test("the framework's standards in its order", arguments: ExpectedInspection.all)
    func standardOrder(_ expected: ExpectedInspection) throws {
        #expect(try expected.inspection().standards.map(\.id) == SeedFacts.ids(of: expected.framework))
    }

    @Test("standard name and rating", arguments: ExpectedInspection.cases(\.standards))
    func standard(_ test: SeedCase<StandardFact>) throws {
        try SeedFacts.checkStandard(try test.expected.inspection(), test.fact)
    }

    @Test("standard source line", arguments: ExpectedInspection.cases(\.standards))
    func standardLine(_ test: SeedCase<StandardFact>) throws {
        try SeedFacts.checkStandardLine(try test.expected.inspection(), test.fact, file: test.expected.file)
    }

    // MARK: Key questions

    @Test("key questions by standard, in report order (none in a letter)", arguments: ExpectedInspection.all)
    func keyQuestionOrder(_ expected: ExpectedInspection) throws {
        let inspection = try expected.inspection()
        #expect(inspection.keyQuestions.count == expected.keyQuestions.count)
        var standards: [String] = []
        for fact in expected.keyQuestions where !standards.contains(fact.standard) { standards.append(fact.standard) }
        for id in standards {
            #expect(
                inspection.keyQuestions(ofStandard: id).map(\.question)
                    == expected.keyQuestions.filter { $0.standard == id }.map(\.question), "key questions of \(id)")
        }
    }

    @Test("key question percentage", arguments: ExpectedInspection.cases(\.keyQuestions))
    func keyQuestion(_ test: SeedCase<KeyQuestionFact>) throws {
        try SeedFacts.checkKeyQuestion(try test.expected.inspection(), test.fact)
    }

    @Test("key question source line (its table row)", arguments: ExpectedInspection.cases(\.keyQuestions))
    func keyQuestionLine(_ test: SeedCase<KeyQuestionFact>) throws {
        try SeedFacts.checkKeyQuestionLine(try test.expected.inspection(), test.fact, file: test.expected.file)
    }

    // MARK: Recommendations

    @Test("recommendations numbered from 1", arguments: ExpectedInspection.all)
    func recommendationNumbers(_ expected: ExpectedInspection) throws {
        #expect(try expected.inspection().recommendations.map(\.number) == Array(1...expected.recommendationCount))
    }

    @Test("recommendation addressee and text", arguments: ExpectedInspection.cases(\.recommendations))
    func recommendation(_ test: SeedCase<RecommendationFact>) throws {
        try SeedFacts.checkRecommendation(try test.expected.inspection(), test.fact)
    }

    @Test("recommendation source line", arguments: ExpectedInspection.cases(\.recommendations))
    func recommendationLine(_ test: SeedCase<RecommendationFact>) throws {
        try SeedFacts.checkRecommendationLine(try test.expected.inspection(), test.fact, file: test.expected.file)
    }

    // MARK: Background

    @Test("cases inspected, or none", arguments: ExpectedInspection.all)
    func casesInspected(_ expected: ExpectedInspection) throws {
        let cases = try expected.inspection().casesInspected
        guard let facts = expected.casesInspected else {
            #expect(cases == nil)
            return
        }
        let found = try #require(cases)
        #expect(found.communityOrders == facts.communityOrders)
        #expect(found.releasesOnLicence == facts.releasesOnLicence)
        #expect(found.practitionerInterviews == facts.practitionerInterviews)
        #expect(found.source.line == facts.line)
    }

    @Test("lead and chief inspectors, or none", arguments: ExpectedInspection.all)
    func inspectors(_ expected: ExpectedInspection) throws {
        let inspection = try expected.inspection()
        Self.check(
            inspection.leadInspector?.value, inspection.leadInspector?.source.line, expected.leadInspector,
            "lead inspector")
        Self.check(
            inspection.chiefInspector?.value, inspection.chiefInspector?.source.line, expected.chiefInspector,
            "chief inspector")
    }

    @Test("caseload, population and proven reoffending rate, or none", arguments: ExpectedInspection.all)
    func backgroundFigures(_ expected: ExpectedInspection) throws {
        let background = try expected.inspection().background
        Self.check(background.caseload?.value, background.caseload?.source.line, expected.caseload, "caseload")
        Self.check(
            background.population?.value, background.population?.source.line, expected.population,
            "population")
        Self.check(
            background.provenReoffendingRate?.value, background.provenReoffendingRate?.source.line,
            expected.provenReoffendingRate, "proven reoffending rate")
    }

    @Test("previous inspection and its progress table, or none", arguments: ExpectedInspection.all)
    func previousInspection(_ expected: ExpectedInspection) throws {
        let inspection = try expected.inspection()
        #expect(inspection.progressOnPreviousRecommendations.count == expected.progressRows)
        guard let facts = expected.previousInspection else {
            #expect(inspection.previousInspection == nil)
            return
        }
        let previous = try #require(inspection.previousInspection)
        #expect(previous.date == facts.date)
        #expect(previous.rating == facts.rating)
        #expect(previous.source.line == facts.line)
    }

    // MARK: Findings and quotes

    @Test("findings of the standards, in report order", arguments: ExpectedInspection.all)
    func findingsOrder(_ expected: ExpectedInspection) throws {
        #expect(try expected.inspection().findings.compactMap(\.standard) == expected.standardsWithFindings)
    }

    @Test("strengths and areas for improvement", arguments: ExpectedInspection.cases(\.findings))
    func findings(_ test: SeedCase<FindingsFact>) throws {
        try SeedFacts.checkFindings(try test.expected.inspection(), test.fact)
    }

    @Test("quotes from people on probation and their lines", arguments: ExpectedInspection.all)
    func quotes(_ expected: ExpectedInspection) throws {
        let quotes = try expected.inspection().quotes
        #expect(quotes.map { SeedFacts.unquoted($0.text) } == expected.quotes.map(SeedFacts.plain))
        #expect(quotes.map(\.source.line) == expected.quoteLines)
    }

    /// A value and its line against the expected ones; an expected nil means there is none.
    static func check<Value: Equatable>(
        _ value: Value?, _ line: Int?, _ expected: LineFact<Value>?, _ what: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let expected else {
            #expect(value == nil, "\(what): none expected", sourceLocation: sourceLocation)
            return
        }
        #expect(value == expected.value, "\(what)", sourceLocation: sourceLocation)
        if let expectedLine = expected.line {
            #expect(line == expectedLine, "line of the \(what)", sourceLocation: sourceLocation)
        }
    }
}
