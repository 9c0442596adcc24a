import InspectionModel

/// How many of something (standards, PDUs) got each rating, in words, worst first:
/// `4 Inadequate, 2 Requires improvement, 1 Good`.
public struct RatingTally: Hashable, Sendable, Encodable {
    /// Outstanding to Inadequate.
    public var counts: [Rating: Int]
    public var total: Int

    public init(_ ratings: [Rating]) {
        counts = Dictionary(ratings.map { ($0, 1) }, uniquingKeysWith: +)
        total = ratings.count
    }

    public func count(of rating: Rating) -> Int { counts[rating] ?? 0 }

    /// The ratings that occur, worst first; `none` when there are none.
    public var words: String {
        let parts = Rating.allCases.reversed().compactMap { rating in
            counts[rating].map { "\($0) \(rating.rawValue)" }
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// The worst rating that occurs, with its count: `4 of 7 … rated Inadequate`.
    public func worst(of things: String) -> String? {
        guard let rating = Rating.allCases.reversed().first(where: { counts[$0] != nil }) else { return nil }
        return "\(count(of: rating)) of \(total) \(things) rated \(rating.rawValue)"
    }
}
