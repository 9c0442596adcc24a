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

    @Test func theScriptAddsOneChunkByItsPathAndCannotBreakOutOfAScript() {
        let script = Self.index.script(as: "search-index/pdus-brighton.js", anchor: { "id-" + $0.lowercased() })
        #expect(
            script.hasPrefix(
                "// A chunk of the search index of this site, made by sitegen (see search-index.js).\n"
                    + "(window.sitegenSearchIndex = window.sitegenSearchIndex || {})[\"search-index/pdus-brighton.js\"] = {\n\"sources\": [\n[\"source/brighton-and-east-sussex-2024.html\",\"brighton-and-east-sussex-2024.txt\"],"
            ))
        #expect(script.hasSuffix("]\n};\n"))
        #expect(!script.contains("<"))
        #expect(!script.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(
            script
                == SearchIndex(map: SeedSite.map).script(
                    as: "search-index/pdus-brighton.js", anchor: { "id-" + $0.lowercased() }), "deterministic")
        #expect(
            script.contains(
                "[\"pdus/york.html\",\"id-inspection published december 2024\",\"York · Inspection published December 2024 · 1.1 Leadership\","
            ))
    }

    /// The passages of the chunks `scripts` (each a chunk's script and its path), each with
    /// what its section and source say, as `assets/search.js` puts the chunks together: page,
    /// anchor, title, source page and name, line, text, whether a name.
    func resolvedPassages(_ scripts: [(path: String, script: String)]) throws -> [[String]] {
        var passages: [[String]] = []
        for (path, script) in scripts {
            let lines = script.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
            #expect(lines.count == 3 && lines[0].hasPrefix("// "), "\(path): a comment, then the chunk")
            #expect(
                lines.dropFirst().first
                    == "(window.sitegenSearchIndex = window.sitegenSearchIndex || {})[\"\(path)\"] = {",
                "\(path) adds itself by its path")
            let chunk = "{\n" + (lines.last ?? "")
            #expect(chunk.hasSuffix("};\n"))
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(chunk.dropLast(2).utf8)) as? [String: [[Any]]])
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

    @Test func theChunksAreTheIndexInFilesThatStandAlone() throws {
        let anchor: @Sendable (String) -> String = { "id-" + $0.lowercased() }
        let whole = try resolvedPassages([("search-index/all.js", Self.index.script(anchor: anchor))])
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
            let chunks = SearchIndex.chunks(of: map, size: size, anchor: anchor)
            #expect(chunks.count >= 2, "PDUs and regions are never in one chunk")
            #expect(Set(chunks.map(\.path)).count == chunks.count, "no two chunks at one path")
            #expect(chunks.allSatisfy { $0.path.hasPrefix("search-index/") && $0.path.hasSuffix(".js") })
            #expect(chunks.first?.path == "search-index/pdus-brighton-and-east-sussex.js")
            #expect(chunks.last?.path.hasPrefix("search-index/regions-") == true)
            let scripts = chunks.map { ($0.path, String(decoding: $0.make(), as: UTF8.self)) }
            #expect(try resolvedPassages(scripts) == whole, "\(size) a chunk")
            // One PDU (or region) a chunk: the first depends on the first PDU's inspections.
            if size == 1 {
                #expect(chunks.count == map.pdus.count + map.regions.count)
                #expect(chunks.first?.dependsOn == map.pdus.first?.inspections.map(\.source.file))
                #expect(chunks.first?.place == "pdus brighton-and-east-sussex")
            }
            #expect(
                String(decoding: SearchIndex.listScript(of: chunks), as: UTF8.self)
                    == "// The search index of this site, made by sitegen (see assets/search.js): its chunks, in order.\n"
                    + "window.sitegenSearchChunks = [\n"
                    + chunks.map { "\"\($0.path)\"" }.joined(separator: ",\n") + "\n];\n")
        }
    }

    /// A PDU deleted (or, the other way round, added) changes the chunk it falls in (with
    /// the one after, when the run ended at it), and no other PDUs' chunk's path, place or
    /// texts, so every other chunk keeps its input key (and its file).
    @Test func aPDUDeletedOrAddedChangesOnlyItsOwnChunk() throws {
        func chunks(_ corpus: Corpus, size: Int) -> Set<String> {
            Set(
                SearchIndex.chunks(of: SiteMap(corpus: corpus), size: size, anchor: { $0 })
                    .filter { $0.path.hasPrefix("search-index/pdus-") }
                    .map { "\($0.path)\n\($0.place)\n\($0.dependsOn)" })
        }
        // The PDUs read from texts of their own (a regional letter gives several PDUs' inspections).
        let pdus = SeedSite.map.pdus.filter { pdu in
            let files = Set(pdu.inspections.map(\.source.file))
            return !SeedSite.map.pdus.contains {
                $0.slug != pdu.slug && $0.inspections.contains { files.contains($0.source.file) }
            }
        }
        #expect(pdus.map(\.slug) == ["brighton-and-east-sussex", "leeds", "york"])
        for size in [1, 2, 3] {
            let all = chunks(SeedSite.corpus, size: size)
            for pdu in pdus {
                var corpus = SeedSite.corpus
                let files = Set(pdu.inspections.map(\.source.file))
                corpus.inspections.removeAll { files.contains($0.source.file) }
                let fewer = chunks(corpus, size: size)
                #expect(fewer.subtracting(all).count <= 1, "deleting \(pdu.slug), \(size) a chunk")
                #expect(all.subtracting(fewer).count <= 2, "deleting \(pdu.slug), \(size) a chunk")
                if size == 1 {
                    #expect(fewer.isSubset(of: all), "deleting \(pdu.slug)")
                    #expect(
                        all.subtracting(fewer).map { $0.prefix { $0 != "\n" } } == ["search-index/pdus-\(pdu.slug).js"])
                }
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
