import Foundation
import InspectionModel
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import OpenData

/// Decodes `data/inspections.json` of a corpus with JSONSerialization.
func decodedJSON(_ corpus: Corpus) throws -> [String: Any] {
    let file = try #require(OpenDataExport.files(for: corpus).first { $0.path == "data/inspections.json" })
    let object = try JSONSerialization.jsonObject(with: Data(file.contents))
    return try #require(object as? [String: Any])
}

func dictionary(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
func list(_ value: Any?) throws -> [Any] { try #require(value as? [Any]) }

@Suite struct JSONExportTests {
    @Test func topLevelHasExactlyFourKeys() throws {
        let json = try decodedJSON(Fixtures.corpus)
        #expect(Set(json.keys) == ["inspections", "regions", "partialInspections", "diagnostics"])
        #expect(try list(json["partialInspections"]).isEmpty)
        #expect(try list(json["inspections"]).count == 2)
        #expect(try list(json["regions"]).count == 1)
        #expect(try list(json["diagnostics"]).count == 2)
    }

    @Test func backgroundFiguresCarryTheirLines() throws {
        let derby = try dictionary(list(decodedJSON(Fixtures.corpus)["inspections"])[0])
        let background = try dictionary(derby["background"])
        #expect(background["caseload"] as? Int == 2310)
        #expect(background["caseloadLine"] as? Int == 100)
        #expect(background["provenReoffendingRateLine"] as? Int == 101)
        #expect(background["population"] is NSNull && background["populationLine"] is NSNull)
    }

    @Test func backgroundFiguresCarryTheirPlacesAndFactsTheirProvenance() throws {
        let derby = try dictionary(list(decodedJSON(Fixtures.corpus)["inspections"])[0])
        let background = try dictionary(derby["background"])
        let rate = try dictionary(background["provenReoffendingRatePlace"])
        #expect(rate["kind"] as? String == "region" && rate["name"] as? String == "East Midlands")
        let caseload = try dictionary(background["caseloadPlace"])
        #expect(caseload["kind"] as? String == "pdu" && caseload["name"] is NSNull)
        #expect(background["populationPlace"] is NSNull)
        #expect(try dictionary(derby["score"])["provenance"] is NSNull)
        #expect(derby["publishedProvenance"] is NSNull)
        let recommendations = try list(derby["recommendations"]).map(dictionary)
        #expect(
            recommendations.map { $0["addresseeGroup"] as? String } == [
                "Derby City PDU", "HM Prison and Probation Service",
            ])
        #expect(recommendations.allSatisfy { $0["numberProvenance"] is NSNull })
        // A computed score carries its kind, reason and lines.
        var corpus = Fixtures.corpus
        corpus.inspections[0].score.provenance = Provenance(
            .computed, "the text states no score", file: Fixtures.derbyFile, lines: [80, 67])
        let score = try dictionary(dictionary(list(decodedJSON(corpus)["inspections"])[0])["score"])
        let provenance = try dictionary(score["provenance"])
        #expect(
            provenance["kind"] as? String == "computed" && provenance["reason"] as? String == "the text states no score"
        )
        #expect(provenance["lines"] as? [Int] == [67, 80])
    }

    @Test func inspectionCarriesFindingsDiversityAndQuotes() throws {
        let derby = try dictionary(list(decodedJSON(Fixtures.corpus)["inspections"])[0])
        let findings = try list(derby["findings"]).map(dictionary)
        #expect(findings.count == 1)
        #expect(findings[0]["standard"] as? String == "1.1")
        #expect(findings[0]["heading"] as? String == "Leadership")
        #expect(findings[0]["strengths"] as? [String] == ["The PDU was led by a strong team."])
        #expect(findings[0]["areasForImprovement"] as? [String] == ["Oversight was weak."])
        #expect(findings[0]["narrative"] as? [String] == [])
        #expect(findings[0]["line"] as? Int == 97)
        let diversity = try dictionary(derby["diversityAndInclusion"])
        #expect(diversity["strengths"] as? [String] == ["Data on diversity was used well."])
        let quotes = try list(derby["quotes"]).map(dictionary)
        #expect(quotes.map { $0["text"] as? String } == ["Very useful, it keeps you switched on."])
        #expect(quotes.map { $0["line"] as? Int } == [282])
    }

    @Test func inspectionCarriesTheSpecifiedKeysAndValues() throws {
        let inspections = try list(decodedJSON(Fixtures.corpus)["inspections"])
        let derby = try dictionary(inspections[0])
        for key in [
            "pdu", "region", "published", "fieldworkStarted", "framework", "score", "overallRating",
            "standards", "keyQuestions", "recommendations", "casesInspected", "source",
        ] {
            #expect(derby.keys.contains(key), "missing key \(key)")
        }
        #expect(derby["pdu"] as? String == "Derby City")
        #expect(derby["region"] as? String == "East Midlands")
        #expect(derby["published"] as? String == "2025-05")  // month only
        #expect(derby["fieldworkStarted"] as? String == "2025-02-24")  // keeps its day
        #expect(derby["framework"] as? String == "2023")
        #expect(derby["overallRating"] as? String == "Requires improvement")
        #expect(derby["origin"] as? String == "pduReport")
        #expect(derby["leadInspector"] as? String == "Hannah Darby")
        #expect(derby["chiefInspector"] as? String == "Martin Jones")

        let score = try dictionary(derby["score"])
        #expect(score["value"] as? Int == 7)
        #expect(score["max"] as? Int == 21)
        #expect(score["stated"] as? Bool == true)

        let standards = try list(derby["standards"]).map(dictionary)
        #expect(standards.count == 2)
        #expect(standards[0]["id"] as? String == "1.1")
        #expect(standards[0]["name"] as? String == "Leadership")
        #expect(standards[0]["rating"] as? String == "Good")
        #expect(standards[0]["line"] as? Int == 81)
        #expect(standards[1]["rating"] as? String == "Inadequate")

        let question = try dictionary(list(derby["keyQuestions"]).first)
        #expect(question["standard"] as? String == "2.1")
        #expect(
            question["question"] as? String == "Does assessment focus sufficiently on engaging the person on probation?"
        )
        #expect(question["percentYes"] as? Int == 59)
        #expect(question["line"] as? Int == 200)

        let recommendations = try list(derby["recommendations"]).map(dictionary)
        #expect(recommendations.map { $0["number"] as? Int } == [1, 2])
        #expect(recommendations[0]["addressee"] as? String == "Derby City PDU")
        #expect(recommendations[0]["addresseeKind"] as? String == "pdu")
        #expect(recommendations[1]["addresseeKind"] as? String == "hmpps")
        #expect((recommendations[0]["text"] as? String)?.hasPrefix("improve the quality of") == true)
        #expect(recommendations[0]["line"] as? Int == 90)

        let cases = try dictionary(derby["casesInspected"])
        #expect(cases["communityOrders"] as? Int == 18)
        #expect(cases["releasesOnLicence"] as? Int == 16)
        #expect(cases["practitionerInterviews"] as? Int == 31)

        let background = try dictionary(derby["background"])
        #expect(background["caseload"] as? Int == 2310)
        #expect(background["population"] is NSNull)
        #expect(background["provenReoffendingRate"] as? Double == 27.5)

        let previous = try dictionary(derby["previousInspection"])
        #expect(previous["date"] as? String == "2023-03")
        #expect(previous["rating"] as? String == "Requires improvement")

        let progress = try dictionary(list(derby["progressOnPreviousRecommendations"]).first)
        #expect(progress["categorisation"] as? String == "Some progress")
        #expect(progress["improvementStillRequired"] as? Bool == true)
        #expect(progress["actionTaken"] as? String == "training delivered")

        let source = try dictionary(derby["source"])
        #expect(source["file"] as? String == "Content/reports/derby-city-2025.txt")
        #expect(source["line"] as? Int == 3)
        #expect(Set(source.keys) == ["file", "line"])
    }

    @Test func absentValuesAreNullNotOmitted() throws {
        let inspections = try list(decodedJSON(Fixtures.corpus)["inspections"])
        let leicester = try dictionary(inspections[1])
        #expect(leicester["pdu"] as? String == "Leicester")
        #expect(leicester["origin"] as? String == "regionalLetter")
        #expect(leicester["published"] as? String == "2023-02")
        for key in ["fieldworkStarted", "casesInspected", "leadInspector", "chiefInspector", "previousInspection"] {
            #expect(leicester[key] is NSNull, "\(key) should be null")
        }
        #expect(try dictionary(leicester["score"])["stated"] as? Bool == false)
        #expect(try list(leicester["keyQuestions"]).isEmpty)
        #expect(try list(leicester["recommendations"]).isEmpty)
        // Both inspections have the same keys.
        let derby = try dictionary(inspections[0])
        #expect(Set(derby.keys) == Set(leicester.keys))
    }

    @Test func regionCarriesLetterMonthSectionsAndSource() throws {
        let region = try dictionary(list(decodedJSON(Fixtures.corpus)["regions"]).first)
        #expect(region["region"] as? String == "East Midlands")
        #expect(region["published"] as? String == "2023-02")
        #expect(region["date"] as? String == "2023-02-07")
        #expect(region["signer"] as? String == "Justin Russell")
        #expect(region["pdus"] as? [String] == ["Leicester"])
        let section = try dictionary(list(region["sections"]).first)
        #expect(section["heading"] as? String == "Leadership")
        #expect(section["strengths"] as? [String] == ["Leaders are visible."])
        #expect(section["areasForImprovement"] as? [String] == ["Workloads are too high."])
        #expect(section["narrative"] as? [String] == ["The region has a plan."])
        let figure = try dictionary(list(section["figures"]).first)
        #expect(figure["value"] as? String == "18 per cent")
        let source = try dictionary(region["source"])
        #expect(source["file"] as? String == Fixtures.letterFile)
        #expect(source["line"] as? Int == 1)
    }

    @Test func diagnosticsAreSortedByPlaceWithAllFields() throws {
        let diagnostics = try list(decodedJSON(Fixtures.corpus)["diagnostics"]).map(dictionary)
        #expect(diagnostics.map { $0["file"] as? String } == [Fixtures.derbyFile, Fixtures.letterFile])
        #expect(diagnostics[0]["line"] as? Int == 67)
        #expect(diagnostics[0]["column"] as? Int == 1)
        #expect(diagnostics[0]["severity"] as? String == "warning")
        #expect(diagnostics[0]["message"] as? String == "score 7/21 disagrees with the ratings")
        #expect(diagnostics[1]["severity"] as? String == "error")
        #expect(diagnostics[1]["column"] as? Int == 4)
    }

    @Test func inspectionsAreSortedByPDUWhateverTheCorpusOrder() throws {
        let c = Fixtures.corpus
        let corpus = Corpus(
            inspections: c.inspections.reversed(), regions: c.regions, diagnostics: c.diagnostics,
            documentCount: c.documentCount)
        let pdus = try list(decodedJSON(corpus)["inspections"]).map { try dictionary($0)["pdu"] as? String }
        #expect(pdus == ["Derby City", "Leicester"])
    }

    @Test func stringsRoundTripAndSlashesAndNonASCIIStayReadable() throws {
        var corpus = Fixtures.corpus
        let awkward = "Quote \" back\\slash / slash\nnew line\ttab \u{01} control – dash é \u{2028}"
        corpus.inspections[0].recommendations[0].text = awkward
        let file = try #require(OpenDataExport.files(for: corpus).first { $0.path == "data/inspections.json" })
        let text = String(decoding: file.contents, as: UTF8.self)
        #expect(text.contains(#"Quote \" back\\slash / slash\nnew line\ttab \u0001 control – dash é \u2028"#))
        let derby = try dictionary(list(decodedJSON(corpus)["inspections"]).first)
        let recommendation = try dictionary(list(derby["recommendations"]).first)
        #expect(recommendation["text"] as? String == awkward)
    }

    @Test func writerFormatsExactly() {
        var writer = JSONWriter()
        writer.object { w in
            w.member("b") { $0.array([1.0, 25, 41.5, .nan, -0.5, 0, -3, 1e300, .infinity]) { $0.value($1) } }
            w.member("a") { $0.object { _ in } }
            w.member("c") { $0.array([String]()) }
            w.member("d", String?.none)
            w.member("e", true)
            w.member("f") { $0.array([Int.min, -1, 0, Int.max]) { $0.value($1) } }
            w.member("g") {
                $0.array([["x"], []]) { w, strings in w.object { $0.member("s") { $0.array(strings) } } }
            }
        }
        #expect(
            String(decoding: writer.document, as: UTF8.self) == """
                {
                  "b": [
                    1,
                    25,
                    41.5,
                    null,
                    -0.5,
                    0,
                    -3,
                    1e+300,
                    null
                  ],
                  "a": {},
                  "c": [],
                  "d": null,
                  "e": true,
                  "f": [
                    -9223372036854775808,
                    -1,
                    0,
                    9223372036854775807
                  ],
                  "g": [
                    {
                      "s": [
                        "x"
                      ]
                    },
                    {
                      "s": []
                    }
                  ]
                }

                """)
    }
}

/// The JSON made with the inspections written one by one (on every core, in the build)
/// is the document serialised whole, byte for byte.
@Suite struct JSONInPiecesTests {
    /// The five seeds, parsed.
    static let seeds = CorpusParser.parse(SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) })

    /// A corpus as a test's argument, named in the test log (the whole model would print
    /// as one line of hundreds of kilobytes).
    struct NamedCorpus: CustomTestStringConvertible, Sendable {
        var name: String
        var corpus: Corpus
        var testDescription: String { "\(name) (\(corpus.inspections.count) inspections)" }
    }

    @Test(arguments: [
        NamedCorpus(name: "the fixtures", corpus: Fixtures.corpus), NamedCorpus(name: "the seeds", corpus: seeds),
    ])
    func piecesMakeTheSameDocument(named: NamedCorpus) throws {
        let corpus = named.corpus
        #expect(!corpus.inspections.isEmpty)
        let whole = OpenDataExport.inspectionsJSON(corpus)
        for size in [1, 2, corpus.inspections.count, 100] {
            let runs = ExportParts.runs(of: corpus.inspections.map(\.source.file), size: size)
            let parts = OpenDataExport.inspectionsJSONParts(corpus, runs)
            #expect(parts.count == runs.count + 1)
            #expect(parts.map { $0.text() }.joined() == whole)
            // Made last part first, as threads may make them.
            #expect(parts.reversed().map { $0.text() }.reversed().joined() == whole)
            // Each run's part shows its inspections' texts; the rest of the document, the
            // letters' and partial inspections' texts and every diagnostic, which its place names.
            #expect(parts.dropLast().map(\.dependsOn) == runs.map { run in corpus.inspections[run].map(\.source.file) })
            let rest = try #require(parts.last)
            #expect(
                rest.dependsOn == corpus.regions.map(\.source.file) + corpus.partialInspections.map(\.source.file))
            #expect(corpus.diagnostics.allSatisfy { rest.place.contains($0.description) })
            var diagnosed = corpus
            diagnosed.diagnostics.append(
                Diagnostic(.note, "one more", at: SourceLocation(file: "reports/other.txt", line: 3)))
            let another = try #require(OpenDataExport.inspectionsJSONParts(diagnosed, runs).last)
            #expect(another.place != rest.place && another.dependsOn == rest.dependsOn)
        }
        var empty = corpus
        empty.inspections = []
        #expect(
            OpenDataExport.inspectionsJSONParts(empty, [0..<0]).map { $0.text() }.joined()
                == OpenDataExport.inspectionsJSON(empty))
    }

    @Test(arguments: [
        NamedCorpus(name: "the fixtures", corpus: Fixtures.corpus), NamedCorpus(name: "the seeds", corpus: seeds),
    ])
    func csvPartsMakeTheSameTables(named: NamedCorpus) {
        let corpus = named.corpus
        let tables: [@Sendable (Corpus) -> CSVTable] = [
            OpenDataExport.inspectionsCSV, OpenDataExport.keyQuestionsCSV, OpenDataExport.recommendationsCSV,
            OpenDataExport.standardsCSV,
        ]
        var empty = corpus
        empty.inspections = []
        for table in tables {
            let whole = table(corpus).encoded()
            for size in [1, 2, corpus.inspections.count, 100] {
                let runs = ExportParts.runs(of: corpus.inspections.map(\.source.file), size: size)
                let parts = OpenDataExport.csvParts(corpus, runs, table)
                #expect(parts.count == runs.count)
                #expect(parts.reversed().map { $0.text() }.reversed().joined() == whole)
                // Only the first part has the header; the last, the partial inspections.
                #expect(parts.map { $0.place.hasPrefix("first ") } == runs.indices.map { $0 == 0 })
                // No two parts in the same place, though one text gives several inspections.
                #expect(Set(parts.map(\.place)).count == parts.count)
                // The last part also shows the partial inspections.
                #expect(
                    parts.last?.dependsOn
                        == corpus.inspections[runs[runs.count - 1]].map(\.source.file)
                        + corpus.partialInspections.map(\.source.file))
            }
            #expect(OpenDataExport.csvParts(empty, [0..<0], table).map { $0.text() } == [table(empty).encoded()])
        }
    }
}

/// ``JSONWriter/quote(_:into:script:)`` on bytes: what it writes reads back as the string,
/// with nothing left that a JSON string or a script may not hold.
@Suite struct JSONQuotingTests {
    /// `text` quoted, and read back by Foundation's JSON reader.
    static func roundTrip(_ text: String, script: Bool) throws -> (bytes: [UInt8], read: String?) {
        var bytes: [UInt8] = []
        JSONWriter.quote(text, into: &bytes, script: script)
        let read = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
        return (bytes, read)
    }

    /// Whether `bytes` hold a control character, a line or paragraph separator, or (in a
    /// script) a `<`.
    static func holdsUnescaped(_ bytes: [UInt8], script: Bool) -> Bool {
        bytes.indices.contains { index in
            bytes[index] < 0x20 || (script && bytes[index] == UInt8(ascii: "<"))
                || (bytes[index] == 0xE2 && bytes[index...].dropFirst().starts(with: [0x80])
                    && [0xA8, 0xA9].contains(bytes[index...].dropFirst(2).first))
        }
    }

    @Test func everyLineOfTheSeedsReadsBack() throws {
        var lines = 0
        for seed in SeedTexts.all {
            for line in String(decoding: seed.bytes, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                for script in [false, true] {
                    let (bytes, read) = try Self.roundTrip(String(line), script: script)
                    #expect(read == String(line), "\(seed.path)")
                    #expect(!Self.holdsUnescaped(bytes, script: script), "\(seed.path)")
                }
                lines += 1
            }
        }
        #expect(lines > 1_000)
    }

    /// Every kind of escape at every place in an eight-byte word (bytes are tested eight at
    /// a time), and characters led by the separators' lead byte E2 that stay as they are.
    @Test func escapesAtEveryOffset() throws {
        let escapes: [(String, String)] = [
            ("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\r", #"\r"#), ("\t", #"\t"#), ("\u{08}", #"\b"#),
            ("\u{0C}", #"\f"#), ("\u{1F}", #"\u001f"#), ("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#),
            ("–", "–"), ("’", "’"), ("<", "<"),
        ]
        for offset in 0..<17 {
            let padding = String(repeating: "a", count: offset)
            for (character, escaped) in escapes {
                var bytes: [UInt8] = []
                JSONWriter.quote(padding + character + padding, into: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == "\"" + padding + escaped + padding + "\"")
            }
            var script: [UInt8] = []
            JSONWriter.quote(padding + "</script>", into: &script, script: true)
            #expect(String(decoding: script, as: UTF8.self) == "\"" + padding + #"\u003c/script>""#)
            // The last byte, alone or after a word of eight, is tested too.
            for (character, escaped) in escapes {
                var bytes: [UInt8] = []
                JSONWriter.quote(padding + character, into: &bytes, script: true)
                let inScript = character == "<" ? #"\u003c"# : escaped
                #expect(String(decoding: bytes, as: UTF8.self) == "\"" + padding + inScript + "\"")
            }
        }
    }
}
