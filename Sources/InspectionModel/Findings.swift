import CompactCoding
import SourceAndOutput

/// A paragraph of report prose (a bullet or a running paragraph), rejoined across
/// line wraps and page breaks.
public struct Paragraph: Hashable, Codable, Sendable {
    public var text: String
    public var source: SourceLocation

    public init(_ text: String, at source: SourceLocation) {
        self.text = text
        self.source = source
    }
}

/// The findings of one section of a report: the labelled lists of strengths and areas
/// for improvement, and any unlabelled prose (the case-work standards' bullets, say).
public struct Findings: Hashable, Codable, Sendable {
    public var narrative: [Paragraph]
    public var strengths: [Paragraph]
    public var areasForImprovement: [Paragraph]

    public init(narrative: [Paragraph] = [], strengths: [Paragraph] = [], areasForImprovement: [Paragraph] = []) {
        self.narrative = narrative
        self.strengths = strengths
        self.areasForImprovement = areasForImprovement
    }
}

/// The findings under one heading of a PDU report: a standard (with its id), or another
/// section such as "Outcomes" or "Feedback from people on probation".
public struct SectionFindings: Hashable, Codable, Sendable {
    /// The standard's id (`"1.2"`), or nil for a section that is not a standard.
    public var standard: String?
    public var heading: String
    public var findings: Findings
    public var source: SourceLocation

    public init(standard: String?, heading: String, findings: Findings, source: SourceLocation) {
        self.standard = standard
        self.heading = heading
        self.findings = findings
        self.source = source
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Paragraph: CompactCodable {
    public init(compact reader: CompactReader) throws {
        text = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(text)
        try writer.write(source)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Findings: CompactCodable {
    public init(compact reader: CompactReader) throws {
        narrative = try reader.read()
        strengths = try reader.read()
        areasForImprovement = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(narrative)
        try writer.write(strengths)
        try writer.write(areasForImprovement)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension SectionFindings: CompactCodable {
    public init(compact reader: CompactReader) throws {
        standard = try reader.readIfPresent()
        heading = try reader.read()
        findings = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.writeIfPresent(standard)
        try writer.write(heading)
        try writer.write(findings)
        try writer.write(source)
    }
}
