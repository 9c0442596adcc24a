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

    /// `inspectionsJSON(corpus).serialized()` in parts: the inspections, a run at a time,
    /// then the rest of the document, written with one placeholder in the inspections
    /// array, from the placeholder on. (Tests compare the two.)
    static func inspectionsJSONParts(_ corpus: Corpus, _ runs: [Range<Int>]) -> [ExportParts.Part] {
        guard !corpus.inspections.isEmpty else {
            return [ExportParts.Part(dependsOn: nil, place: "whole") { inspectionsJSON(corpus).serializedBytes() }]
        }
        // The inspections are the document's first member: its text starts with the placeholder.
        let start = "{\n" + JSONValue.indentation(1) + "\"inspections\": [\n"
        let inspections = corpus.inspections
        let chunks = runs.map { run in
            ExportParts.Part(
                dependsOn: files(inspections[run]), place: place(inspections[run], first: run.lowerBound == 0)
            ) {
                var out = Array(run.lowerBound == 0 ? start.utf8 : ",\n".utf8)
                for index in run {
                    if index > run.lowerBound { out += ",\n".utf8 }
                    JSONValue.indent(2, into: &out)
                    json(inspections[index]).write(to: &out, indent: 2)
                }
                return out
            }
        }
        // The rest shows the regional letters, the partial inspections, and every
        // diagnostic of the corpus (from any text, and from the checks across texts): its
        // place names them all, so that it is made again whenever one of them changes.
        let held = corpus.regions.map(\.source) + corpus.partialInspections.map(\.source)
        let diagnostics = corpus.diagnostics.map { "\($0.description.utf8.count):\($0)" }.joined(separator: " ")
        let rest = ExportParts.Part(
            dependsOn: held.map(\.file), place: "rest" + places(held, "holding") + " diagnostics " + diagnostics
        ) {
            let placeholder = "sitegen-inspections-7f3c2a9e"
            var skeleton = corpus
            skeleton.inspections = []
            guard case .object(var members) = inspectionsJSON(skeleton) else {
                preconditionFailure("the JSON document is an object")
            }
            members[0].value = .array([.string(placeholder)])
            let text = JSONValue.object(members).serializedBytes()
            let marker = Array((start + JSONValue.indentation(2) + "\"" + placeholder + "\"").utf8)
            precondition(text.starts(with: marker), "the inspections are the JSON document's first member")
            return Array(text.dropFirst(marker.count))
        }
        return chunks + [rest]
    }

    // MARK: - JSON

    /// The document written to `data/inspections.json`: `inspections`, `regions` and
    /// `diagnostics`. Absent values are `null`, never left out. A `line` on a fact is a
    /// line of the file named by its inspection's (or region's) `source`.
    public static func inspectionsJSON(_ corpus: Corpus) -> JSONValue {
        .object([
            ("inspections", .array(corpus.inspections.map(json))),
            ("regions", .array(corpus.regions.map(json))),
            ("partialInspections", .array(corpus.partialInspections.map(json))),
            ("diagnostics", .array(corpus.diagnostics.map(json))),
        ])
    }

    static func json(_ i: Inspection) -> JSONValue {
        .object([
            ("pdu", .string(i.pdu.value)),
            ("region", .string(i.region.value)),
            ("published", .string(i.published.value.monthOnly.description)),
            ("publishedProvenance", json(i.published.provenance)),
            ("fieldworkStarted", .string(i.fieldworkStarted?.value.description)),
            ("framework", .string(i.framework.rawValue)),
            ("origin", .string(i.origin.rawValue)),
            ("partial", .bool(false)),
            (
                "score",
                .object([
                    ("value", .int(i.score.value)),
                    ("max", .int(i.score.max)),
                    ("stated", .bool(i.score.stated)),
                    ("provenance", json(i.score.provenance)),
                    ("line", .int(i.score.source.line)),
                ])
            ),
            ("overallRating", .string(i.overallRating.value.rawValue)),
            (
                "standards",
                .array(
                    i.standards.map { s in
                        .object([
                            ("id", .string(s.id)),
                            ("name", .string(s.name)),
                            ("rating", .string(s.rating.rawValue)),
                            ("provenance", json(s.provenance)),
                            ("line", .int(s.source.line)),
                        ])
                    })
            ),
            (
                "keyQuestions",
                .array(
                    i.keyQuestions.map { q in
                        .object([
                            ("standard", .string(q.standard)),
                            ("question", .string(q.question)),
                            ("percentYes", .int(q.percentYes)),
                            ("line", .int(q.source.line)),
                        ])
                    })
            ),
            (
                "recommendations",
                .array(
                    i.recommendations.map { r in
                        .object([
                            ("number", .int(r.number)),
                            ("numberProvenance", json(r.provenance)),
                            ("addressee", .string(r.addressee.name)),
                            ("addresseeGroup", .string(r.addressee.groupName)),
                            ("addresseeKind", .string(r.addressee.kind.rawValue)),
                            ("text", .string(r.text)),
                            ("line", .int(r.source.line)),
                        ])
                    })
            ),
            (
                "casesInspected",
                i.casesInspected.map { c in
                    .object([
                        ("communityOrders", .int(c.communityOrders)),
                        ("releasesOnLicence", .int(c.releasesOnLicence)),
                        ("practitionerInterviews", .int(c.practitionerInterviews)),
                        ("line", .int(c.source.line)),
                    ])
                } ?? .null
            ),
            ("leadInspector", .string(i.leadInspector?.value)),
            ("chiefInspector", .string(i.chiefInspector?.value)),
            (
                "background",
                .object([
                    ("caseload", .int(i.background.caseload?.value)),
                    ("population", .int(i.background.population?.value)),
                    ("provenReoffendingRate", .double(i.background.provenReoffendingRate?.value)),
                    ("caseloadLine", .int(i.background.caseload?.source.line)),
                    ("populationLine", .int(i.background.population?.source.line)),
                    ("provenReoffendingRateLine", .int(i.background.provenReoffendingRate?.source.line)),
                    ("caseloadPlace", json(i.background.caseload?.place)),
                    ("populationPlace", json(i.background.population?.place)),
                    ("provenReoffendingRatePlace", json(i.background.provenReoffendingRate?.place)),
                ])
            ),
            (
                "previousInspection",
                i.previousInspection.map { p in
                    .object([
                        ("date", .string(p.date.description)),
                        ("rating", .string(p.rating?.rawValue)),
                        ("line", .int(p.source.line)),
                    ])
                } ?? .null
            ),
            (
                "findings",
                .array(
                    i.findings.map { f in
                        .object(
                            [("standard", .string(f.standard)), ("heading", .string(f.heading))]
                                + findingsFields(f.findings) + [("line", .int(f.source.line))])
                    })
            ),
            ("diversityAndInclusion", i.diversityAndInclusion.map { .object(findingsFields($0)) } ?? .null),
            (
                "quotes",
                .array(i.quotes.map { q in .object([("text", .string(q.text)), ("line", .int(q.source.line))]) })
            ),
            (
                "progressOnPreviousRecommendations",
                .array(
                    i.progressOnPreviousRecommendations.map { p in
                        .object([
                            ("recommendation", .string(p.recommendation)),
                            ("actionTaken", .string(p.actionTaken)),
                            ("categorisation", .string(p.categorisation?.rawValue)),
                            ("improvementStillRequired", .bool(p.improvementStillRequired)),
                            ("line", .int(p.source.line)),
                        ])
                    })
            ),
            ("source", json(i.source)),
        ])
    }

    static func json(_ r: RegionalInspection) -> JSONValue {
        .object([
            ("region", .string(r.region.value)),
            ("published", .string(r.date.value.monthOnly.description)),
            ("date", .string(r.date.value.description)),
            ("dateProvenance", json(r.date.provenance)),
            ("signer", .string(r.signer?.value)),
            ("pdus", .array(r.inspections.map { .string($0.pdu.value) })),
            (
                "sections",
                .array(
                    r.sections.map { s in
                        .object(
                            [("heading", .string(s.heading))] + findingsFields(s.findings) + [
                                (
                                    "figures",
                                    .array(
                                        s.figures.map { f in
                                            .object([
                                                ("value", .string(f.value)),
                                                ("sentence", .string(f.sentence)),
                                                ("line", .int(f.source.line)),
                                            ])
                                        })
                                ),
                                ("line", .int(s.source.line)),
                            ])
                    })
            ),
            ("source", json(r.source)),
        ])
    }

    static func json(_ p: PartialInspection) -> JSONValue {
        .object([
            ("kind", .string(p.kind.rawValue)),
            ("partial", .bool(p.partial)),
            ("title", .string(p.title.value)),
            ("pdu", .string(p.pdu?.value)),
            ("region", .string(p.region?.value)),
            ("published", .string(p.published?.value.monthOnly.description)),
            ("overallRating", .string(p.overallRating?.value.rawValue)),
            ("overallRatingLine", .int(p.overallRating?.source.line)),
            ("previousRating", .string(p.previousRating?.value.rawValue)),
            ("previousYear", .int(p.previousYear)),
            ("previousRatingLine", .int(p.previousRating?.source.line)),
            ("chiefInspector", .string(p.chiefInspector?.value)),
            ("missing", .array(p.missing.map { .string($0) })),
            ("source", json(p.source)),
        ])
    }

    /// The three lists of a section's findings, as paragraphs of text.
    static func findingsFields(_ f: Findings) -> [(key: String, value: JSONValue)] {
        [
            ("narrative", .array(f.narrative.map { .string($0.text) })),
            ("strengths", .array(f.strengths.map { .string($0.text) })),
            ("areasForImprovement", .array(f.areasForImprovement.map { .string($0.text) })),
        ]
    }

    static func json(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(d.location.file)),
            ("line", .int(d.location.line)),
            ("column", .int(d.location.column)),
            ("severity", .string(d.severity.rawValue)),
            ("message", .string(d.message)),
        ])
    }

    /// How a fact was come by, or `null` when it is stated as printed.
    static func json(_ p: Provenance?) -> JSONValue {
        guard let p else { return .null }
        return .object([
            ("kind", .string(p.kind.rawValue)), ("reason", .string(p.reason)),
            ("lines", .array(p.lines.map { .int($0.line) })),
        ])
    }

    /// The place a figure is about, or `null` when there is no figure.
    static func json(_ p: Place?) -> JSONValue {
        guard let p else { return .null }
        return .object([("kind", .string(p.kind.rawValue)), ("name", .string(p.name))])
    }

    static func json(_ s: SourceLocation) -> JSONValue {
        .object([("file", .string(s.file)), ("line", .int(s.line))])
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
