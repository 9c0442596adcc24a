/// Everything read from a content folder: the documents' model and every diagnostic.
public struct Corpus: Hashable, Codable, Sendable {
    /// Every PDU inspection, from PDU reports and from regional letters, sorted by
    /// PDU name then publication date.
    public var inspections: [Inspection]
    /// Every regional letter, sorted by region then date.
    public var regions: [RegionalInspection]
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// How many documents were read (including ones that could not be parsed).
    public var documentCount: Int

    public init(inspections: [Inspection], regions: [RegionalInspection], diagnostics: [Diagnostic], documentCount: Int) {
        self.inspections = inspections
        self.regions = regions
        self.diagnostics = diagnostics
        self.documentCount = documentCount
    }

    public func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }
}
