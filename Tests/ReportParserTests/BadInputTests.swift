import Foundation
import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// An unknown or truncated document, an empty file, binary data or text that is not valid
/// UTF-8 gives a diagnostic and never a crash, and the other documents still parse. Every bad
/// file here is parsed together with the real seeds (without the seed it was made from, if
/// any): the seeds must parse exactly as they do without it, and the bad file's diagnostics
/// must name its path and a line that exists.
@Suite("Bad input gives diagnostics, never a crash")
struct BadInputTests {
    // MARK: Empty, blank, binary

    @Test("An empty file gives a diagnostic")
    func emptyFile() {
        let bad = ContentSource(path: "Content/reports/empty.txt", bytes: [])
        let corpus = Self.parseAmongSeeds(bad)
        Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error, .warning])
        Self.expectNothingRead(from: bad, in: corpus)
        Self.expectOthersUnaffected(corpus, bad: bad)
    }

    @Test("A file of nothing but white space gives a diagnostic")
    func whitespaceOnly() {
        let bad = ContentSource(path: "Content/reports/blank.txt", bytes: Array("  \n\n\t\n \u{A0} \r\n   \n\n".utf8))
        let corpus = Self.parseAmongSeeds(bad)
        Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error, .warning])
        Self.expectNothingRead(from: bad, in: corpus)
        Self.expectOthersUnaffected(corpus, bad: bad)
    }

    @Test("Binary data gives an error")
    func binaryData() {
        let bad = ContentSource(path: "Content/reports/photo.txt", bytes: Self.pngLikeBytes)
        let corpus = Self.parseAmongSeeds(bad)
        Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error])
        Self.expectNothingRead(from: bad, in: corpus)
        Self.expectOthersUnaffected(corpus, bad: bad)
    }

    // MARK: Windows-1252

    @Test("A seed saved as Windows-1252 gives the UTF-8 seed's model, with a warning", arguments: Seeds.all)
    func windows1252(seed: String) throws {
        let text = Windows1252Encoding.bestFit(Seeds.text(seed))
        let bytes = try #require(Windows1252Encoding.encode(text))
        try #require(String(data: Data(bytes), encoding: .utf8) == nil, "the re-encoded seed must not be valid UTF-8")
        try #require(bytes.contains(0x96), "the re-encoded seed should hold an en dash as byte 0x96")

        let path = "Content/reports/windows-1252-" + Self.name(of: seed)
        let utf8 = CorpusParser.parse([ContentSource(path: path, bytes: Array(text.utf8))])
        let cp1252 = CorpusParser.parse([ContentSource(path: path, bytes: bytes)])
        try #require(!utf8.inspections.isEmpty, "\(seed) (as UTF-8) gives no inspection to compare with")

        let warnings = cp1252.diagnostics.filter { $0.severity == .warning && $0.message.contains("1252") }
        #expect(
            warnings.count == 1,
            "expected one warning that the file was decoded as Windows-1252; got:\n\(Self.list(cp1252.diagnostics))")
        for warning in warnings {
            #expect(warning.location.file == path && warning.location.line >= 1, "\(warning)")
        }
        let difference = ModelFields.firstDifference(
            expected: ModelFields(utf8, locations: .lines),
            actual: ModelFields(cp1252, locations: .lines))
        #expect(difference == nil, "Windows-1252 \(seed): \(difference ?? "")")
        #expect(
            cp1252.count(of: .error) == utf8.count(of: .error),
            "the Windows-1252 file gives other errors than the UTF-8 one:\n\(Self.list(cp1252.diagnostics))")

        let bad = ContentSource(path: path, bytes: bytes)
        let together = Self.parseAmongSeeds(bad, replacing: seed)
        #expect(together.diagnostics.contains { $0.location.file == path && $0.message.contains("1252") })
        Self.expectOthersUnaffected(together, bad: bad, replacing: seed)
    }

    @Test("Windows-1252 bytes decode to the right characters")
    func windows1252Characters() throws {
        // "£" is 0xA3, "–" 0x96, "’" 0x92, "“" 0x93, "”" 0x94 in Windows-1252.
        let seed = Seeds.text(Seeds.eastMidlands)
        let quoted = Windows1252Encoding.bestFit(LayoutTransforms.typographicQuotes(seed))
        let bytes = try #require(Windows1252Encoding.encode(quoted))
        for byte: UInt8 in [0xA3, 0x96, 0x92] { try #require(bytes.contains(byte)) }
        let path = "Content/reports/windows-1252-letter.txt"
        let corpus = CorpusParser.parse([ContentSource(path: path, bytes: bytes)])
        let strings = ModelFields(corpus, locations: .omitted).values
        #expect(strings.contains { $0.contains("£") }, "no model string holds the pound sign the letter mentions")
        #expect(
            !strings.contains { $0.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{FFFD}" } },
            "a model string holds a C1 control or a replacement character: the bytes were not decoded as Windows-1252")
    }

    // MARK: Truncated

    @Test(
        "The first 2 KB of a report give no inspection: a PDU report's opening is a partial one (a warning), a letter's an error",
        arguments: Seeds.all)
    func truncatedToTwoKilobytes(seed: String) {
        let bad = ContentSource(
            path: "Content/reports/first-2k-" + Self.name(of: seed), bytes: Array(Seeds.source(seed).bytes.prefix(2048))
        )
        let corpus = Self.parseAmongSeeds(bad, replacing: seed)
        let partials = corpus.partialInspections.filter { $0.source.file == bad.path }
        if seed == Seeds.eastMidlands {
            Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error])
            #expect(partials.isEmpty)
        } else {
            Self.expectDiagnostic(in: corpus, naming: bad, severities: [.warning])
            let pdu = Seeds.corpus.inspections.first { $0.source.file == seed }?.pdu.value
            #expect(partials.map { $0.pdu?.value } == [pdu])
        }
        Self.expectNothingRead(from: bad, in: corpus)
        Self.expectOthersUnaffected(corpus, bad: bad, replacing: seed)
    }

    @Test("A report cut off at 60% gives a diagnostic, and invents nothing", arguments: Seeds.all)
    func truncatedMidReport(seed: String) throws {
        let text = Seeds.text(seed)
        let cut = String(text.prefix(text.count * 6 / 10))
        let bad = ContentSource(path: "Content/reports/first-60-percent-" + Self.name(of: seed), bytes: Array(cut.utf8))
        let corpus = Self.parseAmongSeeds(bad, replacing: seed)
        Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error, .warning])
        Self.expectOthersUnaffected(corpus, bad: bad, replacing: seed)

        // Whatever is read from the truncated report must be what the whole report says (its
        // later key questions may be missing, but none may differ).
        let whole = LayoutVariantTests.original(parsing: seed)
        for inspection in corpus.inspections where inspection.source.file == bad.path {
            let full = try #require(
                whole.inspections.first { $0.pdu.value == inspection.pdu.value },
                "the truncated \(seed) gives an inspection of \(inspection.pdu.value), which the whole report does not")
            let difference = ModelFields.firstDifference(
                expected: ModelFields([Self.ratings(of: full)], locations: .omitted),
                actual: ModelFields([Self.ratings(of: inspection)], locations: .omitted))
            #expect(
                difference == nil, "the truncated \(seed) gives other facts than the whole report: \(difference ?? "")")
            let known = Set(full.keyQuestions.map { "\($0.standard) \($0.question) \($0.percentYes)" })
            for question in inspection.keyQuestions {
                #expect(
                    known.contains("\(question.standard) \(question.question) \(question.percentYes)"),
                    "the truncated \(seed) gives a key question the whole report does not: \(question)")
            }
        }
    }

    // MARK: Unknown kinds

    static let unknownDocuments: [(name: String, text: String)] = [
        (
            "recipe.txt",
            """
            Victoria sponge

            Serves 8. Preparation 20 minutes, cooking 25 minutes.

            Ingredients

            - 200g caster sugar
            - 200g softened butter
            - 4 eggs, beaten
            - 200g self-raising flour

            Method

            1. Heat the oven to 190C and line two 20cm tins.
            2. Cream the sugar and butter, then beat in the eggs a little at a time.
            3. Fold in the flour and bake for 25 minutes until golden.

            """
        ),
        (
            "youth-justice.txt",
            """


            An inspection of youth justice services in:

            Derby Youth Justice Service

            HM Inspectorate of Probation, March 2024

            Ratings

            Derby Youth Justice Service
            Fieldwork started January 2024
            Score 24/36
            Overall rating
            Good
            1. Organisational delivery
            1.1 Governance and leadership
            Good
            1.2 Staff
            Good
            1.3 Partnerships and services
            Requires improvement
            1.4 Information and facilities
            Good

            Recommendations

            Derby Youth Justice Service should:

            1. improve the quality of work to keep children and young people safe
            2. ensure that children's views inform their plans.

            """
        ),
    ]

    @Test("A document of an unknown kind gives a diagnostic, and no inspection", arguments: 0..<unknownDocuments.count)
    func unknownKind(index: Int) {
        let document = Self.unknownDocuments[index]
        let bad = ContentSource(path: "Content/reports/" + document.name, bytes: Array(document.text.utf8))
        let corpus = Self.parseAmongSeeds(bad)
        Self.expectDiagnostic(in: corpus, naming: bad, severities: [.error, .warning])
        Self.expectNothingRead(from: bad, in: corpus)
        Self.expectOthersUnaffected(corpus, bad: bad)
    }

    // MARK: Markup injected into the text

    static let injectedIntoRecommendation = " <script>alert(1)</script> &lt;script&gt;alert(2)&lt;/script&gt;"
    static let injectedIntoFinding = " See <img src=x onerror=alert(1)> [the action plan](javascript:alert(1))."

    @Test("HTML and script in a recommendation and a finding are removed and reported", arguments: Seeds.all)
    func injectedMarkup(seed: String) throws {
        var lines = LayoutTransforms.lines(Seeds.text(seed))
        let recommendation = try #require(Self.firstRecommendationLine(in: lines), "no recommendation found in \(seed)")
        let finding = try #require(Self.firstStrengthLine(in: lines), "no strength found in \(seed)")
        lines[recommendation] += Self.injectedIntoRecommendation
        lines[finding] += Self.injectedIntoFinding
        let bad = ContentSource(
            path: "Content/reports/injected-" + Self.name(of: seed), bytes: Array(LayoutTransforms.joined(lines).utf8))

        let corpus = Self.parseAmongSeeds(bad, replacing: seed)
        #expect(
            corpus.inspections.contains { $0.source.file == bad.path }, "the report with markup gives no inspection")
        for value in ModelFields(corpus, locations: .omitted).values {
            let lower = value.lowercased()
            for forbidden in ["<script", "onerror", "javascript:"] {
                #expect(!lower.contains(forbidden), "a model string keeps \(forbidden): \(value.debugDescription)")
            }
        }
        let reports = corpus.diagnostics.filter { $0.location.file == bad.path && $0.severity != .error }
        for line in [recommendation + 1, finding + 1] {
            #expect(
                reports.contains { $0.location.line == line },
                "no warning or note names \(bad.path):\(line), where markup was removed; got:\n\(Self.list(reports))")
        }
        Self.expectOthersUnaffected(corpus, bad: bad, replacing: seed)

        // Apart from the two strings the markup was put into, the model is the clean report's
        // (source lines included), and those two begin with the clean text.
        let baseline = Self.seedCorpus(without: nil)
        let clean = ModelFields(
            baseline.inspections.filter { $0.source.file == seed }, baseline.regions.filter { $0.source.file == seed },
            locations: .lines)
        let dirty = ModelFields(
            corpus.inspections.filter { $0.source.file == bad.path },
            corpus.regions.filter { $0.source.file == bad.path },
            locations: .lines)
        try #require(!clean.fields.isEmpty, "\(seed) gives no inspection")
        try #require(
            clean.fields.map(\.path) == dirty.fields.map(\.path),
            "the markup changes the model's shape: \(ModelFields.firstDifference(expected: clean, actual: dirty) ?? "")"
        )
        let changed = zip(clean.fields, dirty.fields).filter { $0.value != $1.value }
        #expect(changed.count <= 2, "the markup changes \(changed.count) fields: \(changed.map { $0.0.path })")
        for (before, after) in changed {
            #expect(
                after.value.hasPrefix(before.value.trimmingCharacters(in: .whitespaces)),
                "\(before.path): \(ModelFields.describeDifference(before.value, after.value))")
        }
    }

    /// The first line of the first list of recommendations ("… should:").
    static func firstRecommendationLine(in lines: [String]) -> Int? {
        guard let intro = lines.firstIndex(where: { $0.hasSuffix("should:") }) else { return nil }
        return lines.indices.dropFirst(intro + 1).first { !LayoutTransforms.isBlank(lines[$0]) }
    }

    /// The first bullet after the first "Strengths" label.
    static func firstStrengthLine(in lines: [String]) -> Int? {
        guard
            let label = lines.firstIndex(where: {
                LayoutTransforms.trimmed($0).hasPrefix("Strengths") || $0.hasPrefix("Key strengths")
            })
        else { return nil }
        return lines.indices.dropFirst(label + 1).first { lines[$0].hasPrefix("- ") }
    }

    // MARK: Helpers

    /// Every seed but `replacing` (if any), parsed without any bad file, once per combination.
    static func seedCorpus(without seed: String?) -> Corpus {
        LayoutVariantTests.cache.corpus(for: "seeds without \(seed ?? "nothing")") {
            CorpusParser.parse(Seeds.all.filter { $0 != seed }.map(Seeds.source))
        }
    }

    /// The bad file parsed with the seeds (without the one it was made from), sorted by path.
    static func parseAmongSeeds(_ bad: ContentSource, replacing seed: String? = nil) -> Corpus {
        let sources = Seeds.all.filter { $0 != seed }.map(Seeds.source) + [bad]
        return CorpusParser.parse(sources.sorted { $0.path < $1.path })
    }

    /// The other documents parse exactly as they do without the bad file: the same
    /// inspections, regions and diagnostics, source locations included.
    static func expectOthersUnaffected(
        _ corpus: Corpus, bad: ContentSource, replacing seed: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let baseline = seedCorpus(without: seed)
        #expect(
            !baseline.inspections.isEmpty, "the seeds give no inspection without the bad file",
            sourceLocation: sourceLocation)
        #expect(corpus.documentCount == baseline.documentCount + 1, sourceLocation: sourceLocation)
        let inspections = corpus.inspections.filter { $0.source.file != bad.path }
        let regions = corpus.regions.filter { $0.source.file != bad.path }
        if inspections != baseline.inspections || regions != baseline.regions {
            let difference = ModelFields.firstDifference(
                expected: ModelFields(baseline, locations: .lines),
                actual: ModelFields(
                    Corpus(inspections: inspections, regions: regions, diagnostics: [], documentCount: 0),
                    locations: .lines))
            Issue.record(
                "with \(bad.path), the other documents parse differently: \(difference ?? "in a source file or column")",
                sourceLocation: sourceLocation)
        }
        let diagnostics = corpus.diagnostics.filter { $0.location.file != bad.path }
        #expect(
            diagnostics == baseline.diagnostics,
            "with \(bad.path), the other documents' diagnostics change:\n\(list(diagnostics.filter { !baseline.diagnostics.contains($0) }))",
            sourceLocation: sourceLocation)
    }

    /// At least one diagnostic of one of these severities names the file, and every one that
    /// names it points at a line the file has.
    static func expectDiagnostic(
        in corpus: Corpus, naming bad: ContentSource, severities: Set<Diagnostic.Severity>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let mine = corpus.diagnostics.filter { $0.location.file == bad.path }
        #expect(
            mine.contains { severities.contains($0.severity) },
            "no \(severities.map(\.rawValue).sorted().joined(separator: " or ")) names \(bad.path); its diagnostics:\n\(list(mine))",
            sourceLocation: sourceLocation)
        let lastLine = bad.bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
        for diagnostic in mine {
            #expect(
                (1...lastLine).contains(diagnostic.location.line) && diagnostic.location.column >= 1
                    && !diagnostic.message.isEmpty,
                "\(diagnostic) points outside \(bad.path) (\(lastLine) lines)", sourceLocation: sourceLocation)
        }
    }

    /// No inspection and no region is read from the file.
    static func expectNothingRead(
        from bad: ContentSource, in corpus: Corpus,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let inspections = corpus.inspections.filter { $0.source.file == bad.path }
        let regions = corpus.regions.filter { $0.source.file == bad.path }
        #expect(
            inspections.isEmpty && regions.isEmpty,
            "\(bad.path) gives \(inspections.map(\.pdu.value)) and regions \(regions.map(\.region.value))",
            sourceLocation: sourceLocation)
    }

    /// An inspection's headline facts, for comparing a truncated report with the whole one.
    static func ratings(of inspection: Inspection) -> Inspection {
        Inspection(
            pdu: inspection.pdu, region: inspection.region, published: inspection.published,
            fieldworkStarted: inspection.fieldworkStarted, framework: inspection.framework,
            score: inspection.score, overallRating: inspection.overallRating, standards: inspection.standards,
            recommendations: inspection.recommendations,
            casesInspected: inspection.casesInspected, origin: inspection.origin, source: inspection.source)
    }

    static func name(of seed: String) -> String { String(seed.split(separator: "/").last ?? "") }

    static func list(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.isEmpty ? "(none)" : diagnostics.map(\.description).joined(separator: "\n")
    }

    /// A PNG signature and header chunk, then 1 KB of pseudo-random bytes, NULs among them.
    static let pngLikeBytes: [UInt8] = {
        var bytes: [UInt8] = [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
            0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
            0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x80, 0x08, 0x06, 0x00, 0x00, 0x00,
        ]
        var state: UInt32 = 0x2545_F491
        for i in 0..<1024 {
            state = state &* 1_664_525 &+ 1_013_904_223
            bytes.append(i % 7 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 24))
        }
        return bytes
    }()
}

/// Windows-1252, as an older Windows tool saves text.
enum Windows1252Encoding {
    /// Code points of bytes 0x80-0x9F.
    static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0..<0x80, 0xA0...0xFF: UInt8(scalar.value)
        default: high[scalar.value]
        }
    }

    /// The text with what Windows-1252 cannot hold replaced as Windows' best-fit mapping
    /// does: superscript digits by digits, a Cyrillic look-alike by its Latin letter, and
    /// anything else by "?".
    static func bestFit(_ text: String) -> String {
        let fits: [UInt32: Character] = [
            0x2070: "0", 0x2074: "4", 0x2075: "5", 0x2076: "6", 0x2077: "7",
            0x2078: "8", 0x2079: "9", 0x0443: "y", 0x0430: "a", 0x0435: "e", 0x043E: "o",
        ]
        var out = ""
        for scalar in text.unicodeScalars {
            if byte(for: scalar) != nil {
                out.unicodeScalars.append(scalar)
            } else {
                out.append(fits[scalar.value] ?? "?")
            }
        }
        return out
    }

    /// The text's bytes, or nil if a character has none.
    static func encode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let b = byte(for: scalar) else { return nil }
            bytes.append(b)
        }
        return bytes
    }
}
