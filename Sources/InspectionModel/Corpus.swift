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
        self.inspections = Self.ordered(inspections, by: { ($0.pdu.value, $0.published.value, $0.source) }, <)
        self.regions = Self.ordered(regions, by: { ($0.region.value, $0.date.value, $0.source) }, <)
        self.partialInspections = partialInspections.sorted { ($0.subject, $0.source) < ($1.subject, $1.source) }
        self.diagnostics = diagnostics.sorted()
        self.documentCount = documentCount
    }

    /// `values` sorted by their keys, as `sorted(by:)` would sort them (the same
    /// comparisons, so the same order), but with the keys taken once each and the values
    /// copied once each: sorting the large model values themselves copied them at every
    /// merge, and made the keys again at every comparison.
    private static func ordered<Value, Key>(
        _ values: [Value], by key: (Value) -> Key, _ precedes: (Key, Key) -> Bool
    ) -> [Value] {
        let keys = values.map(key)
        return keys.indices.sorted { precedes(keys[$0], keys[$1]) }.map { values[$0] }
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
