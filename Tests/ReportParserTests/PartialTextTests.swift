import Foundation
import InspectionModel
import Testing

@testable import ReportParser

/// Partial texts (a report's opening: title and foreword) and reports of kinds sitegen does
/// not model in full give partial inspections: the title, the PDU or region, the overall
/// rating the foreword states (never the previous inspection's), each with its line, and a
/// warning naming what is missing. Only a text that names no inspection is an error.
@Suite("Partial texts give partial inspections")
struct PartialTextTests {
    static let reports = [Seeds.brighton, Seeds.derbyCity, Seeds.leeds, Seeds.york]

    enum Layout: CaseIterable {
        /// The PDF's text up to the Ratings: cover, contents, acknowledgements, foreword.
        case pdfOpening
        /// The web page's opening: licence block, title, "Published:", "Foreword (Back to top)".
        case webOpening
        /// A press release: the title on one line, then the foreword one paragraph per line.
        case pressRelease
    }

    /// The seed's foreword paragraphs, each on one line.
    static func foreword(_ path: String) -> [String] {
        let lines = LayoutTransforms.lines(Seeds.text(path))
        let start = lines.firstIndex { LayoutTransforms.trimmed($0) == "Foreword" }!
        let end = lines[(start + 1)...].firstIndex { LayoutTransforms.trimmed($0) == "Ratings" }!
        return lines[(start + 1)..<end].filter { !LayoutTransforms.isBlank($0) }.map(LayoutTransforms.trimmed)
    }

    static func opening(_ path: String, layout: Layout, pdu: String) -> String {
        let lines = LayoutTransforms.lines(Seeds.text(path))
        switch layout {
        case .pdfOpening:
            let start = lines.firstIndex { LayoutTransforms.trimmed($0) == "Foreword" }!
            let end = lines[(start + 1)...].firstIndex { LayoutTransforms.trimmed($0) == "Ratings" }!
            return LayoutTransforms.joined(Array(lines[..<end]))
        case .webOpening:
            return LayoutTransforms.joined(
                WebLayout.licenceBlock + [
                    "An inspection of probation services: \(pdu) PDU", "", "Published:", "",
                    "Foreword (Back to top)", "",
                ]
                    + foreword(path).flatMap { [$0, ""] })
        case .pressRelease:
            return LayoutTransforms.joined(["An inspection of probation services in \(pdu) PDU"] + foreword(path))
        }
    }

    static func partial(_ text: String, path: String = "Content/opening.txt") throws -> (PartialInspection, Corpus) {
        let corpus = Seeds.parse(text, path: path)
        #expect(corpus.inspections.isEmpty)
        #expect(corpus.count(of: .error) == 0, "\(corpus.diagnostics.filter { $0.severity == .error })")
        return (try #require(corpus.partialInspections.first), corpus)
    }

    @Test(
        "A seed's opening gives the PDU and the rating its foreword states, at its line", arguments: reports,
        Layout.allCases)
    func opening(path: String, layout: Layout) throws {
        let seed = try #require(Seeds.corpus.inspections.first { $0.source.file == path })
        let text = Self.opening(path, layout: layout, pdu: seed.pdu.value)
        let (partial, corpus) = try Self.partial(text)
        #expect(partial.kind == .pduReport)
        #expect(partial.pdu?.value == seed.pdu.value)
        #expect(partial.overallRating?.value == seed.overallRating.value)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(partial.overallRating?.source.line)
        #expect(lines[line - 1].contains(seed.overallRating.value.rawValue), "line \(line): \(lines[line - 1])")
        #expect(partial.missing.contains("recommendations"))
        #expect(
            corpus.diagnostics.contains {
                $0.severity == .warning && $0.message.contains("partial inspection of \(seed.pdu.value)")
            })
    }

    @Test("Derby City's foreword recalls the 2023 rating: that is the previous inspection's, not this one's")
    func previousRatingKeptApart() throws {
        let text = Self.opening(Seeds.derbyCity, layout: .pdfOpening, pdu: "Derby City")
        let (partial, _) = try Self.partial(text)
        #expect(partial.overallRating?.source.line == 51)
        #expect(partial.previousYear == 2023)
        #expect(partial.previousRating?.value == .requiresImprovement)
        #expect(partial.previousRating?.source.line == 49)
        #expect(partial.published?.value == CalendarDate(year: 2025, month: 5))
        #expect(partial.region?.value == "East Midlands")
    }

    static let walesOpening = """
        Skip to content

        All content is available under the Open Government Licence v3.0, except where otherwise stated

        An inspection of Probation Services – Wales region

        Published: 10 June 2025

        Foreword (Back to top)

        The Wales region was last inspected in 2022, when its PDUs were rated as 'Good' overall.
        Since then the region has faced high vacancy rates among probation officers.

        Leaders had a clear vision for the region. However, the quality of work to keep people safe was too often insufficient. As a result, we rated the region as 'Requires improvement' overall.

        Martin Jones CBE
        HM Chief Inspector of Probation
        """

    @Test(
        "A Wales-region opening gives a regional partial inspection rated as its foreword says, not as it was in 2022")
    func walesRegion() throws {
        let (partial, _) = try Self.partial(Self.walesOpening)
        #expect(partial.kind == .regionalInspection)
        #expect(partial.region?.value == "Wales")
        #expect(partial.pdu == nil)
        #expect(partial.overallRating?.value == .requiresImprovement)
        #expect(partial.overallRating?.source.line == 14)
        #expect(partial.previousRating?.value == .good)
        #expect(partial.previousYear == 2022)
        #expect(partial.published?.value == CalendarDate(year: 2025, month: 6))
        #expect(partial.title.value == "An inspection of Probation Services – Wales region")
    }

    @Test(
        "A youth justice and a thematic report are kept as partial inspections of their kind",
        arguments: [
            ("An inspection of youth justice services in Cardiff", PartialInspection.Kind.youthJustice),
            ("A thematic inspection of the work of probation services with women", .thematic),
        ])
    func otherKinds(title: String, kind: PartialInspection.Kind) throws {
        let text =
            "\(title)\n\nForeword\n\nWe found that work was of good quality. Overall, we have given it a rating of 'Good'.\n"
        let (partial, _) = try Self.partial(text)
        #expect(partial.kind == kind)
        #expect(partial.title.value == title)
        #expect(partial.overallRating?.value == .good)
    }

    @Test("An opening that states no rating is partial, and the warning says the rating is missing")
    func noRating() throws {
        let (partial, corpus) = try Self.partial(
            "An inspection of probation services in: Leeds PDU\n\nForeword\n\nThe PDU faced many challenges.\n")
        #expect(partial.overallRating == nil)
        #expect(partial.missing.first == "the overall rating")
        #expect(corpus.diagnostics.contains { $0.message.contains("the overall rating") })
    }

    @Test("A text that names no inspection is still an error and gives nothing")
    func nothing() {
        let corpus = Seeds.parse("Shopping list\n\nEggs, flour and milk.\n")
        #expect(corpus.partialInspections.isEmpty && corpus.inspections.isEmpty)
        #expect(corpus.count(of: .error) == 1)
    }
}
