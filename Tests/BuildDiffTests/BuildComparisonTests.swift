import Foundation
import TestSupport
import Testing

@testable import BuildDiff

/// The comparison and its report, over the repository's committed open data (the seeds).
@Suite struct BuildComparisonTests {
    static let data: PublishedData = {
        try! PublishedData(json: Data(Repository.bytes("Output/data/inspections.json")))
    }()

    static func derby(_ data: PublishedData) -> PublishedData.Inspection {
        data.inspections.first { $0.identity == "Derby City (2025-05)" }!
    }

    @Test func factsOfAnInspectionCarryTheirLines() {
        let facts = Self.derby(Self.data).facts
        #expect(facts.first == Fact(name: "overall rating", value: "Requires improvement", line: 67))
        #expect(facts.contains(Fact(name: "score", value: "7/21", line: 67)))
        #expect(facts.contains(Fact(name: "caseload", value: "1325", line: 87)))
        #expect(facts.contains(Fact(name: "proven reoffending rate", value: "27.2%", line: 85)))
        #expect(
            facts.contains(
                Fact(
                    name: "standard 1.1 Leadership", value: "Good",
                    line: facts.first { $0.name == "standard 1.1 Leadership" }?.line)))
        #expect(Set(facts.map(\.name)).count == facts.count)  // names are unique: they match facts across builds
    }

    @Test func theSameDataIsNoChange() {
        let comparison = BuildComparison(
            old: Self.data, new: Self.data, oldFiles: ["a.html": "1"], newFiles: ["a.html": "1"])
        #expect(comparison.isEmpty)
    }

    /// A rating, a figure and a recommendation changed; one question gone; one inspection removed.
    @Test func changedFactsOldToNewInTheNewOrder() {
        var new = Self.data
        let index = new.inspections.firstIndex { $0.identity == "Derby City (2025-05)" }!
        new.inspections[index].standards![0].rating = "Outstanding"
        new.inspections[index].background!.caseload = 1400
        let removedQuestion = new.inspections[index].keyQuestions!.removeLast()
        new.inspections.removeAll { $0.identity == "York (2024-12)" }
        let comparison = BuildComparison(old: Self.data, new: new, oldFiles: [:], newFiles: [:])
        #expect(comparison.removed.map(\.identity) == ["York (2024-12)"])
        #expect(comparison.added.isEmpty)
        #expect(comparison.changed.map(\.identity) == ["Derby City (2025-05)"])
        let file = "Content/reports/derby-city-2025.txt"
        let leadership = Self.data.inspections[index].standards![0]
        #expect(
            comparison.changed.first?.facts == [
                .init(
                    name: "standard 1.1 Leadership", old: "Good", new: "Outstanding",
                    source: "\(file):\(leadership.line!)"),
                .init(name: "caseload", old: "1325", new: "1400", source: "\(file):87"),
                .init(
                    name: "key question \(removedQuestion.standard!): \(removedQuestion.question)",
                    old: "\(Int(removedQuestion.percentYes!))%", new: nil, source: "\(file):\(removedQuestion.line!)"),
            ])
    }

    /// A warning that only moved to another line is not new; a second copy of one is.
    @Test func newWarningsIgnoreLines() {
        var new = Self.data
        let warning = Self.data.diagnostics.first { $0.severity == "warning" }!
        var moved = warning
        moved.line = (warning.line ?? 0) + 10
        new.diagnostics = Self.data.diagnostics.filter { $0 != warning } + [moved]
        #expect(BuildComparison(old: Self.data, new: new, oldFiles: [:], newFiles: [:]).newWarnings == [])
        new.diagnostics.append(moved)
        #expect(
            BuildComparison(old: Self.data, new: new, oldFiles: [:], newFiles: [:]).newWarnings
                == ["\(moved.file):\(moved.line!):\(moved.column!): warning: \(moved.message)"])
    }

    @Test func reportListsPagesThenOtherFilesAndEscapesCells() {
        var new = Self.data
        let index = new.inspections.firstIndex { $0.identity == "Derby City (2025-05)" }!
        new.inspections[index].recommendations![0].text = "use | pipes\ncarefully"
        let comparison = BuildComparison(
            old: Self.data, new: new, oldFiles: ["b.md": "1", "a.html": "1", "gone.html": "2"],
            newFiles: ["b.md": "2", "a.html": "1", "new.svg": "3"])
        let report = ReviewReport.markdown(comparison, title: "old → new")
        #expect(report.contains("**1 inspection changed, 0 added, 0 removed, 0 new warnings, 1 page changed.**"))
        #expect(report.contains("use \\| pipes carefully |"))
        #expect(
            report.hasSuffix(
                """
                ### Changed pages

                - removed `gone.html`

                ### Other changed files

                - changed `b.md`
                - added `new.svg`

                """))
    }
}
