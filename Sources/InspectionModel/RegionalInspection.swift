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
