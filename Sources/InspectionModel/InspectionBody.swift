import CompactCoding

/// An inspection's findings, the bulk of its text: what only its own page, its search
/// entries and its open data show. Kept apart from the rest of the inspection
/// (``Inspection``'s `findings`, `diversityAndInclusion` and `quotes` read and write it), so
/// that an inspection read back from the build cache decodes it only when something
/// reads it (``OnDemand``).
struct InspectionBody: Hashable, Codable, Sendable {
    var findings: [SectionFindings] = []
    var diversityAndInclusion: Findings?
    var quotes: [Quote] = []
}

/// Its fields in declaration order (its coding keys' order).
extension InspectionBody: CompactCodable {
    init(compact reader: CompactReader) throws {
        findings = try reader.read()
        diversityAndInclusion = try reader.readIfPresent()
        quotes = try reader.read()
    }

    func write(compact writer: CompactWriter) throws {
        try writer.write(findings)
        try writer.writeIfPresent(diversityAndInclusion)
        try writer.write(quotes)
    }
}
