import InspectionModel

/// Parses a set of report texts into a `Corpus`. Pure: the caller reads the files.
public enum CorpusParser {
    /// Parses every source and runs the cross-document checks.
    public static func parse(_ sources: [ContentSource]) -> Corpus {
        var inspections: [Inspection] = []
        var regions: [RegionalInspection] = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            let document = parseDocument(source)
            inspections += document.inspections
            regions += document.regions
            diagnostics += document.diagnostics
        }
        diagnostics += CorpusChecks.run(inspections)
        return Corpus(inspections: inspections, regions: regions, diagnostics: diagnostics, documentCount: sources.count)
    }

    /// One document's model and diagnostics.
    static func parseDocument(_ source: ContentSource) -> (inspections: [Inspection], regions: [RegionalInspection], diagnostics: [Diagnostic]) {
        var log = DiagnosticLog(file: source.path)
        guard let text = TextDecoding.decode(source.bytes, log: &log) else { return ([], [], log.items) }
        let lines = NormalisedText(text, log: &log).lines
        guard lines.contains(where: { !$0.isBlank }) else {
            log.error("the file is empty", line: 1)
            return ([], [], log.items)
        }
        switch DocumentKind(lines) {
        case .pduReport:
            let inspection = PDUReportParser(file: source.path).parse(lines, log: &log)
            return (inspection.map { [$0] } ?? [], [], log.items)
        case .regionalLetter:
            let letter = RegionalLetterParser(file: source.path).parse(lines, log: &log)
            return (letter?.inspections ?? [], letter.map { [$0] } ?? [], log.items)
        case .unknown:
            let first = lines.first { !$0.isBlank }!
            log.error("not a recognised document: expected a PDU inspection report ('An inspection of probation services in: …') or a regional inspection letter", line: first.number)
            return ([], [], log.items)
        }
    }
}
