import Foundation
import InspectionModel
import OpenData
import PageViews
import ReportParser
import SourceAndOutput
import Testing

/// Partial inspections (a report's opening, a report of another kind) sit in the index and
/// on their PDU's or region's page, marked partial with the note, in the open data with
/// `partial` true, and never in a comparison.
@Suite("Partial inspections on the pages and in the data")
struct PartialInspectionPagesTests {
    /// Derby City's opening (its text up to the Ratings) and a Wales-region opening, with the five seeds.
    static let corpus: Corpus = {
        let text = String(decoding: SeedSite.corpusSource("derby-city-2025.txt"), as: UTF8.self)
        let lines = text.components(separatedBy: "\n")
        let end = lines.indices.first { $0 > 20 && lines[$0] == "Ratings" }!
        let opening = lines[..<end].joined(separator: "\n")
        let wales =
            "An inspection of Probation Services – Wales region\n\nPublished: 10 June 2025\n\nForeword (Back to top)\n\n"
            + "The Wales region was last inspected in 2022, when it was rated as 'Good' overall.\n\n"
            + "As a result of our findings, we rated the region as 'Requires improvement' overall.\n"
        return CorpusParser.parse(
            SeedSite.sources + [
                ContentSource(path: "Content/openings/derby-city-opening.txt", bytes: Array(opening.utf8)),
                ContentSource(
                    path: "Content/openings/wales.html",
                    bytes: Array(
                        "<!DOCTYPE html><html><body>\(wales.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n"))</body></html>"
                            .utf8)),
            ])
    }()
    static let map = SiteMap(corpus: corpus)

    @Test(
        "The index lists both, each rated as its foreword says and linked to its page; the counts and trends leave them out"
    )
    func index() throws {
        let index = IndexPage(map: Self.map, corpus: Self.corpus)
        #expect(index.partialInspections.map(\.subject) == ["Derby City", "Wales"])
        let derby = try #require(index.partialInspections.first)
        #expect(derby.rating?.text == "Requires improvement")
        #expect(derby.rating?.href.hasSuffix("#L51") == true)
        #expect(derby.previousRating?.href.hasSuffix("#L49") == true && derby.previousYear == "2023")
        #expect(derby.note == "from the foreword; the full report text is not in this site")
        #expect(derby.page?.href == "pdus/derby-city.md")
        let wales = try #require(index.partialInspections.last)
        #expect(wales.rating?.text == "Requires improvement" && wales.previousRating?.text == "Good")
        #expect(wales.page?.href == "regions/wales.md")
        #expect(index.inspections.count == SeedSite.corpus.inspections.count)
        #expect(Self.map.pdus.map(\.inspections.count) == SeedSite.map.pdus.map(\.inspections.count))
    }

    @Test("Derby City's page shows its partial inspection apart; the Wales page exists for the regional one")
    func pages() throws {
        let derby = try #require(Self.map.pdu(slug: "derby-city"))
        let page = PDUPage(derby, map: Self.map)
        #expect(page.hasPartialInspections && page.partialInspections.count == 1)
        #expect(page.history.count == 2)  // the two full inspections only
        let wales = try #require(Self.map.region(slug: "wales"))
        let region = RegionPage(wales, map: Self.map)
        #expect(region.partialInspections.map(\.kind) == ["regional inspection"])
        #expect(!region.hasPDUs && !region.hasLetters)
        #expect(Self.map.sources["Content/openings/wales.html"] != nil)
    }

    @Test("inspections.csv marks every row partial or not, and the JSON lists the partial ones")
    func openData() throws {
        let csv = OpenDataExport.inspectionsCSV(Self.corpus)
        let column = try #require(csv.header.firstIndex(of: "partial"))
        let partialRows = csv.rows.filter { $0[column] == .boolean(true) }
        #expect(partialRows.count == 2)
        #expect(csv.rows.filter { $0[column] == .boolean(false) }.count == SeedSite.corpus.inspections.count)
        #expect(partialRows.allSatisfy { $0.contains(.text("Requires improvement")) })
        let json = OpenDataExport.inspectionsJSON(Self.corpus)
        #expect(json.contains("\"partialInspections\": ["))
        #expect(json.contains("\"kind\": \"regionalInspection\""))
    }

    @Test("The open data made in parts, however small, is the whole files, the partial inspections once")
    func openDataInParts() {
        let corpus = Self.corpus
        #expect(corpus.partialInspections.count == 2 && corpus.inspections.count == 6)
        let whole = [
            OpenDataExport.inspectionsCSV(corpus).encoded(), OpenDataExport.inspectionsJSON(corpus),
            OpenDataExport.keyQuestionsCSV(corpus).encoded(), OpenDataExport.recommendationsCSV(corpus).encoded(),
            OpenDataExport.standardsCSV(corpus).encoded(),
        ]
        for size in [1, 2, 4, 6] {
            let files = OpenDataExport.parts(for: corpus, inspectionsPerPart: size)
            #expect(files.map { $0.parts.reversed().map { $0.text() }.reversed().joined() } == whole, "\(size) a part")
        }
    }
}
