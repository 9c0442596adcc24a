import InspectionModel

/// Trend 1: the rating of every standard for the latest inspection of each PDU, one
/// matrix per framework (the frameworks rate different standards), with a count per
/// rating under each standard, so the standard that fails most often stands out.
public struct StandardsMatrix: Sendable {
    /// `2023 framework`.
    public var heading: String
    public var standards: [Column]
    public var rows: [Row]
    /// One row per rating: how many PDUs got it for each standard.
    public var totals: [Total]
    /// `Most often rated Inadequate: 2.4 Reviewing (3 of 4 PDUs).`; nil when none is.
    public var mostOftenInadequate: String?

    public struct Column: Sendable {
        /// `2.1 Assessment`.
        public var label: String
    }

    public struct Row: Sendable {
        public var pdu: Link
        public var published: String
        /// The footnote reference when the publication date was corrected, else empty.
        public var publishedMark: String
        /// One per standard, in the framework's order; nil where the report rates none.
        public var cells: [Cell]
        public var overall: SourcedValue
    }

    public struct Cell: Sendable {
        public var rating: SourcedValue?
    }

    public struct Total: Sendable {
        public var rating: String
        public var counts: [Int]
    }

    /// A matrix per framework that a PDU's latest inspection uses, newest framework first.
    static func all(map: SiteMap, linker: Linker) -> [StandardsMatrix] {
        Framework.allCases.reversed().compactMap { framework in
            let pdus = map.pdus.filter { $0.latest.framework == framework }
            return pdus.isEmpty ? nil : StandardsMatrix(framework: framework, pdus: pdus, linker: linker)
        }
    }

    init(framework: Framework, pdus: [SiteMap.PDU], linker: Linker) {
        heading = "\(framework.rawValue) framework"
        let definitions = framework.standards
        standards = definitions.map { Column(label: "\($0.id) \($0.name)") }
        rows = pdus.map { pdu in
            let latest = pdu.latest
            return Row(pdu: linker.pdu(pdu), published: latest.published.value.spelledOut,
                       publishedMark: linker.mark(latest.published.provenance, file: latest.published.source.file),
                       cells: definitions.map { definition in
                           Cell(rating: latest.standards.first { $0.id == definition.id }
                                .map { linker.source($0.rating.rawValue, at: $0.source, provenance: $0.provenance) })
                       },
                       overall: linker.source(latest.overallRating.value.rawValue, at: latest.overallRating.source))
        }
        totals = Rating.allCases.map { rating in
            Total(rating: rating.rawValue, counts: definitions.map { definition in
                pdus.filter { $0.latest.rating(ofStandard: definition.id) == rating }.count
            })
        }
        let inadequate = totals.last?.counts ?? []
        if let most = inadequate.max(), most > 0 {
            let labels = zip(standards, inadequate).filter { $0.1 == most }.map(\.0.label)
            mostOftenInadequate = "Most often rated Inadequate: \(labels.joined(separator: ", ")) "
                + "(\(most) of \(Numbers.count(pdus.count, "PDU")))."
        } else {
            mostOftenInadequate = nil
        }
    }
}
