import Foundation
import InspectionModel
import ParallelWork
import SourceAndOutput
import Testing

@testable import ReportParser

/// The same report converted by another tool (other line wrapping, CRLF line endings, a
/// byte-order mark, non-breaking spaces, typographic quotes and ligatures, tables as Markdown
/// pipes or as tab-separated rows, page headers and page numbers between lines) must give the
/// same model. Every seed, every variant: the model's values must be those read from the seed
/// itself; where the variant moves no line, the source lines must be the same too.
@Suite("Layout variants give the same model")
struct LayoutVariantTests {
    /// A seed parsed on its own, once.
    static func original(parsing seed: String) -> Corpus {
        cache.corpus(for: "original \(seed)") { CorpusParser.parse([Seeds.source(seed)]) }
    }

    /// A variant of a seed, parsed on its own under the seed's path (once for all three tests).
    static func parse(_ variant: LayoutVariant, of seed: String) -> Corpus {
        cache.corpus(for: "\(variant) \(seed)") {
            CorpusParser.parse([ContentSource(path: seed, bytes: variant.bytes(of: Seeds.text(seed)))])
        }
    }

    static let cache = VariantParseCache()

    /// The seed's own model; fails the test when the seed itself gives nothing to compare.
    static func requireOriginal(_ seed: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> Corpus
    {
        let corpus = original(parsing: seed)
        try #require(
            !corpus.inspections.isEmpty,
            "\(seed) on its own gives no inspection, so there is nothing to compare its variants with",
            sourceLocation: sourceLocation)
        return corpus
    }

    @Test("A variant gives the seed's model, source locations aside", arguments: Seeds.all, LayoutVariant.allCases)
    func sameModel(seed: String, variant: LayoutVariant) throws {
        let expected = ModelFields(try Self.requireOriginal(seed), locations: .omitted)
        let actual = ModelFields(Self.parse(variant, of: seed), locations: .omitted)
        let difference = ModelFields.firstDifference(expected: expected, actual: actual)
        #expect(difference == nil, "\(variant) of \(seed): \(difference ?? "")")
    }

    @Test(
        "A variant that moves no line gives the same source lines",
        arguments: Seeds.all, LayoutVariant.allCases.filter { !$0.insertsLines })
    func sameSourceLines(seed: String, variant: LayoutVariant) throws {
        let expected = ModelFields(try Self.requireOriginal(seed), locations: .lines)
        let actual = ModelFields(Self.parse(variant, of: seed), locations: .lines)
        let difference = ModelFields.firstDifference(expected: expected, actual: actual)
        #expect(difference == nil, "\(variant) of \(seed): \(difference ?? "")")
    }

    @Test("A variant gives no error diagnostic", arguments: Seeds.all, LayoutVariant.allCases)
    func noErrors(seed: String, variant: LayoutVariant) throws {
        _ = try Self.requireOriginal(seed)
        let errors = Self.parse(variant, of: seed).diagnostics.filter { $0.severity == .error }
        #expect(
            errors.isEmpty, "\(variant) of \(seed) gives errors:\n\(errors.map(\.description).joined(separator: "\n"))")
    }

    // MARK: The variants themselves

    @Test(
        "Every variant changes every seed, and moves lines only when it says so",
        arguments: Seeds.all, LayoutVariant.allCases)
    func variantIsReal(seed: String, variant: LayoutVariant) {
        let text = Seeds.text(seed)
        let bytes = variant.bytes(of: text)
        #expect(bytes != Array(text.utf8), "\(variant) leaves \(seed) unchanged")
        let lineCount = { (b: [UInt8]) in b.filter { $0 == 0x0A }.count }
        if variant.insertsLines {
            #expect(lineCount(bytes) > lineCount(Array(text.utf8)))
        } else {
            #expect(lineCount(bytes) == lineCount(Array(text.utf8)))
        }
        // A variant that only re-encodes characters or re-wraps lines keeps the words.
        if ![.markdownTables, .alignedMarkdownTables, .pageBreaks, .markdownHeadings, .combined, .tabsAfterListMarkers]
            .contains(variant)
        {
            #expect(
                Self.words(of: String(decoding: bytes, as: UTF8.self)) == Self.words(of: text),
                "\(variant) changes the words of \(seed)")
        }
    }

    @Test("Pipe tables turn back into the seed's tab-separated rows", arguments: Seeds.all, [false, true])
    func tablesRoundTrip(seed: String, aligned: Bool) {
        let text = Seeds.text(seed)
        let pipes = LayoutTransforms.markdownTables(text, aligned: aligned)
        #expect(pipes.contains("| ---") || pipes.contains("|:--") || pipes.contains("|---"))
        #expect(!pipes.contains("\t"))
        let back = LayoutTransforms.tabSeparatedTables(pipes)
        let expected = LayoutTransforms.lines(text).map { line in
            line.contains("\t")
                ? line.split(separator: "\t", omittingEmptySubsequences: false).map {
                    LayoutTransforms.trimmed(String($0))
                }.joined(separator: "\t")
                : line
        }
        let actual = LayoutTransforms.lines(back)
        let firstDiff = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            actual.count == expected.count && firstDiff == nil,
            "line \((firstDiff?.offset ?? 0) + 1): \(firstDiff.map { "\($0.element.0.debugDescription) vs \($0.element.1.debugDescription)" } ?? "counts differ")"
        )
    }

    @Test("Page breaks fall inside paragraphs, between list items and between paragraphs", arguments: Seeds.all)
    func pageBreaksLandEverywhere(seed: String) {
        let all = LayoutTransforms.lines(Seeds.text(seed))
        let positions = LayoutTransforms.pageBreakPositions(in: all)
        #expect(positions.count >= all.count / 90)
        let kinds = Set(
            positions.compactMap {
                $0.split == nil ? LayoutTransforms.breakPoint(before: $0.line, in: all) : .insideParagraph
            })
        #expect(kinds.contains(.insideParagraph) && kinds.contains(.betweenListItems), "\(seed): only \(kinds)")
        let header = LayoutTransforms.pageHeader(for: Seeds.text(seed))
        #expect((header == nil) == (seed == Seeds.eastMidlands), "\(seed): header \(header ?? "nil")")
    }

    @Test("The comparison sees every value and no source location")
    func comparisonSeesValues() throws {
        func at(_ line: Int) -> SourceAndOutput.SourceLocation { .init(file: "a.txt", line: line, column: 3) }
        let inspection = Inspection(
            pdu: Sourced("York", at: at(1)), region: Sourced("Yorkshire and the Humber", at: at(2)),
            published: Sourced(CalendarDate(year: 2024, month: 12), at: at(3)), framework: .y2023,
            score: Score(value: 3, max: 21, stated: true, source: at(4)),
            overallRating: Sourced(.inadequate, at: at(5)),
            standards: [StandardRating(id: "1.1", name: "Leadership", rating: .requiresImprovement, source: at(6))],
            recommendations: [
                Recommendation(
                    number: 2, addressee: Addressee(name: "York PDU", kind: .pdu),
                    text: "ensure that all actual and potential victims are identified", source: at(7))
            ],
            findings: [
                SectionFindings(
                    standard: "1.1", heading: "Leadership",
                    findings: Findings(strengths: [Paragraph("The vision was clear.", at: at(8))]), source: at(9))
            ],
            quotes: [Quote("Mental health support is very limited.", at: at(10))],
            origin: .pduReport, source: at(1))
        let corpus = Corpus(inspections: [inspection], regions: [], diagnostics: [], documentCount: 1)
        let fields = ModelFields(corpus, locations: .omitted)
        let paths = Set(fields.fields.map(\.path))
        for path in [
            "inspections[0].pdu.value", "inspections[0].score.value", "inspections[0].standards[0].rating",
            "inspections[0].recommendations[0].text", "inspections[0].recommendations[0].addressee.kind",
            "inspections[0].findings[0].findings.strengths[0].text", "inspections[0].quotes[0].text",
            "inspections[0].casesInspected", "inspections[0].background.caseload",
        ] {
            #expect(paths.contains(path), "no field \(path)")
        }
        #expect(!paths.contains { $0.contains("source") || $0.contains("line") })
        #expect(
            fields.fields.contains(
                ModelFields.Field(path: "inspections[0].standards[0].rating", value: "requiresImprovement")))
        #expect(fields.fields.contains(ModelFields.Field(path: "inspections[0].published.value.month", value: "12")))

        var moved = inspection
        moved.recommendations[0].source.line = 70
        moved.findings[0].findings.strengths[0].source = at(80)
        let movedCorpus = Corpus(inspections: [moved], regions: [], diagnostics: [], documentCount: 1)
        #expect(
            ModelFields.firstDifference(expected: fields, actual: ModelFields(movedCorpus, locations: .omitted)) == nil)
        let lineDifference = ModelFields.firstDifference(
            expected: ModelFields(corpus, locations: .lines),
            actual: ModelFields(movedCorpus, locations: .lines))
        #expect(
            lineDifference?.hasPrefix(
                "inspections[0].recommendations[0].source.line (York, Yorkshire and the Humber) differs") == true,
            "\(lineDifference ?? "no difference")")

        var changed = inspection
        changed.findings[0].findings.strengths[0].text = "The vision was clear."
        changed.findings[0].findings.strengths.append(Paragraph("A second strength.", at: at(11)))
        changed.recommendations[0].text = "ensure that all actual and potential victims are identified\u{A0}"
        let difference = ModelFields.firstDifference(
            expected: fields,
            actual: ModelFields(
                Corpus(inspections: [changed], regions: [], diagnostics: [], documentCount: 1), locations: .omitted))
        #expect(
            difference?.hasPrefix("inspections[0].recommendations[0].text (York, Yorkshire and the Humber) differs")
                == true,
            "\(difference ?? "no difference")")
        #expect(difference?.contains("U+A0") == true)
    }

    /// The words of a text with non-breaking spaces, quotes, ligatures and line ends normalised.
    static func words(of text: String) -> [String] {
        var t = text.replacingOccurrences(of: "\u{FEFF}", with: "")
        for (from, to) in [
            ("\u{A0}", " "), ("\u{FB01}", "fi"), ("\u{FB02}", "fl"), ("\u{2018}", "'"), ("\u{2019}", "'"),
            ("\u{201C}", "\""), ("\u{201D}", "\""), ("\r", ""), ("\u{0C}", ""),
        ] {
            t = t.replacingOccurrences(of: from, with: to)
        }
        return t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    }
}

/// Parsed variants, shared by the tests that look at them.
final class VariantParseCache: Sendable {
    private let corpora = Locked([String: Corpus]())

    func corpus(for key: String, parse: () -> Corpus) -> Corpus {
        if let corpus = corpora.withLock({ $0[key] }) { return corpus }
        let corpus = parse()
        corpora.withLock { $0[key] = corpus }
        return corpus
    }
}

/// A model flattened to its values, field by field (`inspections[0].standards[2].rating`), in
/// declaration order, without source locations or with their line numbers only. Lists give
/// their count first, so a missing element shows as a different count.
struct ModelFields: Equatable {
    struct Field: Equatable {
        var path: String
        var value: String
    }

    enum Locations { case omitted, lines }

    var fields: [Field] = []

    init(_ corpus: Corpus, locations: Locations) {
        Self.collect(corpus.inspections, path: "inspections", locations, into: &fields)
        Self.collect(corpus.regions, path: "regions", locations, into: &fields)
    }

    init(_ inspections: [Inspection], _ regions: [RegionalInspection] = [], locations: Locations) {
        Self.collect(inspections, path: "inspections", locations, into: &fields)
        if !regions.isEmpty { Self.collect(regions, path: "regions", locations, into: &fields) }
    }

    /// Every string the model holds (and every other value, as text).
    var values: [String] { fields.map(\.value) }

    private static func collect(_ value: Any, path: String, _ locations: Locations, into out: inout [Field]) {
        if let location = value as? SourceAndOutput.SourceLocation {
            if locations == .lines { out.append(Field(path: path + ".line", value: String(location.line))) }
            return
        }
        // How a fact was read (matched by order from a flattened table, say) depends on the
        // layout, as its lines do: the facts must agree, their provenance need not.
        if locations == .omitted, type(of: value) == Provenance.self || type(of: value) == Provenance?.self { return }
        switch value {
        case let s as String: out.append(Field(path: path, value: s)); return
        case let n as Int: out.append(Field(path: path, value: String(n))); return
        case let d as Double: out.append(Field(path: path, value: String(d))); return
        case let b as Bool: out.append(Field(path: path, value: String(b))); return
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let child = mirror.children.first {
                collect(child.value, path: path, locations, into: &out)
            } else {
                out.append(Field(path: path, value: "nil"))
            }
        case .collection, .set:
            out.append(Field(path: path + ".count", value: String(mirror.children.count)))
            for (index, child) in mirror.children.enumerated() {
                collect(child.value, path: "\(path)[\(index)]", locations, into: &out)
            }
        case .struct, .class:
            for child in mirror.children {
                collect(child.value, path: path + "." + (child.label ?? "?"), locations, into: &out)
            }
        case .enum where !mirror.children.isEmpty:
            for child in mirror.children {
                collect(child.value, path: path + "." + (child.label ?? "?"), locations, into: &out)
            }
        default:
            out.append(Field(path: path, value: String(describing: value)))
        }
    }

    /// The first field where two models differ, described for a failure message: its path,
    /// the PDU whose inspection it is, both values and where they part.
    static func firstDifference(expected: ModelFields, actual: ModelFields) -> String? {
        let a = expected.fields, b = actual.fields
        for i in 0..<max(a.count, b.count) {
            guard i < a.count else { return "the variant has an extra field \(b[i].path) = \(excerpt(b[i].value))" }
            guard i < b.count else { return "the variant lacks the field \(a[i].path) = \(excerpt(a[i].value))" }
            if a[i].path != b[i].path {
                return "the models differ in shape at \(a[i].path)\(context(of: a[i].path, in: a)): the seed has "
                    + "\(a[i].path) = \(excerpt(a[i].value)), the variant \(b[i].path) = \(excerpt(b[i].value))"
            }
            if a[i].value != b[i].value {
                let message =
                    "\(a[i].path)\(context(of: a[i].path, in: a)) differs: "
                    + describeDifference(a[i].value, b[i].value)
                guard a[i].path.hasSuffix(".count") else { return message }
                return message + "; " + firstDifferentElement(of: String(a[i].path.dropLast(".count".count)), a, b)
            }
        }
        return nil
    }

    /// The first element of a list that differs between two models, for a list whose lengths
    /// differ: `list[3]` with both elements' values.
    private static func firstDifferentElement(of list: String, _ a: [Field], _ b: [Field]) -> String {
        func elements(_ fields: [Field]) -> [[String]] {
            var result: [Int: [String]] = [:]
            for field in fields where field.path.hasPrefix(list + "[") {
                let rest = field.path.dropFirst(list.count + 1)
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { continue }
                result[index, default: []].append(String(rest[rest.index(after: close)...]) + "=" + field.value)
            }
            return (0..<(result.keys.max().map { $0 + 1 } ?? 0)).map { result[$0] ?? [] }
        }
        let x = elements(a), y = elements(b)
        let k = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func show(_ e: [[String]]) -> String { k < e.count ? e[k].joined(separator: "; ") : "" }
        return "first different element \(list)[\(k)]: " + describeDifference(show(x), show(y))
    }

    /// ` (Derby City)`: the PDU of the inspection a path is in.
    private static func context(of path: String, in fields: [Field]) -> String {
        guard let close = path.firstIndex(of: "]") else { return "" }
        let owner = String(path[...close])
        let names = fields.filter { $0.path == owner + ".pdu.value" || $0.path == owner + ".region.value" }.map(\.value)
        return names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
    }

    /// Both values around the first character where they part, with that character's code.
    static func describeDifference(_ expected: String, _ actual: String) -> String {
        let e = Array(expected.unicodeScalars), v = Array(actual.unicodeScalars)
        let at = (0..<min(e.count, v.count)).first { e[$0] != v[$0] } ?? min(e.count, v.count)
        func around(_ s: [Unicode.Scalar]) -> String {
            let from = max(0, at - 40), to = min(s.count, at + 40)
            return (from > 0 ? "…" : "") + String(String.UnicodeScalarView(s[from..<to])) + (to < s.count ? "…" : "")
        }
        func code(_ s: [Unicode.Scalar]) -> String {
            at < s.count
                ? "U+\(String(s[at].value, radix: 16, uppercase: true)) \(String(s[at]).debugDescription)"
                : "end of text"
        }
        return "seed \(around(e).debugDescription) (\(e.count) characters), variant \(around(v).debugDescription) "
            + "(\(v.count) characters); they part at character \(at + 1): \(code(e)) vs \(code(v))"
    }

    private static func excerpt(_ s: String, limit: Int = 160) -> String {
        (s.count > limit ? String(s.prefix(limit)) + "…" : s).debugDescription
    }
}
