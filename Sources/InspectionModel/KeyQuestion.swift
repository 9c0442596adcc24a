import SourceAndOutput

/// A case-work key question and the share of inspected cases judged satisfactory.
public struct KeyQuestion: Hashable, Codable, Sendable {
    /// The id of the standard the question belongs to, e.g. `"2.1"`.
    public var standard: String
    public var question: String
    public var percentYes: Int
    public var source: SourceLocation

    public init(standard: String, question: String, percentYes: Int, source: SourceLocation) {
        self.standard = standard
        self.question = question
        self.percentYes = percentYes
        self.source = source
    }
}
