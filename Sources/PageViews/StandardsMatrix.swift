import InspectionModel
import MarkdownPages

/// Trend 1: the rating of every standard for the latest inspection of each PDU, one
/// matrix per framework (the frameworks rate different standards), with a count per
/// rating under each standard, so the standard that fails most often stands out.
public struct StandardsMatrix: Sendable, Encodable {
    /// `2023 framework`.
    public var heading: String
    let framework: Framework
    public var standards: [Column]
    /// One row per PDU: made when a template reads them (a region's trends page does; the
    /// trends page of every PDU and the standards charts do not).
    public var rows: MadeOnRead<[Row]>
    /// One row per rating: how many PDUs got it for each standard.
    public var totals: [Total]
    /// One row per standard: how many PDUs got each rating (the trends page's summary).
    public var byStandard: [StandardCount]
    /// `Most often rated Inadequate: 2.4 Reviewing (3 of 4 PDUs).`; nil when none is.
    public var mostOftenInadequate: String?
    /// Said when a single PDU uses the framework, so the counts compare nothing.
    public var singlePDUNote: String?
    /// The chart of ``byStandard`` (a stacked bar per standard); set on the trends page.
    public var chart: Image?

    /// One standard's ratings across the PDUs: `2.1 Assessment`, 0 Outstanding, 1 Good, ….
    public struct StandardCount: Sendable, Encodable {
        public var label: String
        /// Outstanding, Good, Requires improvement, Inadequate.
        public var counts: [Int]
        /// How many PDUs' inspections rate the standard.
        public var rated: Int
    }

    /// The short codes of the ratings in the matrices, as the inspectorate's own tables
    /// abbreviate them: `O`, `G`, `RI`, `I`. The converter writes them as `<abbr>`.
    public static let codes: [Rating: String] = [
        .outstanding: "O", .good: "G", .requiresImprovement: "RI", .inadequate: "I",
    ]

    public struct Column: Sendable, Encodable {
        /// `2.1 Assessment`.
        public var label: String
    }

    public struct Row: Sendable, Encodable {
        public var pdu: Link
        public var published: String
        /// The footnote reference when the publication date was corrected, else empty.
        public var publishedMark: String
        /// One per standard, in the framework's order; nil where the report rates none.
        public var cells: [Cell]
        public var overall: SourcedValue
    }

    public struct Cell: Sendable, Encodable {
        public var rating: SourcedValue?
    }

    public struct Total: Sendable, Encodable {
        public var rating: String
        public var counts: [Int]
    }

    /// A matrix per framework that a PDU's latest inspection uses, newest framework first.
    static func all(pdus all: [SiteMap.PDU], linker: Linker) -> [StandardsMatrix] {
        byFramework(all).map { StandardsMatrix(framework: $0.framework, pdus: $0.pdus, linker: linker) }
    }

    /// The frameworks of the PDUs' latest inspections, newest first, each with its PDUs
    /// (in the order given): one matrix each.
    static func byFramework(_ all: [SiteMap.PDU]) -> [(framework: Framework, pdus: [SiteMap.PDU])] {
        Framework.allCases.reversed().compactMap { framework in
            let pdus = all.filter { $0.latest.framework == framework }
            return pdus.isEmpty ? nil : (framework, pdus)
        }
    }

    init(framework: Framework, pdus: [SiteMap.PDU], linker: Linker) {
        heading = "\(framework.rawValue) framework"
        self.framework = framework
        let definitions = framework.standards
        standards = definitions.map { Column(label: "\($0.id) \($0.name)") }
        rows = MadeOnRead {
            pdus.map { pdu in
                let latest = pdu.latest
                return Row(
                    pdu: linker.pdu(pdu), published: latest.published.value.spelledOut,
                    publishedMark: linker.mark(latest.published.provenance, file: latest.published.source.file),
                    cells: definitions.map { definition in
                        Cell(
                            rating: latest.standards.first { $0.id == definition.id }
                                .map {
                                    linker.source(Self.codes[$0.rating] ?? "", at: $0.source, provenance: $0.provenance)
                                })
                    },
                    overall: linker.source(
                        Self.codes[latest.overallRating.value] ?? "", at: latest.overallRating.source))
            }
        }
        // Each PDU's rating of each standard, read once: `latest` is a copy of a whole
        // inspection, and each PDU is counted once per rating and standard.
        let ratings = pdus.map { pdu in
            let latest = pdu.latest
            return definitions.map { latest.rating(ofStandard: $0.id) }
        }
        totals = Rating.allCases.map { rating in
            Total(
                rating: rating.rawValue,
                counts: definitions.indices.map { column in ratings.filter { $0[column] == rating }.count })
        }
        let (labels, totals) = (standards.map(\.label), totals)
        byStandard = labels.indices.map { column in
            let counts = totals.map { $0.counts[column] }
            return StandardCount(label: labels[column], counts: counts, rated: counts.reduce(0, +))
        }
        chart = nil
        singlePDUNote =
            pdus.count == 1
            ? "Only one PDU's latest inspection uses the \(framework.rawValue) framework, so these are its ratings, not a comparison."
            : nil
        let inadequate = totals.last?.counts ?? []
        if let most = inadequate.max(), most > 0 {
            let labels = zip(standards, inadequate).filter { $0.1 == most }.map(\.0.label)
            mostOftenInadequate =
                "Most often rated Inadequate: \(labels.joined(separator: ", ")) "
                + "(\(most) of \(Numbers.count(pdus.count, "PDU")))."
        } else {
            mostOftenInadequate = nil
        }
    }
}

extension StandardsMatrix: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("heading", heading)
        try object.add("framework", framework)
        try object.add("standards", standards)
        try object.add("rows", rows)
        try object.add("totals", totals)
        try object.add("byStandard", byStandard)
        object.add("mostOftenInadequate", mostOftenInadequate)
        object.add("singlePDUNote", singlePDUNote)
        try object.add("chart", chart)
    }
}

extension StandardsMatrix.StandardCount: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
        try object.add("counts", counts)
        object.add("rated", rated)
    }
}

extension StandardsMatrix.Column: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("label", label)
    }
}

extension StandardsMatrix.Row: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        object.add("published", published)
        object.add("publishedMark", publishedMark)
        try object.add("cells", cells)
        try object.add("overall", overall)
    }
}

extension StandardsMatrix.Cell: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("rating", rating)
    }
}

extension StandardsMatrix.Total: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("rating", rating)
        try object.add("counts", counts)
    }
}
