import InspectionModel
import SourceAndOutput

/// Turns a `Corpus` into the open-data export: `data/inspections.json` and four CSV
/// files. Pure and deterministic: the same corpus gives byte-identical files, with no
/// timestamps, records in a fixed order and numbers formatted the same way everywhere.
public enum OpenDataExport {
    public static let jsonPath = "data/inspections.json"
    public static let inspectionsCSVPath = "data/inspections.csv"
    public static let standardsCSVPath = "data/standards.csv"
    public static let keyQuestionsCSVPath = "data/key-questions.csv"
    public static let recommendationsCSVPath = "data/recommendations.csv"

    /// Every export file, listed in path order.
    public static func files(for corpus: Corpus) -> [ExportFile] {
        parts(for: corpus).map { $0.joined() }
    }

    /// Every export file, listed in path order, each in parts that can be made at once: runs
    /// of about `inspectionsPerPart` inspections that their texts' paths choose (see
    /// ``ExportParts/runs(of:size:)``; the JSON has one more part, for the rest of its
    /// document). The bytes do not depend on the parts.
    public static func parts(for corpus: Corpus, inspectionsPerPart: Int = 100) -> [ExportParts] {
        let runs = ExportParts.runs(of: corpus.inspections.map(\.source.file), size: inspectionsPerPart)
        return [
            ExportParts(path: inspectionsCSVPath, parts: csvParts(corpus, runs, inspectionsCSV)),
            ExportParts(path: jsonPath, parts: inspectionsJSONParts(corpus, runs)),
            ExportParts(path: keyQuestionsCSVPath, parts: csvParts(corpus, runs, keyQuestionsCSV)),
            ExportParts(path: recommendationsCSVPath, parts: csvParts(corpus, runs, recommendationsCSV)),
            ExportParts(path: standardsCSVPath, parts: csvParts(corpus, runs, standardsCSV)),
        ]
    }

    /// `table(corpus).encoded()` in parts: each the table of the corpus cut down to one run
    /// of its inspections, in order (the partial inspections in the last part only), the
    /// header in the first part only. A table's rows are made from each inspection on its
    /// own, then from the partial inspections, so the parts joined are the whole table.
    /// (Tests compare the two.) `runs` cut the inspections' indices, in order.
    static func csvParts(
        _ corpus: Corpus, _ runs: [Range<Int>], _ table: @escaping @Sendable (Corpus) -> CSVTable
    ) -> [ExportParts.Part] {
        runs.enumerated().map { number, run in
            let isLast = number == runs.count - 1
            let partials = isLast ? corpus.partialInspections.map(\.source) : []
            return ExportParts.Part(
                dependsOn: files(corpus.inspections[run]) + partials.map(\.file),
                place: place(corpus.inspections[run], first: number == 0) + places(partials, "partial")
            ) {
                var part = corpus
                part.inspections = Array(corpus.inspections[run])
                if !isLast { part.partialInspections = [] }
                return table(part).encodedBytes(header: number == 0)
            }
        }
    }

    /// The paths of the texts `inspections` were read from.
    private static func files(_ inspections: ArraySlice<Inspection>) -> [String] { inspections.map(\.source.file) }

    /// The place of a part that holds `inspections`: whether first, and where each was read.
    private static func place(_ inspections: ArraySlice<Inspection>, first: Bool) -> String {
        (first ? "first" : "next") + places(inspections.map(\.source), "")
    }

    /// Where each of what a part holds was read, after `kind`.
    private static func places(_ sources: [SourceLocation], _ kind: String) -> String {
        sources.isEmpty ? "" : " \(kind) " + sources.map { "\($0.file):\($0.line)" }.joined(separator: " ")
    }

    /// `inspectionsJSON(corpus)` in parts: the inspections, a run at a time, then the rest
    /// of the document, written with one placeholder in the inspections array, from the
    /// placeholder on. (Tests compare the two.)
    static func inspectionsJSONParts(_ corpus: Corpus, _ runs: [Range<Int>]) -> [ExportParts.Part] {
        guard !corpus.inspections.isEmpty else {
            return [ExportParts.Part(dependsOn: nil, place: "whole") { inspectionsJSONBytes(corpus) }]
        }
        // The inspections are the document's first member: its text starts with the placeholder.
        let start = "{\n" + JSONWriter.indentation(1) + "\"inspections\": ["
        let inspections = corpus.inspections
        let chunks = runs.map { run in
            ExportParts.Part(
                dependsOn: files(inspections[run]), place: place(inspections[run], first: run.lowerBound == 0)
            ) {
                let first = run.lowerBound == 0
                var writer = JSONWriter(level: 2, continuing: first ? Array(start.utf8) : [], afterItems: !first)
                for index in run { writer.item { write(inspections[index], into: &$0) } }
                return writer.bytes
            }
        }
        // The rest shows the regional letters, the partial inspections, and every
        // diagnostic of the corpus (from any text, and from the checks across texts): its
        // place names them all, so that it is made again whenever one of them changes.
        let held = corpus.regions.map(\.source) + corpus.partialInspections.map(\.source)
        let diagnostics = corpus.diagnostics.map { diagnostic in
            let line = diagnostic.description
            return "\(line.utf8.count):\(line)"
        }.joined(separator: " ")
        let rest = ExportParts.Part(
            dependsOn: held.map(\.file), place: "rest" + places(held, "holding") + " diagnostics " + diagnostics
        ) {
            let placeholder = "sitegen-inspections-7f3c2a9e"
            let text = inspectionsJSONBytes(corpus) { $0.array([placeholder]) }
            let marker = Array((start + "\n" + JSONWriter.indentation(2) + "\"" + placeholder + "\"").utf8)
            precondition(text.starts(with: marker), "the inspections are the JSON document's first member")
            return Array(text.dropFirst(marker.count))
        }
        return chunks + [rest]
    }

    // MARK: - JSON

    /// The document written to `data/inspections.json`: `inspections`, `regions` and
    /// `diagnostics`. Absent values are `null`, never left out. A `line` on a fact is a
    /// line of the file named by its inspection's (or region's) `source`.
    public static func inspectionsJSON(_ corpus: Corpus) -> String {
        String(decoding: inspectionsJSONBytes(corpus), as: UTF8.self)
    }

    /// ``inspectionsJSON(_:)`` as its UTF-8 bytes.
    static func inspectionsJSONBytes(_ corpus: Corpus) -> [UInt8] {
        inspectionsJSONBytes(corpus) { $0.array(corpus.inspections) { write($1, into: &$0) } }
    }

    /// ``inspectionsJSON(_:)`` as its UTF-8 bytes, its inspections array written by `inspections`.
    static func inspectionsJSONBytes(_ corpus: Corpus, inspections: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter()
        writer.object { w in
            w.member("inspections", inspections)
            w.member("regions") { $0.array(corpus.regions) { write($1, into: &$0) } }
            w.member("partialInspections") { $0.array(corpus.partialInspections) { write($1, into: &$0) } }
            w.member("diagnostics") { $0.array(corpus.diagnostics) { write($1, into: &$0) } }
        }
        return writer.document
    }

    static func write(_ i: Inspection, into w: inout JSONWriter) {
        w.object { w in
            w.member("pdu", i.pdu.value)
            w.member("region", i.region.value)
            w.member("published", i.published.value.monthOnly.description)
            w.member("publishedProvenance") { write(i.published.provenance, into: &$0) }
            w.member("fieldworkStarted", i.fieldworkStarted?.value.description)
            w.member("framework", i.framework.rawValue)
            w.member("origin", i.origin.rawValue)
            w.member("partial", false)
            w.member("score") {
                $0.object { w in
                    w.member("value", i.score.value)
                    w.member("max", i.score.max)
                    w.member("stated", i.score.stated)
                    w.member("provenance") { write(i.score.provenance, into: &$0) }
                    w.member("line", i.score.source.line)
                }
            }
            w.member("overallRating", i.overallRating.value.rawValue)
            w.member("standards") {
                $0.array(i.standards) { w, s in
                    w.object { w in
                        w.member("id", s.id)
                        w.member("name", s.name)
                        w.member("rating", s.rating.rawValue)
                        w.member("provenance") { write(s.provenance, into: &$0) }
                        w.member("line", s.source.line)
                    }
                }
            }
            w.member("keyQuestions") {
                $0.array(i.keyQuestions) { w, q in
                    w.object { w in
                        w.member("standard", q.standard)
                        w.member("question", q.question)
                        w.member("percentYes", q.percentYes)
                        w.member("line", q.source.line)
                    }
                }
            }
            w.member("recommendations") {
                $0.array(i.recommendations) { w, r in
                    w.object { w in
                        w.member("number", r.number)
                        w.member("numberProvenance") { write(r.provenance, into: &$0) }
                        w.member("addressee", r.addressee.name)
                        w.member("addresseeGroup", r.addressee.groupName)
                        w.member("addresseeKind", r.addressee.kind.rawValue)
                        w.member("text", r.text)
                        w.member("line", r.source.line)
                    }
                }
            }
            w.member("casesInspected") { w in
                guard let c = i.casesInspected else { return w.null() }
                w.object { w in
                    w.member("communityOrders", c.communityOrders)
                    w.member("releasesOnLicence", c.releasesOnLicence)
                    w.member("practitionerInterviews", c.practitionerInterviews)
                    w.member("line", c.source.line)
                }
            }
            w.member("leadInspector", i.leadInspector?.value)
            w.member("chiefInspector", i.chiefInspector?.value)
            w.member("background") {
                $0.object { w in
                    let b = i.background
                    w.member("caseload", b.caseload?.value)
                    w.member("population", b.population?.value)
                    w.member("provenReoffendingRate", b.provenReoffendingRate?.value)
                    w.member("caseloadLine", b.caseload?.source.line)
                    w.member("populationLine", b.population?.source.line)
                    w.member("provenReoffendingRateLine", b.provenReoffendingRate?.source.line)
                    w.member("caseloadPlace") { write(b.caseload?.place, into: &$0) }
                    w.member("populationPlace") { write(b.population?.place, into: &$0) }
                    w.member("provenReoffendingRatePlace") { write(b.provenReoffendingRate?.place, into: &$0) }
                }
            }
            w.member("previousInspection") { w in
                guard let p = i.previousInspection else { return w.null() }
                w.object { w in
                    w.member("date", p.date.description)
                    w.member("rating", p.rating?.rawValue)
                    w.member("line", p.source.line)
                }
            }
            w.member("findings") {
                $0.array(i.findings) { w, f in
                    w.object { w in
                        w.member("standard", f.standard)
                        w.member("heading", f.heading)
                        writeFindings(f.findings, into: &w)
                        w.member("line", f.source.line)
                    }
                }
            }
            w.member("diversityAndInclusion") { w in
                guard let d = i.diversityAndInclusion else { return w.null() }
                w.object { writeFindings(d, into: &$0) }
            }
            w.member("quotes") {
                $0.array(i.quotes) { w, q in
                    w.object { w in
                        w.member("text", q.text)
                        w.member("line", q.source.line)
                    }
                }
            }
            w.member("progressOnPreviousRecommendations") {
                $0.array(i.progressOnPreviousRecommendations) { w, p in
                    w.object { w in
                        w.member("recommendation", p.recommendation)
                        w.member("actionTaken", p.actionTaken)
                        w.member("categorisation", p.categorisation?.rawValue)
                        w.member("improvementStillRequired", p.improvementStillRequired)
                        w.member("line", p.source.line)
                    }
                }
            }
            w.member("source") { write(i.source, into: &$0) }
        }
    }

    static func write(_ r: RegionalInspection, into w: inout JSONWriter) {
        w.object { w in
            w.member("region", r.region.value)
            w.member("published", r.date.value.monthOnly.description)
            w.member("date", r.date.value.description)
            w.member("dateProvenance") { write(r.date.provenance, into: &$0) }
            w.member("signer", r.signer?.value)
            w.member("pdus") { $0.array(r.inspections.lazy.map(\.pdu.value)) }
            w.member("sections") {
                $0.array(r.sections) { w, s in
                    w.object { w in
                        w.member("heading", s.heading)
                        writeFindings(s.findings, into: &w)
                        w.member("figures") {
                            $0.array(s.figures) { w, f in
                                w.object { w in
                                    w.member("value", f.value)
                                    w.member("sentence", f.sentence)
                                    w.member("line", f.source.line)
                                }
                            }
                        }
                        w.member("line", s.source.line)
                    }
                }
            }
            w.member("source") { write(r.source, into: &$0) }
        }
    }

    static func write(_ p: PartialInspection, into w: inout JSONWriter) {
        w.object { w in
            w.member("kind", p.kind.rawValue)
            w.member("partial", p.partial)
            w.member("title", p.title.value)
            w.member("pdu", p.pdu?.value)
            w.member("region", p.region?.value)
            w.member("published", p.published?.value.monthOnly.description)
            w.member("overallRating", p.overallRating?.value.rawValue)
            w.member("overallRatingLine", p.overallRating?.source.line)
            w.member("previousRating", p.previousRating?.value.rawValue)
            w.member("previousYear", p.previousYear)
            w.member("previousRatingLine", p.previousRating?.source.line)
            w.member("chiefInspector", p.chiefInspector?.value)
            w.member("missing") { $0.array(p.missing) }
            w.member("source") { write(p.source, into: &$0) }
        }
    }

    /// The three lists of a section's findings, as paragraphs of text: members of the
    /// object being written.
    static func writeFindings(_ f: Findings, into w: inout JSONWriter) {
        w.member("narrative") { $0.array(f.narrative.lazy.map(\.text)) }
        w.member("strengths") { $0.array(f.strengths.lazy.map(\.text)) }
        w.member("areasForImprovement") { $0.array(f.areasForImprovement.lazy.map(\.text)) }
    }

    static func write(_ d: Diagnostic, into w: inout JSONWriter) {
        w.object { w in
            w.member("file", d.location.file)
            w.member("line", d.location.line)
            w.member("column", d.location.column)
            w.member("severity", d.severity.rawValue)
            w.member("message", d.message)
        }
    }

    /// How a fact was come by, or `null` when it is stated as printed.
    static func write(_ p: Provenance?, into w: inout JSONWriter) {
        guard let p else { return w.null() }
        w.object { w in
            w.member("kind", p.kind.rawValue)
            w.member("reason", p.reason)
            w.member("lines") { $0.array(p.lines) { $0.value($1.line) } }
        }
    }

    /// The place a figure is about, or `null` when there is no figure.
    static func write(_ p: Place?, into w: inout JSONWriter) {
        guard let p else { return w.null() }
        w.object { w in
            w.member("kind", p.kind.rawValue)
            w.member("name", p.name)
        }
    }

    static func write(_ s: SourceLocation, into w: inout JSONWriter) {
        w.object { w in
            w.member("file", s.file)
            w.member("line", s.line)
        }
    }

    // MARK: - CSV

    /// `data/inspections.csv`: one row per inspection, then one per partial inspection
    /// (`partial` true, the cells of what its text lacks empty).
    public static func inspectionsCSV(_ corpus: Corpus) -> CSVTable {
        CSVTable(
            header: DataDictionary.inspections.header,
            rows: corpus.inspections.map { i in
                inspectionFields(i) + [
                    .text(kind(i.published.provenance)),
                    .text(i.fieldworkStarted?.value.description), .text(i.framework.rawValue), .text(i.origin.rawValue),
                    .boolean(false),
                    .integer(i.score.value), .integer(i.score.max), .boolean(i.score.stated),
                    .text(i.score.provenance?.kind.rawValue ?? (i.score.stated ? "stated" : "computed")),
                    .text(i.overallRating.value.rawValue),
                    .integer(i.standards.count), .integer(i.keyQuestions.count), .integer(i.recommendations.count),
                    .integer(i.casesInspected?.communityOrders), .integer(i.casesInspected?.releasesOnLicence),
                    .integer(i.casesInspected?.practitionerInterviews),
                    .text(i.leadInspector?.value), .text(i.chiefInspector?.value),
                    .integer(i.background.caseload?.value), .text(i.background.caseload?.place.kind.rawValue),
                    .text(i.background.caseload?.place.name),
                    .integer(i.background.population?.value), .text(i.background.population?.place.kind.rawValue),
                    .text(i.background.population?.place.name),
                    .decimal(i.background.provenReoffendingRate?.value),
                    .text(i.background.provenReoffendingRate?.place.kind.rawValue),
                    .text(i.background.provenReoffendingRate?.place.name),
                    .text(i.previousInspection?.date.description), .text(i.previousInspection?.rating?.rawValue),
                    .text(i.source.file), .integer(i.source.line),
                ]
            }
                + corpus.partialInspections.map { p in
                    [
                        .text(p.pdu?.value), .text(p.region?.value), .text(p.published?.value.monthOnly.description),
                        .text(p.published.map { kind($0.provenance) }), .empty, .empty, .text(p.kind.rawValue),
                        .boolean(true),
                        .empty, .empty, .empty, .empty, .text(p.overallRating?.value.rawValue),
                        .empty, .empty, .empty, .empty, .empty, .empty,
                        .empty, .text(p.chiefInspector?.value),
                    ]
                        + Array(repeating: .empty, count: 9)  // background figures and their places
                        + [
                            .text(p.previousYear.map(String.init)), .text(p.previousRating?.value.rawValue),
                            .text(p.source.file), .integer(p.source.line),
                        ]
                })
    }

    static func inspectionFields(_ i: Inspection) -> [CSVField] {
        [.text(i.pdu.value), .text(i.region.value), .text(i.published.value.monthOnly.description)]
    }

    /// `stated`, `computed`, `corrected` or `inferred`.
    static func kind(_ p: Provenance?) -> String { (p?.kind ?? .stated).rawValue }

    /// `data/standards.csv`: one row per standard rated in an inspection.
    public static func standardsCSV(_ corpus: Corpus) -> CSVTable {
        CSVTable(
            header: DataDictionary.standards.header,
            rows: corpus.inspections.flatMap { i in
                i.standards.map { s in
                    inspectionFields(i) + [
                        .text(i.framework.rawValue), .text(s.id), .text(s.name),
                        .text(s.rating.rawValue), .text(kind(s.provenance)), .integer(s.rating.points),
                        .text(s.source.file), .integer(s.source.line),
                    ]
                }
            })
    }

    /// `data/key-questions.csv`: one row per key question answered in an inspection.
    public static func keyQuestionsCSV(_ corpus: Corpus) -> CSVTable {
        CSVTable(
            header: DataDictionary.keyQuestions.header,
            rows: corpus.inspections.flatMap { i in
                i.keyQuestions.map { q in
                    let name =
                        i.standards.first { $0.id == q.standard }?.name
                        ?? i.framework.standard(id: q.standard)?.name
                    return inspectionFields(i) + [
                        .text(i.framework.rawValue), .text(q.standard), .text(name),
                        .text(q.question), .integer(q.percentYes),
                        .text(q.source.file), .integer(q.source.line),
                    ]
                }
            })
    }

    /// `data/recommendations.csv`: one row per recommendation of an inspection.
    public static func recommendationsCSV(_ corpus: Corpus) -> CSVTable {
        CSVTable(
            header: DataDictionary.recommendations.header,
            rows: corpus.inspections.flatMap { i in
                i.recommendations.map { r in
                    inspectionFields(i) + [
                        .integer(r.number), .text(kind(r.provenance)), .text(r.addressee.name),
                        .text(r.addressee.groupName),
                        .text(r.addressee.kind.rawValue),
                        .text(r.text), .text(r.source.file), .integer(r.source.line),
                    ]
                }
            })
    }
}
