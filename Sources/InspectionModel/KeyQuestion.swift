import CompactCoding
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

/// Its fields in declaration order (its coding keys' order).
extension KeyQuestion: CompactCodable {
    public init(compact reader: CompactReader) throws {
        standard = try reader.read()
        question = try reader.read()
        percentYes = try reader.read()
        source = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(standard)
        try writer.write(question)
        try writer.write(percentYes)
        try writer.write(source)
    }
}
