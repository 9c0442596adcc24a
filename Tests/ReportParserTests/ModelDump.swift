import InspectionModel

/// A plain-text tree of everything the parser read from one document, one fact per line
/// with its source line: the golden files' format. Readable in a diff.
enum ModelDump {
    static func dump(_ corpus: Corpus, file: String) -> String {
        var out = Writer()
        for region in corpus.regions where region.source.file == file {
            out.line(0, "RegionalInspection \(region.region.value) @\(region.region.source.line)")
            out.line(1, "date \(region.date.value) @\(region.date.source.line)\(provenance(region.date.provenance))")
            out.line(1, "signer \(region.signer.map { "\($0.value) @\($0.source.line)" } ?? "-")")
            for section in region.sections {
                out.line(1, "section \(section.heading) @\(section.source.line)")
                findings(section.findings, into: &out, depth: 2)
                for figure in section.figures { out.line(2, "figure \(figure.value) @\(figure.source.line)") }
            }
        }
        for inspection in corpus.inspections where inspection.source.file == file {
            dump(inspection, into: &out)
        }
        out.line(0, "diagnostics")
        for diagnostic in corpus.diagnostics where diagnostic.location.file == file {
            out.line(
                1,
                "\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.severity.rawValue): \(diagnostic.message)"
            )
        }
        return out.text
    }

    private static func dump(_ i: Inspection, into out: inout Writer) {
        out.line(
            0, "Inspection \(i.pdu.value) @\(i.pdu.source.line) (\(i.origin.rawValue), from line \(i.source.line))")
        out.line(1, "region \(i.region.value) @\(i.region.source.line)")
        out.line(1, "published \(i.published.value) @\(i.published.source.line)\(provenance(i.published.provenance))")
        out.line(1, "fieldworkStarted \(i.fieldworkStarted.map { "\($0.value) @\($0.source.line)" } ?? "-")")
        out.line(1, "framework \(i.framework.rawValue)")
        out.line(
            1,
            "score \(i.score.value)/\(i.score.max) \(i.score.stated ? "stated" : "computed") @\(i.score.source.line)\(provenance(i.score.provenance))"
        )
        out.line(1, "overallRating \(i.overallRating.value.rawValue) @\(i.overallRating.source.line)")
        for s in i.standards {
            out.line(1, "standard \(s.id) \(s.name): \(s.rating.rawValue) @\(s.source.line)\(provenance(s.provenance))")
        }
        for k in i.keyQuestions {
            out.line(1, "keyQuestion \(k.standard) \(k.percentYes)% \(k.question) @\(k.source.line)")
        }
        for r in i.recommendations {
            out.line(
                1,
                "recommendation \(r.number) to \(r.addressee.name) (\(r.addressee.kind.rawValue)) @\(r.source.line)\(provenance(r.provenance))"
            )
            out.line(2, r.text)
        }
        if let c = i.casesInspected {
            out.line(
                1,
                "casesInspected \(c.communityOrders) community orders, \(c.releasesOnLicence) releases on licence, \(c.practitionerInterviews.map(String.init) ?? "-") interviews @\(c.source.line)"
            )
        }
        out.line(1, "leadInspector \(i.leadInspector.map { "\($0.value) @\($0.source.line)" } ?? "-")")
        out.line(1, "chiefInspector \(i.chiefInspector.map { "\($0.value) @\($0.source.line)" } ?? "-")")
        if let v = i.background.caseload { out.line(1, "caseload \(v.value) \(place(v.place)) @\(v.source.line)") }
        if let v = i.background.population { out.line(1, "population \(v.value) \(place(v.place)) @\(v.source.line)") }
        if let v = i.background.provenReoffendingRate {
            out.line(1, "provenReoffendingRate \(v.value) \(place(v.place)) @\(v.source.line)")
        }
        if let p = i.previousInspection {
            out.line(1, "previousInspection \(p.date) \(p.rating?.rawValue ?? "-") @\(p.source.line)")
        }
        for f in i.findings {
            out.line(1, "findings \(f.standard ?? "-") \(f.heading) @\(f.source.line)")
            findings(f.findings, into: &out, depth: 2)
        }
        if let d = i.diversityAndInclusion {
            out.line(1, "diversityAndInclusion")
            findings(d, into: &out, depth: 2)
        }
        for q in i.quotes { out.line(1, "quote @\(q.source.line): \(q.text)") }
        for p in i.progressOnPreviousRecommendations {
            out.line(
                1,
                "progress \(p.categorisation?.rawValue ?? "-"), improvement still required: \(p.improvementStillRequired.map { $0 ? "yes" : "no" } ?? "-") @\(p.source.line)"
            )
            out.line(2, "recommendation: \(p.recommendation)")
            out.line(2, "action: \(p.actionTaken)")
        }
    }

    /// `(region KSS)`, `(pdu)`.
    private static func place(_ p: Place) -> String { "(\(p.kind.rawValue)\(p.name.map { " " + $0 } ?? ""))" }

    /// ` [computed: reason; lines 317]`, or nothing for a stated fact.
    private static func provenance(_ p: Provenance?) -> String {
        p.map {
            " [\($0.kind.rawValue): \($0.reason); lines \($0.lines.map { String($0.line) }.joined(separator: ", "))]"
        } ?? ""
    }

    private static func findings(_ f: Findings, into out: inout Writer, depth: Int) {
        for p in f.narrative { out.line(depth, "narrative @\(p.source.line): \(p.text)") }
        for p in f.strengths { out.line(depth, "strength @\(p.source.line): \(p.text)") }
        for p in f.areasForImprovement { out.line(depth, "area @\(p.source.line): \(p.text)") }
    }

    private struct Writer {
        var text = ""
        mutating func line(_ depth: Int, _ s: String) {
            text += String(repeating: "  ", count: depth) + s + "\n"
        }
    }
}
