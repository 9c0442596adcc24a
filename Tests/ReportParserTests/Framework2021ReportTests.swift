import InspectionModel
import Testing

@testable import ReportParser

/// A PDU report under the 2021 framework (nine standards, out of 27, with Court work and
/// Information and facilities), made from the Brighton report by adding those two
/// standards to its ratings table and body and renumbering domain two.
@Suite("A PDU report under the 2021 framework")
struct Framework2021ReportTests {
    static let text: String = {
        var lines = Seeds.text(Seeds.brighton).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func replace(_ number: Int, _ old: String, _ new: String) {
            precondition(lines[number - 1] == old, "line \(number) is \(lines[number - 1])")
            lines[number - 1] = new
        }
        // Body, from the bottom up so that line numbers above stay valid.
        replace(395, "2.4. Reviewing", "2.5. Reviewing")
        replace(365, "2.3. Implementation and delivery", "2.4. Implementation and delivery")
        replace(344, "2.2. Planning", "2.3. Planning")
        replace(316, "2.1. Assessment", "2.2. Assessment")
        replace(
            314, "2. Service delivery",
            """
            1.4. Information and facilities

            Timely and relevant information is available and appropriate facilities are in place.

            Good

            Strengths:

            - Information about services was kept up to date and easy for staff to find.

            2. Court work and case supervision

            2.1. Court work

            Court work is well-informed, analytical and personalised.

            Requires improvement

            Key question\tPercentage 'Yes'
            Is the advice to court sufficiently analytical and personalised to support sentencing?\t61%
            Is the advice to court sufficiently focused on keeping other people safe?\t72%

            - Pre-sentence reports drew on the information available at the time.
            """)
        // Ratings table (lines 84-134).
        replace(132, "2.4 Reviewing", "2.5 Reviewing")
        replace(126, "2.3 Implementation and delivery", "2.4 Implementation and delivery")
        replace(120, "2.2 Planning", "2.3 Planning")
        replace(114, "2.1 Assessment", "2.1 Court work\n\nRequires improvement\n\n2.2 Assessment")
        replace(
            112, "2. Service delivery", "1.4 Information and facilities\n\nGood\n\n2. Court work and case supervision")
        replace(84, "Score **4/21**", "Score **7/27**")
        return lines.joined(separator: "\n")
    }()

    static let corpus = Seeds.parse(text, path: "Content/reports/brighton-2021-framework.txt")

    @Test("the framework is 2021, scored out of 27, with no warning")
    func framework() throws {
        let inspection = try #require(Self.corpus.inspections.first)
        #expect(inspection.framework == .y2021)
        #expect(inspection.score.value == 7 && inspection.score.max == 27 && inspection.score.stated)
        #expect(Self.corpus.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("nine standards, numbered by the 2021 framework")
    func standards() throws {
        let inspection = try #require(Self.corpus.inspections.first)
        #expect(inspection.standards.map(\.id) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"])
        #expect(
            inspection.standards.map(\.name) == [
                "Leadership", "Staff", "Services", "Information and facilities", "Court work",
                "Assessment", "Planning", "Implementation and delivery", "Reviewing",
            ])
        #expect(
            inspection.standards.map(\.rating) == [
                .good, .requiresImprovement, .requiresImprovement, .good, .requiresImprovement,
                .inadequate, .inadequate, .inadequate, .inadequate,
            ])
    }

    @Test("key questions belong to the 2021 ids: Court work 2.1, Assessment 2.2")
    func keyQuestions() throws {
        let inspection = try #require(Self.corpus.inspections.first)
        #expect(inspection.keyQuestions(ofStandard: "2.1").map(\.percentYes) == [61, 72])
        #expect(inspection.keyQuestions(ofStandard: "2.2").map(\.percentYes) == [58, 65, 23])
        #expect(inspection.keyQuestions(ofStandard: "2.5").map(\.percentYes) == [45, 43, 30])
        #expect(inspection.keyQuestions.count == 14)
    }

    @Test("findings are filed under the 2021 standards")
    func findings() throws {
        let inspection = try #require(Self.corpus.inspections.first)
        let byStandard = Dictionary(grouping: inspection.findings.compactMap(\.standard), by: { $0 }).keys.sorted()
        #expect(byStandard == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"])
        let information = try #require(inspection.findings.first { $0.standard == "1.4" })
        #expect(information.heading == "Information and facilities")
        #expect(
            information.findings.strengths.map(\.text) == [
                "Information about services was kept up to date and easy for staff to find."
            ])
    }

    @Test("a Court work rating outside its key questions' band is a warning")
    func courtWorkBand() throws {
        let corpus = Seeds.parse(
            Self.text.replacing("sentencing?\t61%", with: "sentencing?\t45%"),
            path: "Content/reports/brighton-2021-framework.txt")
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("'Court work'") })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("45%") && warning.message.contains("Inadequate band"))
    }
}
