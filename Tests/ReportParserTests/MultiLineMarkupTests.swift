import InspectionModel
import Testing

@testable import ReportParser

/// Markup that spans lines: a script's body and closing tag on later lines, a tag whose
/// attributes wrap. None of it may reach the model; a stray `<` or a script that is never
/// closed must not swallow the rest of the report.
@Suite("Markup spanning several lines")
struct MultiLineMarkupTests {
    /// Every string in the model, and every diagnostic message.
    static func strings(_ corpus: Corpus) -> [String] {
        corpus.inspections.flatMap { i in
            i.recommendations.map(\.text)
                + i.findings.flatMap { f in
                    (f.findings.narrative + f.findings.strengths + f.findings.areasForImprovement).map(\.text)
                }
        }
    }

    /// Leeds with `insert` put before line 146 (recommendation 3) and line 191 (a strength).
    static func leeds(inserting insert: [String]) -> Corpus {
        var lines = Seeds.text(Seeds.leeds).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: insert, at: 190)
        lines.insert(contentsOf: insert, at: 145)
        return Seeds.parse(lines.joined(separator: "\n"), path: Seeds.leeds)
    }

    @Test("a script over several lines is removed with its body, and reported")
    func multiLineScript() throws {
        let corpus = Self.leeds(inserting: ["<script type=\"text/javascript\">", "alert(document.cookie)", "</script>"])
        #expect(!Self.strings(corpus).contains { $0.contains("alert") || $0.contains("script") })
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.count == 7)
        let warnings = corpus.diagnostics.filter { $0.message.contains("<script>") }
        #expect(warnings.map(\.location.line) == [146, 194])
    }

    @Test("a tag whose attributes wrap onto the next line is removed whole")
    func wrappedTag() throws {
        let corpus = Self.leeds(inserting: ["- See <img src=x", "onerror=alert(1)> the plan."])
        #expect(
            !Self.strings(corpus).contains { $0.contains("onerror") || $0.contains("alert") || $0.contains("<img") })
        #expect(corpus.diagnostics.contains { $0.message.contains("<img>") && $0.location.line == 146 })
    }

    @Test("a script that is never closed drops its tag, not the rest of the report")
    func unclosedScript() throws {
        let corpus = Self.leeds(inserting: ["<script>"])
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.count == 7)
        #expect(inspection.standards.count == 7)
        #expect(inspection.findings.count == Seeds.inspection("Leeds", in: Seeds.leeds)?.findings.count)
        #expect(corpus.diagnostics.contains { $0.message.contains("<script>") })
    }

    @Test("a '<' in prose with no '>' after it is text")
    func lessThanInProse() throws {
        var lines = Seeds.text(Seeds.leeds).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(
            contentsOf: ["- Waiting times were <three weeks for most referrals", "and longer for a few."], at: 190)
        let corpus = Seeds.parse(lines.joined(separator: "\n"), path: Seeds.leeds)
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.count == 7)
        let strengths = try #require(inspection.findings.first { $0.standard == "1.1" }).findings.strengths
        #expect(
            strengths.contains { $0.text == "Waiting times were <three weeks for most referrals and longer for a few." }
        )
        #expect(!corpus.diagnostics.contains { $0.message.contains("markup") })
    }
}
