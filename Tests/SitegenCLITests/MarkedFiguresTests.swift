import Foundation
import Testing

/// Issue 11, points 3, 4 and 7 on the example site: every figure sitegen computed,
/// corrected or inferred is marked wherever it is shown and the mark explains itself;
/// PDU and region pages end with the notes on their texts; background figures show
/// their place; one addressee is one group.
@Suite struct MarkedFiguresTests {
    func page(_ path: String) throws -> String {
        #expect(SitePagesTests.built.status == 0)
        return try #require(SitePagesTests.built.folder.read("Output/" + path), "\(path) was not written")
    }

    /// The footnote a page gives for `label`: its text, up to the end of its item.
    func footnote(_ label: String, in html: String) throws -> Substring {
        let start = try #require(html.range(of: "<li id=\"fn-\(label)\">"), "no footnote \(label)")
        let end = try #require(html[start.upperBound...].range(of: "</li>"))
        return html[start.upperBound..<end.lowerBound]
    }

    static let computed = "computed-f7897a10"
    static let corrected = "corrected-cead1213"

    @Test func theComputedScoreIsMarkedInEveryTableAndExplained() throws {
        for path in [
            "index.html", "trends/east-midlands.html", "regions/east-midlands.html",
            "pdus/leicester-leicestershire-and-rutland.html",
        ] {
            let html = try page(path)
            #expect(
                html.contains(">2/27</a><sup class=\"footnote-ref\"><a href=\"#fn-\(Self.computed)\""),
                "\(path): 2/27 unmarked")
            let note = try footnote(Self.computed, in: html)
            #expect(note.contains("<strong>Computed:</strong> the text states no score"), "\(path)")
            #expect(note.contains("east-midlands-regional-letter-2023.html#L317\">line 317</a>"), "\(path)")
        }
    }

    @Test func theCorrectedDateIsMarkedWhereverItIsShownAndExplained() throws {
        for path in ["index.html", "trends/east-midlands.html", "regions/east-midlands.html", "pdus/derby-city.html"] {
            let html = try page(path)
            #expect(
                html.contains("February 2023<sup class=\"footnote-ref\"><a href=\"#fn-\(Self.corrected)\""),
                "\(path): date unmarked")
            let note = try footnote(Self.corrected, in: html)
            #expect(
                note.contains("the letter prints 9 February 2022 but reports events of 27 September 2022"), "\(path)")
            #expect(note.contains("#L14\">line 14</a>") && note.contains("#L225\">line 225</a>"), "\(path)")
        }
        #expect(
            try page("regions/east-midlands.html").contains(
                ">9 February 2023</a><sup class=\"footnote-ref\"><a href=\"#fn-\(Self.corrected)\""))
        // Headings that name the date are marked too, and their ids and the page's contents stay clean.
        #expect(
            try page("regions/east-midlands.html").contains(
                "<h2 id=\"regional-inspection-letter-of-9-february-2023\">Regional inspection letter of 9 February 2023<sup class=\"footnote-ref\">"
            ))
        let derby = try page("pdus/derby-city.html")
        #expect(
            derby.contains(
                "<h2 id=\"regional-inspection-letter-of-february-2023\">Regional inspection letter of February 2023<sup class=\"footnote-ref\">"
            ))
        #expect(
            derby.contains(
                "<li><a href=\"#regional-inspection-letter-of-february-2023\">Regional inspection letter of February 2023</a>"
            ))
    }

    @Test func ratingsMatchedByOrderAndNumbersByPositionAreMarked() throws {
        let derby = try page("pdus/derby-city.html")
        // Derby City's seven 2025 ratings all refer to one note on the flattened table.
        let label = "inferred-"
        let marked =
            derby.components(separatedBy: "</span><sup class=\"footnote-ref\"><a href=\"#fn-\(label)").count - 1
        #expect(marked >= 7)
        #expect(derby.contains("matched to the standards in order"))
        let york = try page("pdus/york.html")
        #expect(york.contains("<strong>1.</strong><sup class=\"footnote-ref\">"))
        #expect(york.contains("<strong>3.</strong><sup class=\"footnote-ref\">"))
        #expect(!york.contains("<strong>2.</strong><sup"))
        #expect(york.contains("prints no number; numbered 3 from its position"))
    }

    @Test func everyMarkHasItsNoteAndNoPageShowsARawReference() throws {
        for path in [
            "index.html", "trends.html", "regions/east-midlands.html", "regions/kent-surrey-and-sussex.html",
            "pdus/derby-city.html", "pdus/york.html", "pdus/leeds.html", "pdus/brighton-and-east-sussex.html",
            "pdus/leicester-leicestershire-and-rutland.html",
        ] {
            let html = try page(path)
            #expect(!html.contains("[^"), "\(path) shows a footnote reference as text")
            let references = Set(
                html.components(separatedBy: "href=\"#fn-").dropFirst().map { $0.prefix { $0 != "\"" } })
            for label in references {
                #expect(html.contains("<li id=\"fn-\(label)\">"), "\(path): no note for \(label)")
            }
        }
    }

    @Test func pduAndRegionPagesEndWithTheNotesOnTheirTexts() throws {
        let region = try page("regions/east-midlands.md")
        let notes = try #require(region.range(of: "## Notes on the texts"))
        #expect(!region[notes.upperBound...].contains("\n## "), "the notes are not the last section")
        #expect(
            region.contains(
                "- [line 14](../source/east-midlands-regional-letter-2023.html#L14) warning: the letter is dated 9 February 2022"
            ))
        let derby = try page("pdus/derby-city.md")
        #expect(derby.contains("## Notes on the texts"))
        #expect(
            derby.contains("**derby-city-2025.txt**") && derby.contains("**east-midlands-regional-letter-2023.txt**"))
        #expect(derby.contains("- [line 67](../source/derby-city-2025.html#L67) note: the ratings table is flattened"))
        let leeds = try page("pdus/leeds.md")
        #expect(leeds.contains("## Notes on the texts"))
        #expect(try page("regions/kent-surrey-and-sussex.md").contains("## Notes on the texts"))
    }

    @Test func theRegionalReoffendingRateIsShownAsTheRegions() throws {
        let brighton = try page("pdus/brighton-and-east-sussex.md")
        #expect(
            brighton.contains(
                "| Proven reoffending rate | [21.6%](../source/brighton-and-east-sussex-2024.html#L158 \"brighton-and-east-sussex-2024.txt line 158\") | KSS: the Kent, Surrey and Sussex region as a whole, not the PDU |"
            ))
        #expect(brighton.contains("| Population | [823,258]"))
        let csv = try page("data/inspections.csv").split(separator: "\n")
        let header = csv[0].split(separator: ",").map(String.init)
        let rate = try #require(header.firstIndex(of: "proven_reoffending_rate_place"))
        let row = try #require(csv.first { $0.hasPrefix("Brighton and East Sussex,") })
        // The region's name holds commas, quoted: count fields with a CSV-aware split.
        #expect(Self.fields(row)[rate] == "region" && Self.fields(row)[rate + 1] == "KSS")
        #expect(Self.fields(row)[rate - 1] == "21.6")
    }

    @Test func oneAddresseeIsOneGroupAndTheDataKeepsTheTextsWords() throws {
        let region = try page("regions/east-midlands.md")
        #expect(region.components(separatedBy: "**HM Prison and Probation Service should:**").count == 2)
        #expect(!region.contains("(HMPPS) should"))
        let csv = try page("data/recommendations.csv")
        #expect(csv.contains(",HM Prison and Probation Service (HMPPS),HM Prison and Probation Service,hmpps,"))
        #expect(csv.contains(",HM Prison and Probation Service,HM Prison and Probation Service,hmpps,"))
    }

    /// A CSV row's fields (quotes honoured).
    static func fields(_ row: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for c in row {
            if c == "\"" {
                quoted.toggle()
            } else if c == ",", !quoted {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
        }
        return fields + [field]
    }
}
