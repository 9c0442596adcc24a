import Foundation
import InspectionModel
import OpenData
import Testing

/// A small RFC 4180 reader for checking what the writer produced.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    field.unicodeScalars.append("\""); chars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field); field = ""
        } else if c == "\n" {
            record.append(field); field = ""
            records.append(record); record = []
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
}

/// The rows of one CSV export as dictionaries keyed by the header.
func csvRows(_ path: String, _ corpus: Corpus = Fixtures.corpus) throws -> (header: [String], rows: [[String: String]])
{
    let file = try #require(OpenDataExport.files(for: corpus).first { $0.path == path })
    let records = parseCSV(String(decoding: file.contents, as: UTF8.self))
    let header = try #require(records.first)
    for record in records { #expect(record.count == header.count, "ragged row in \(path)") }
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    return (header, rows)
}

@Suite struct CSVTests {
    @Test func quotesOnlyWhenNeededAndDoublesQuotes() {
        #expect(CSV.escape("plain text") == "plain text")
        #expect(CSV.escape("a,b") == "\"a,b\"")
        #expect(CSV.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSV.escape("cr\rhere") == "\"cr\rhere\"")
        #expect(CSV.escape("") == "")
        #expect(CSV.line(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    @Test(arguments: ["=1+2", "+44 20", "-3", "@SUM(A1)", "\tindent", "\rreturn"])
    func guardsFormulaTriggers(text: String) {
        #expect(CSV.guardFormula(text) == "'" + text)
        #expect(CSVField.text(text).cellText == "'" + text)
    }

    @Test func leavesOrdinaryTextAndOwnNumbersAlone() {
        #expect(CSV.guardFormula("Derby City") == "Derby City")
        #expect(CSV.guardFormula("1 = 1") == "1 = 1")
        #expect(CSV.guardFormula("") == "")
        #expect(CSVField.integer(-1).cellText == "-1")
        #expect(CSVField.decimal(27.5).cellText == "27.5")
        #expect(CSVField.decimal(25).cellText == "25")
        #expect(CSVField.boolean(false).cellText == "false")
        #expect(CSVField.text(nil).cellText == "")
    }

    @Test func guardedCellIsAlsoQuotedWhenNeeded() {
        let table = CSVTable(header: ["x"], rows: [[.text("=HYPERLINK(\"http://x\",\"y\")")]])
        #expect(table.encoded() == "x\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n")
    }

    @Test func inspectionsCSVHasOneRowPerInspection() throws {
        let (header, rows) = try csvRows("data/inspections.csv")
        #expect(Array(header.prefix(3)) == ["pdu", "region", "published"])
        #expect(header.suffix(2) == ["source_file", "source_line"])
        #expect(rows.count == 2)
        #expect(rows[0]["pdu"] == "Derby City")
        #expect(rows[0]["published"] == "2025-05")
        #expect(rows[0]["fieldwork_started"] == "2025-02-24")
        #expect(rows[0]["score"] == "7")
        #expect(rows[0]["score_max"] == "21")
        #expect(rows[0]["score_stated"] == "true")
        #expect(rows[0]["overall_rating"] == "Requires improvement")
        #expect(rows[0]["community_orders"] == "18")
        #expect(rows[0]["proven_reoffending_rate"] == "27.5")
        #expect(rows[0]["population"] == "")
        #expect(rows[0]["source_file"] == Fixtures.derbyFile)
        #expect(rows[0]["source_line"] == "3")
        #expect(rows[0]["proven_reoffending_rate_place"] == "region")
        #expect(rows[0]["proven_reoffending_rate_place_name"] == "East Midlands")
        #expect(rows[0]["caseload_place"] == "pdu" && rows[0]["caseload_place_name"] == "")
        #expect(rows[0]["population_place"] == "")
        #expect(rows.map { $0["score_provenance"] } == ["stated", "computed"])
        #expect(rows.map { $0["published_provenance"] } == ["stated", "stated"])
        #expect(rows[1]["pdu"] == "Leicester")
        #expect(rows[1]["fieldwork_started"] == "")
        #expect(rows[1]["origin"] == "regionalLetter")
    }

    @Test func standardsCSVHasOneRowPerRating() throws {
        let (header, rows) = try csvRows("data/standards.csv")
        #expect(
            header == [
                "pdu", "region", "published", "framework", "standard_id", "standard_name",
                "rating", "rating_provenance", "points", "source_file", "source_line",
            ])
        #expect(rows.allSatisfy { $0["rating_provenance"] == "stated" })
        #expect(rows.map { $0["standard_id"] } == ["1.1", "2.1", "2.1"])
        #expect(rows.map { $0["pdu"] } == ["Derby City", "Derby City", "Leicester"])
        #expect(rows[1]["rating"] == "Inadequate")
        #expect(rows[1]["points"] == "0")
        #expect(rows[1]["source_line"] == "83")
        #expect(rows[2]["standard_name"] == "Court work")
        #expect(rows[2]["source_file"] == Fixtures.letterFile)
    }

    @Test func keyQuestionsCSVNamesTheStandard() throws {
        let (_, rows) = try csvRows("data/key-questions.csv")
        #expect(rows.count == 2)
        #expect(rows[0]["standard_id"] == "2.1")
        #expect(rows[0]["standard_name"] == "Assessment")
        #expect(rows[0]["percent_yes"] == "59")
        #expect(rows[1]["percent_yes"] == "31")
        #expect(rows[0]["region"] == "East Midlands")
        #expect(rows[0]["source_line"] == "200")
    }

    @Test func recommendationsCSVQuotesAndGuardsText() throws {
        let (header, rows) = try csvRows("data/recommendations.csv")
        #expect(
            header == [
                "pdu", "region", "published", "number", "number_provenance", "addressee", "addressee_group",
                "addressee_kind", "text", "source_file", "source_line",
            ])
        #expect(rows.map { $0["number_provenance"] } == ["stated", "stated"])
        #expect(rows.map { $0["addressee_group"] } == ["Derby City PDU", "HM Prison and Probation Service"])
        #expect(rows.count == 2)
        #expect(rows[0]["text"] == Fixtures.derby.recommendations[0].text)  // commas and quotes survive
        #expect(rows[1]["text"] == "'-=SUM(A1) provide effective management oversight")
        #expect(rows[1]["addressee_kind"] == "hmpps")
        #expect(rows[1]["number"] == "2")
        #expect(rows[1]["source_line"] == "91")
    }
}

@Suite struct DeterminismTests {
    @Test func exportIsByteIdenticalAcrossRunsAndInputOrder() {
        let first = OpenDataExport.files(for: Fixtures.corpus)
        let second = OpenDataExport.files(for: Fixtures.corpus)
        #expect(first == second)

        let c = Fixtures.corpus
        let shuffled = Corpus(
            inspections: c.inspections.reversed(), regions: c.regions.reversed(),
            diagnostics: c.diagnostics.reversed(), documentCount: c.documentCount)
        #expect(OpenDataExport.files(for: shuffled) == first)
    }

    @Test func filesAreTheFiveExportsSortedWithLFEndings() {
        let files = OpenDataExport.files(for: Fixtures.corpus)
        #expect(
            files.map(\.path) == [
                "data/inspections.csv", "data/inspections.json", "data/key-questions.csv",
                "data/recommendations.csv", "data/standards.csv",
            ])
        for file in files {
            #expect(!file.contents.contains(UInt8(ascii: "\r")), "\(file.path) has a CR")
            #expect(file.contents.last == UInt8(ascii: "\n"), "\(file.path) does not end with a newline")
            #expect(Array(file.contents.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(file.path) has a BOM")
        }
    }

    @Test func emptyCorpusGivesHeadersAndEmptyArrays() throws {
        let empty = Corpus(inspections: [], regions: [], diagnostics: [], documentCount: 0)
        let json = try decodedJSON(empty)
        #expect(try list(json["inspections"]).isEmpty)
        let file = try #require(OpenDataExport.files(for: empty).first { $0.path == "data/recommendations.csv" })
        #expect(
            String(decoding: file.contents, as: UTF8.self)
                == "pdu,region,published,number,number_provenance,addressee,addressee_group,addressee_kind,text,source_file,source_line\n"
        )
    }
}
