import InspectionModel
import MarkdownPages

/// The opening of a page about several PDUs (a region, the home page): one sentence and a
/// compact summary of their latest inspections.
public struct GroupHeadline: Sendable, Encodable {
    /// `3 PDUs in this site; at their latest inspections 2 were rated Inadequate, 1 Requires improvement.`
    public var sentence: String
    /// `2 Inadequate, 1 Requires improvement (3 PDUs)`.
    public var ratings: String
    /// `February 2023 to May 2025`; empty when there are no inspections.
    public var published: String
    /// Every standard of those inspections by band: `10 Inadequate, 8 Requires improvement, 3 Good (21 standards)`.
    public var standards: String
    /// `2.4 Reviewing (2023 framework): Inadequate in 3 of 3 PDUs`; nil when none is Inadequate.
    public var mostOftenInadequate: String?
    /// The standards least often rated Inadequate; nil when there is only one standard.
    public var leastOftenInadequate: String?
    /// The most recent inspections, newest first (up to three).
    public var latest: [Latest]
    public var hasLatest: Bool

    /// One recent inspection: `York, December 2024: Inadequate`.
    public struct Latest: Sendable, Encodable {
        public var pdu: Link
        public var published: String
        public var rating: SourcedValue
    }

    public init(_ pdus: [SiteMap.PDU], linker: Linker) {
        let latestInspections = pdus.map(\.latest)
        let tally = RatingTally(latestInspections.map(\.overallRating.value))
        ratings = "\(tally.words) (\(Numbers.count(pdus.count, "PDU")))"
        sentence =
            pdus.isEmpty
            ? "No PDU inspections in this site."
            : "\(Numbers.count(pdus.count, "PDU")) in this site; at their latest inspections "
                + (pdus.count == 1 ? "it was" : "they were") + " rated \(tally.words)."
        let dates = latestInspections.map(\.published.value).sorted()
        published =
            dates.first.map { first in
                first == dates[dates.count - 1]
                    ? first.spelledOut : "\(first.spelledOut) to \(dates[dates.count - 1].spelledOut)"
            } ?? ""
        let standardTally = RatingTally(latestInspections.flatMap { $0.standards.map(\.rating) })
        standards = "\(standardTally.words) (\(Numbers.count(standardTally.total, "standard")))"
        let shares = Self.inadequateShares(latestInspections)
        mostOftenInadequate = Self.describe(shares, extreme: { $0.max() }, requirePositive: true)
        leastOftenInadequate =
            shares.count > 1 ? Self.describe(shares, extreme: { $0.min() }, requirePositive: false) : nil
        latest = pdus.sorted { a, b in
            a.latest.published.value != b.latest.published.value
                ? a.latest.published.value > b.latest.published.value : a.name < b.name
        }.prefix(3).map { pdu in
            Latest(
                pdu: linker.pdu(pdu), published: pdu.latest.published.value.spelledOut,
                rating: linker.source(pdu.latest.overallRating.value.rawValue, at: pdu.latest.overallRating.source))
        }
        hasLatest = !latest.isEmpty
    }

    private struct StandardShare {
        var label: String
        var inadequate: Int
        var rated: Int
        var share: Double { Double(inadequate) / Double(rated) }
    }

    /// For each standard of each framework in use: how many of the inspections rate it, and
    /// how many rate it Inadequate; in the frameworks' order.
    private static func inadequateShares(_ inspections: [Inspection]) -> [StandardShare] {
        Framework.allCases.reversed().flatMap { framework in
            let using = inspections.filter { $0.framework == framework }
            return framework.standards.compactMap { standard -> StandardShare? in
                let ratings = using.compactMap { $0.rating(ofStandard: standard.id) }
                guard !ratings.isEmpty else { return nil }
                return StandardShare(
                    label: "\(standard.id) \(standard.name) (\(framework.rawValue) framework)",
                    inadequate: ratings.filter { $0 == .inadequate }.count, rated: ratings.count)
            }
        }
    }

    /// The standards at the extreme share, up to three named: `2.4 Reviewing (2023 framework): Inadequate in 3 of 4 PDUs`.
    private static func describe(
        _ shares: [StandardShare], extreme: ([Double]) -> Double?,
        requirePositive: Bool
    ) -> String? {
        guard let value = extreme(shares.map(\.share)), !requirePositive || value > 0 else { return nil }
        let at = shares.filter { $0.share == value }
        let named = at.prefix(3).map {
            "\($0.label): Inadequate in \($0.inadequate) of \(Numbers.count($0.rated, "PDU"))"
        }
        let more = at.count > 3 ? " and \(at.count - 3) more" : ""
        return named.joined(separator: "; ") + more
    }
}

extension GroupHeadline: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("sentence", sentence)
        object.add("ratings", ratings)
        object.add("published", published)
        object.add("standards", standards)
        object.add("mostOftenInadequate", mostOftenInadequate)
        object.add("leastOftenInadequate", leastOftenInadequate)
        try object.add("latest", latest)
        object.add("hasLatest", hasLatest)
    }
}

extension GroupHeadline.Latest: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        try object.add("pdu", pdu)
        object.add("published", published)
        try object.add("rating", rating)
    }
}
