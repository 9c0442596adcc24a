import Foundation
import InspectionModel
import Testing

@testable import ReportParser

/// Running headers and footers in any wording are removed wherever they fall, inside a list
/// of recommendations too, and never become a recommendation or a paragraph.
@Suite("Page furniture in any wording")
struct PageFurnitureTests {
    /// The seed with a page break (footer, page number, header) before each of the given
    /// 0-based lines, with no blank line around it, as a PDF's text layer can give it.
    static func withPageBreaks(_ text: String, before positions: [Int], furniture: (Int) -> [String]) -> String {
        var lines = LayoutTransforms.lines(text)
        for (page, position) in positions.enumerated().reversed() {
            lines.insert(contentsOf: furniture(page + 2), at: position)
        }
        return LayoutTransforms.joined(lines)
    }

    /// Where the breaks go: one between two recommendations, the others among prose.
    static func positions(in text: String) throws -> [Int] {
        let lines = LayoutTransforms.lines(text)
        let third = try #require(lines.firstIndex { $0.hasPrefix("- 3. conduct a learning analysis") })
        return [third, third + 60, third + 160, third + 260]
    }

    /// The furniture of page `n` in four wordings, `{n}` standing for its number.
    static let wordings: [(String, [String])] = [
        ("header then number", ["Inspection of probation services: Derby City PDU", "{n}"]),
        ("number then header", ["{n}", "Derby City PDU – HM Inspectorate of Probation"]),
        ("footer with its number", ["Derby City PDU inspection report | {n}"]),
        ("page x of y footer", ["Derby City PDU inspection report", "Page {n} of 30"]),
    ]

    @Test(
        "Headers and footers inside the recommendations list and prose leave the model as it was",
        arguments: 0..<wordings.count)
    func furnitureRemoved(wording: Int) throws {
        let seedText = Seeds.text(Seeds.derbyCity)
        let text = Self.withPageBreaks(
            seedText, before: try Self.positions(in: seedText),
            furniture: { page in Self.wordings[wording].1.map { $0.replacingOccurrences(of: "{n}", with: "\(page)") } })
        let corpus = Seeds.parse(text, path: Seeds.derbyCity)
        let expected = ModelFields(LayoutVariantTests.original(parsing: Seeds.derbyCity), locations: .omitted)
        let difference = ModelFields.firstDifference(
            expected: expected, actual: ModelFields(corpus, locations: .omitted))
        #expect(difference == nil, "\(Self.wordings[wording].0): \(difference ?? "")")
        let inspection = try #require(corpus.inspections.first)
        #expect(inspection.recommendations.count == 5)
        #expect(
            !inspection.recommendations.contains {
                $0.text.contains("Derby City PDU inspection") || $0.text.contains("Inspection of probation")
            })
    }

    @Test("A line said once next to a page number, or a heading beside every page number, is kept")
    func onceIsNotFurniture() {
        let lines = [
            "Ratings", "3", "Recommendations", "4", "Ratings", "Some words of a paragraph", "5", "Other text here",
        ]
        .enumerated().map { TextLine(number: $0.offset + 1, text: $0.element) }
        let numbers = lines.map { PageFurniture.isPageNumber($0.trimmed) }
        #expect(PageFurniture.runningLines(lines, pageNumbers: numbers).isEmpty)
        #expect(
            PageFurniture.remove(from: lines).map(\.text) == [
                "Ratings", "Recommendations", "Ratings", "Some words of a paragraph", "Other text here",
            ])
    }

    @Test(
        "'(Back to top)' leaves a web page's headings",
        arguments: [
            ("Foreword (Back to top)", "Foreword"), ("1.1. Leadership (Back to top)", "1.1. Leadership"),
            ("Ratings Back to top", "Ratings"), ("Back to top", ""), ("Ratings [Back to top]", "Ratings"),
        ])
    func backToTop(line: String, heading: String) {
        #expect(PageFurniture.withoutBackToTop(Substring(line)).map(String.init) == heading)
    }

    @Test("A sentence ending in the words 'back to top' is not a link")
    func sentenceKept() {
        #expect(PageFurniture.withoutBackToTop("She climbed back to top") == nil)
    }
}

/// Headings come from the table of known headings, never from a hand-kept filter.
@Suite("Headings from the heading table")
struct HeadingTableTests {
    @Test(
        "Every named heading, in upper, lower or title case, spaced out, with a colon, a footnote mark or a web link after it, opens its section"
    )
    func everyNamedHeading() {
        for (name, kind) in ReportOutline.namedHeadings {
            let title = name.prefix(1).uppercased() + name.dropFirst()
            let spacedOut = "  " + title.replacing(" ", with: "    ") + "  :"  // the quick filter counts no space
            for spelling in [name, name.uppercased(), title, spacedOut, title + "²:", ": " + title] {
                var standards = StandardLookup()
                #expect(
                    ReportOutline.heading(TextLine(number: 1, text: spelling), standards: &standards) == kind,
                    "\(spelling)")
                guard !spelling.contains(":") else { continue }  // a colon is no heading's before its link
                let web = PageFurniture.remove(from: [TextLine(number: 1, text: spelling + " (Back to top)")])
                #expect(web.map(\.text) == [spelling.trimmingCharacters(in: .whitespaces)])
            }
        }
    }
}
