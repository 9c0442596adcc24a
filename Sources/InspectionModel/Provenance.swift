import CompactCoding
import SourceAndOutput

/// How sitegen came by a fact that the text does not print as it stands: computed from
/// other facts, corrected where the text contradicts itself, or inferred from layout.
/// A fact without one is stated: read as printed. Pages mark such facts and explain the
/// mark; the open data carries the kind and the reason.
public struct Provenance: Hashable, Codable, Sendable {
    /// How the fact was come by.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Read as printed (the kind of a fact without a provenance).
        case stated
        /// Worked out from other facts of the text (a score summed from the ratings).
        case computed
        /// Repaired where the text contradicts itself (a letter's year).
        case corrected
        /// Taken from position or layout (a rating matched by order, a number by position).
        case inferred
    }

    public var kind: Kind
    /// Why, in words a reader follows: "the text states no score; summed from the
    /// standards' ratings".
    public var reason: String
    /// The lines the decision rests on, in reading order (the reason names no line, so
    /// it reads the same in any layout of the text).
    public var lines: [SourceLocation]

    /// A provenance resting on `lines` of `file`.
    public init(_ kind: Kind, _ reason: String, file: String, lines: [Int]) {
        self.kind = kind
        self.reason = reason
        self.lines = Set(lines).sorted().map { SourceLocation(file: file, line: $0) }
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Provenance: CompactCodable {
    public init(compact reader: CompactReader) throws {
        kind = try reader.read()
        reason = try reader.read()
        lines = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(kind)
        try writer.write(reason)
        try writer.write(lines)
    }
}

/// Its raw value.
extension Provenance.Kind: CompactCodable {}
