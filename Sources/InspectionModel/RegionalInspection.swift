import CompactCoding
import SourceAndOutput

/// A regional inspection letter: the inspectorate's findings on a probation region,
/// with, from its annexes, an `Inspection` for every PDU it rates.
public struct RegionalInspection: Hashable, Codable, Sendable {
    /// Region name without "The Probation Service –" or a trailing "region".
    public var region: Sourced<String>
    /// The letter's date (repaired when the printed one contradicts the content).
    public var date: Sourced<CalendarDate>
    /// Who signed the letter, e.g. `"Justin Russell"`.
    public var signer: Sourced<String>?
    public var sections: [RegionalSection]
    public var inspections: [Inspection]
    public var source: SourceLocation

    public init(
        region: Sourced<String>, date: Sourced<CalendarDate>, signer: Sourced<String>?,
        sections: [RegionalSection], inspections: [Inspection], source: SourceLocation
    ) {
        self.region = region
        self.date = date
        self.signer = signer
        self.sections = sections
        self.inspections = inspections
        self.source = source
    }
}

/// One heading of a regional letter's observations, e.g. "Leadership" or "Unpaid work".
public struct RegionalSection: Hashable, Codable, Sendable {
    public var heading: String
    public var findings: Findings
    /// Numbers the section states ("18 per cent", "16 SFO reviews"), with their sentence.
    public var figures: [Figure]
    public var source: SourceLocation

    public init(heading: String, findings: Findings, figures: [Figure], source: SourceLocation) {
        self.heading = heading
        self.findings = findings
        self.figures = figures
        self.source = source
    }
}

/// A number stated in prose, with the sentence that gives its meaning.
public struct Figure: Hashable, Codable, Sendable {
    /// The figure as written, e.g. `"18 per cent"` or `"10 of the 11"`.
    public var value: String
    public var sentence: String
    public var source: SourceLocation

    public init(value: String, sentence: String, source: SourceLocation) {
        self.value = value
        self.sentence = sentence
        self.source = source
    }
}

/// Its fields in declaration order (its coding keys' order).
extension RegionalInspection: CompactCodable {
    public init(compact reader: CompactReader) throws {
        region = try reader.read()
        date = try reader.read()
        signer = try reader.readIfPresent()
        sections = try reader.read()
        inspections = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(region)
        try writer.write(date)
        try writer.writeIfPresent(signer)
        try writer.write(sections)
        try writer.write(inspections)
        try writer.write(source)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension RegionalSection: CompactCodable {
    public init(compact reader: CompactReader) throws {
        heading = try reader.read()
        findings = try reader.read()
        figures = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(heading)
        try writer.write(findings)
        try writer.write(figures)
        try writer.write(source)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Figure: CompactCodable {
    public init(compact reader: CompactReader) throws {
        value = try reader.read()
        sentence = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(value)
        try writer.write(sentence)
        try writer.write(source)
    }
}
