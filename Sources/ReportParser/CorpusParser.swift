import InspectionModel
import SourceAndOutput

/// Parses a set of report texts into a `Corpus`. Pure: the caller reads the files.
///
/// Two steps, which a caller may run apart: ``parseDocument(_:)`` reads one text on its
/// own (documents are independent, so any number may be parsed at once), and
/// ``corpus(of:)`` joins them in order and runs the cross-document checks.
public enum CorpusParser {
    /// What one document gave: its inspections (a letter rates several PDUs), its regional
    /// letter if it is one, and its diagnostics.
    public struct Document: Sendable {
        public var inspections: [Inspection]
        public var regions: [RegionalInspection]
        /// What a partial text or a report of another kind states.
        public var partialInspections: [PartialInspection]
        public var diagnostics: [Diagnostic]

        public init(
            inspections: [Inspection], regions: [RegionalInspection], partialInspections: [PartialInspection] = [],
            diagnostics: [Diagnostic]
        ) {
            self.inspections = inspections
            self.regions = regions
            self.partialInspections = partialInspections
            self.diagnostics = diagnostics
        }
    }

    /// Parses every source and runs the cross-document checks.
    public static func parse(_ sources: [ContentSource]) -> Corpus {
        corpus(of: sources.map(parseDocument))
    }

    /// The corpus of `documents` (in the order given, one per source), with the
    /// cross-document checks' diagnostics.
    public static func corpus(of documents: [Document]) -> Corpus {
        var inspections: [Inspection] = []
        var regions: [RegionalInspection] = []
        var partials: [PartialInspection] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            inspections += document.inspections
            regions += document.regions
            partials += document.partialInspections
            diagnostics += document.diagnostics
        }
        diagnostics += CorpusChecks.run(inspections)
        return Corpus(
            inspections: inspections, regions: regions, partialInspections: partials, diagnostics: diagnostics,
            documentCount: documents.count)
    }

    /// One document's model and diagnostics.
    public static func parseDocument(_ source: ContentSource) -> Document {
        var log = DiagnosticLog(file: source.path)
        return parseDocument(source, log: &log)
    }

    /// One document's model; the log holds its diagnostics and the account of its prose lines.
    static func parseDocument(_ source: ContentSource, log: inout DiagnosticLog) -> Document {
        guard var physicalLines = TextDecoding.decodeLines(source.bytes, log: &log) else {
            return Document(inspections: [], regions: [], diagnostics: log.items)
        }
        var numbers: [Int]? = nil
        if HTMLText.isPage(path: source.path, lines: physicalLines) {
            let page = HTMLText.lines(physicalLines)
            physicalLines = page.map(\.text)
            numbers = page.map(\.number)
        }
        let lines = NormalisedText(physicalLines: physicalLines, numbers: numbers, log: &log).lines
        guard lines.contains(where: { !$0.isBlank }) else {
            log.error("the file is empty", line: 1)
            return Document(inspections: [], regions: [], diagnostics: log.items)
        }
        switch DocumentKind(lines) {
        case .pduReport:
            var attempt = log
            if let inspection = PDUReportParser(file: source.path).parse(lines, log: &attempt) {
                log = attempt
                return Document(inspections: [inspection], regions: [], diagnostics: log.items)
            }
            // No full report: keep what its opening states, if it states anything, and say
            // (as notes) why the full report could not be read.
            if let partial = PartialReportReader(file: source.path).read(lines, log: &log) {
                for reason in attempt.items where reason.severity == .error {
                    log.note("read as a partial inspection because \(reason.message)", line: reason.location.line)
                }
                return Document(inspections: [], regions: [], partialInspections: [partial], diagnostics: log.items)
            }
            log = attempt
            return Document(inspections: [], regions: [], diagnostics: log.items)
        case .regionalLetter:
            let letter = RegionalLetterParser(file: source.path).parse(lines, log: &log)
            return Document(
                inspections: letter?.inspections ?? [], regions: letter.map { [$0] } ?? [], diagnostics: log.items)
        case .unknown:
            if let partial = PartialReportReader(file: source.path).read(lines, log: &log) {
                return Document(inspections: [], regions: [], partialInspections: [partial], diagnostics: log.items)
            }
            let first = lines.first { !$0.isBlank }!
            log.error(
                "not a recognised document: expected a PDU inspection report ('An inspection of probation services in: …') or a regional inspection letter",
                line: first.number)
            return Document(inspections: [], regions: [], diagnostics: log.items)
        }
    }
}
