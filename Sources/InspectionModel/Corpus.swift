import SourceAndOutput

/// Everything read from a content folder: the documents' model and every diagnostic.
public struct Corpus: Hashable, Codable, Sendable {
    /// Every PDU inspection, from PDU reports and from regional letters, sorted by
    /// PDU name, then publication date, then where it was read.
    public var inspections: [Inspection]
    /// Every regional letter, sorted by region, then date, then where it was read.
    public var regions: [RegionalInspection]
    /// Every partial inspection (an opening, or a report of another kind), sorted by what
    /// it is about, then where it was read. Never among `inspections`.
    public var partialInspections: [PartialInspection]
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// How many documents were read (including ones that could not be parsed).
    public var documentCount: Int

    /// A corpus of these values, put in the order described above.
    public init(
        inspections: [Inspection], regions: [RegionalInspection], partialInspections: [PartialInspection] = [],
        diagnostics: [Diagnostic], documentCount: Int
    ) {
        self.inspections = inspections.sorted {
            ($0.pdu.value, $0.published.value, $0.source) < ($1.pdu.value, $1.published.value, $1.source)
        }
        self.regions = regions.sorted {
            ($0.region.value, $0.date.value, $0.source) < ($1.region.value, $1.date.value, $1.source)
        }
        self.partialInspections = partialInspections.sorted { ($0.subject, $0.source) < ($1.subject, $1.source) }
        self.diagnostics = diagnostics.sorted()
        self.documentCount = documentCount
    }

    /// Adds diagnostics found outside the parser (unreadable files, say), keeping the
    /// order, and counts the documents they concern.
    public mutating func add(_ more: [Diagnostic], unreadDocuments: Int = 0) {
        diagnostics = (diagnostics + more).sorted()
        documentCount += unreadDocuments
    }

    public func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }
}
