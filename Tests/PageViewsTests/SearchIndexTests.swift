import Foundation
import InspectionModel
import OpenData
import PageViews
import Testing

@Suite struct SearchIndexTests {
    static let index = SearchIndex(map: SeedSite.map)

    /// The words of a text, lower-cased, letters and digits only.
    func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The seed text's line `line` (1-based) of the file `file`.
    func line(_ line: Int, of file: String) throws -> String {
        let text = try String(contentsOf: SeedSite.repository.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(
            line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil, "\(file) has no line \(line)")
    }

    @Test func everyPDUAndRegionIsFoundByNameFirstOnItsPage() {
        let names = Self.index.passages.filter(\.isName).map { (Self.index.sections[$0.section].page, $0.text) }
        #expect(
            names.map(\.0) == SeedSite.map.pdus.map { "pdus/\($0.slug).html" }
                + SeedSite.map.regions.map { "regions/\($0.slug).html" })
        #expect(SeedSite.map.regions.count == 3)
        #expect(
            names.first?.1
                == "Brighton and East Sussex, a Probation Delivery Unit in the Kent, Surrey and Sussex region")
        #expect(
            names.suffix(3).map(\.1) == [
                "East Midlands region", "Kent, Surrey and Sussex region", "Yorkshire and the Humber region",
            ])
    }

    @Test func everyFindingRecommendationAndQuoteIsAPassageAtItsLine() {
        let passages = Set(
            Self.index.passages.map {
                "\(Self.index.sources[Self.index.sections[$0.section].source].contentPath):\($0.line) \($0.text)"
            })
        var expected: [String] = []
        for inspection in SeedSite.map.pdus.flatMap(\.inspections) {
            let paragraphs =
                inspection.findings.flatMap {
                    $0.findings.narrative + $0.findings.strengths + $0.findings.areasForImprovement
                }
                + inspection.quotes
            expected += paragraphs.map { "\($0.source.file):\($0.source.line) \($0.text)" }
            expected += inspection.recommendations.map { "\($0.source.file):\($0.source.line) \($0.text)" }
        }
        for letter in SeedSite.corpus.regions {
            expected += letter.sections.flatMap {
                $0.findings.narrative + $0.findings.strengths + $0.findings.areasForImprovement
            }
            .map { "\($0.source.file):\($0.source.line) \($0.text)" }
        }
        #expect(expected.count > 400)
        #expect(expected.filter { !passages.contains($0) } == [])
    }

    /// Each finding, recommendation and quote is read from its line: the line holds the
    /// passage's first words (the seed texts' own bytes, not the model), or, for a passage
    /// the report introduces with a label line ("Poor practice example", Leeds line 378),
    /// the lines just above it do.
    @Test func passagesLinkToTheLinesTheyWereReadFrom() throws {
        var checked = 0
        for passage in Self.index.passages where !passage.isName {
            let section = Self.index.sections[passage.section]
            guard !section.title.hasSuffix("Background"), !section.title.contains("Progress on") else { continue }
            let source = Self.index.sources[section.source].contentPath
            let first = words(passage.text).prefix(2)
            let onLine = try (max(1, passage.line - 4)...passage.line).flatMap { words(try line($0, of: source)) }
            #expect(
                first.allSatisfy(onLine.contains),
                "\(source):\(passage.line) does not hold '\(first.joined(separator: " "))' of '\(passage.text.prefix(60))'"
            )
            checked += 1
        }
        #expect(checked > 400)
    }

    @Test func yorkFindingsLinkToTheInspectionsHeadingAndSource() throws {
        let york = Self.index.passages.filter { Self.index.sections[$0.section].page == "pdus/york.html" && !$0.isName }
        let sections = Set(york.map { Self.index.sections[$0.section] })
        #expect(Set(sections.map(\.heading)) == ["Inspection published December 2024"])
        #expect(Set(sections.map { Self.index.sources[$0.source].page }) == ["source/york-2024.html"])
        #expect(sections.contains { $0.title == "York · Inspection published December 2024 · 1.1 Leadership" })
        let background = try #require(york.first { $0.text.hasPrefix("People on probation (caseload): ") })
        let caseload = try #require(SeedSite.pdu("york")?.latest.background.caseload)
        #expect(background.line == caseload.source.line)
    }

    @Test func theScriptAssignsOneGlobalAndCannotBreakOutOfAScript() {
        let script = Self.index.script(anchor: { "id-" + $0.lowercased() })
        #expect(script.hasPrefix("// The search index of this site"))
        #expect(
            script.contains(
                "\n(window.sitegenSearchIndex = window.sitegenSearchIndex || []).push({\n\"sources\": [\n[\"source/brighton-and-east-sussex-2024.html\",\"brighton-and-east-sussex-2024.txt\"],"
            ))
        #expect(script.hasSuffix("]\n});\n"))
        #expect(!script.contains("<"))
        #expect(!script.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(script == SearchIndex(map: SeedSite.map).script(anchor: { "id-" + $0.lowercased() }), "deterministic")
        #expect(
            script.contains(
                "[\"pdus/york.html\",\"id-inspection published december 2024\",\"York · Inspection published December 2024 · 1.1 Leadership\","
            ))
    }

    /// The passages of a script of chunks, each with what its section and source say, as
    /// `assets/search.js` puts the chunks together: page, anchor, title, source page and
    /// name, line, text, whether a name.
    func resolvedPassages(_ script: String) throws -> [[String]] {
        var passages: [[String]] = []
        let start = "(window.sitegenSearchIndex = window.sitegenSearchIndex || []).push("
        for chunk in script.components(separatedBy: start).dropFirst() {
            #expect(chunk.hasSuffix(");\n"))
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(chunk.dropLast(3).utf8)) as? [String: [[Any]]])
            let (sources, sections) = (try #require(object["sources"]), try #require(object["sections"]))
            for passage in try #require(object["passages"]) {
                let section = sections[try #require(passage[0] as? Int)]
                let source = sources[try #require(section[3] as? Int)]
                passages.append(
                    section.prefix(3).map { "\($0)" } + source.map { "\($0)" } + passage.dropFirst().map { "\($0)" }
                        + (passage.count == 4 ? [] : ["0"]))
            }
        }
        return passages
    }

    @Test func theScriptInPartsIsTheIndexInChunksThatStandAlone() throws {
        let anchor: @Sendable (String) -> String = { "id-" + $0.lowercased() }
        let whole = try resolvedPassages(Self.index.script(anchor: anchor))
        #expect(whole.count == Self.index.passages.count && whole.count > 100)
        let line = try #require(SeedSite.pdu("brighton-and-east-sussex")?.latest.pdu.source.line)
        #expect(
            whole.first == [
                "pdus/brighton-and-east-sussex.html", "", "Brighton and East Sussex",
                "source/brighton-and-east-sussex-2024.html", "brighton-and-east-sussex-2024.txt", "\(line)",
                "Brighton and East Sussex, a Probation Delivery Unit in the Kent, Surrey and Sussex region", "1",
            ])
        let map = SeedSite.map
        for size in [1, 2, 100] {
            let file = SearchIndex.parts(of: map, size: size, anchor: anchor)
            #expect(file.path == SearchIndex.path)
            let parts = file.parts.map { $0.text() }
            #expect(parts.count >= 2, "PDUs and regions are never in one part")
            #expect(try resolvedPassages(parts.joined()) == whole, "\(size) a part")
            #expect(parts.first?.hasPrefix("// The search index of this site") == true)
            #expect(parts.dropFirst().allSatisfy { !$0.hasPrefix("//") })
            // One PDU (or region) a part: the first depends on the first PDU's inspections.
            if size == 1 {
                #expect(parts.count == map.pdus.count + map.regions.count)
                #expect(file.parts.first?.dependsOn == map.pdus.first?.inspections.map(\.source.file))
            }
        }
    }

    @Test func scriptStringsEscapeWhatCouldEndOrBreakAScript() {
        #expect(JSONWriter.scriptString("a</script><!--b") == #""a\u003c/script>\u003c!--b""#)
        #expect(JSONWriter.scriptString("x\u{2028}y\u{2029}z") == #""x\u2028y\u2029z""#)
        #expect(JSONWriter.scriptString("\"q\" \\ \n\u{01}") == #""\"q\" \\ \n\u0001""#)
        #expect(JSONWriter.scriptString("Café – “quoted”") == "\"Café – “quoted”\"")
        // A `<` that a combining mark follows is one `Character` with it, but still a `<`.
        #expect(JSONWriter.scriptString("<\u{301}/script>") == "\"\\u003c\u{301}/script>\"")
    }
}
