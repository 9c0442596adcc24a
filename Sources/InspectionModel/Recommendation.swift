import CompactCoding
import SourceAndOutput

/// A numbered recommendation and who it is addressed to.
public struct Recommendation: Hashable, Codable, Sendable {
    public var number: Int
    public var addressee: Addressee
    /// The recommendation without its number, e.g. `"improve the quality of ..."`.
    public var text: String
    public var source: SourceLocation
    /// Nil when the number is printed; inferred when taken from the item's position.
    public var provenance: Provenance?

    public init(number: Int, addressee: Addressee, text: String, source: SourceLocation, provenance: Provenance? = nil)
    {
        self.number = number
        self.addressee = addressee
        self.text = text
        self.source = source
        self.provenance = provenance
    }
}

/// Who a recommendation is addressed to: the name as the report gives it, and its kind.
public struct Addressee: Hashable, Codable, Sendable {
    /// What sort of body an addressee is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case pdu, region, hmpps, other
    }

    /// e.g. `"Derby City PDU"`, `"East Midlands region"`, `"HM Prison and Probation Service"`.
    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The name recommendations are grouped and counted under, so that one body is one
    /// group however the text writes it: every HM Prison and Probation Service addressee
    /// ("HM Prison and Probation Service (HMPPS)", "HMPPS") is
    /// "HM Prison and Probation Service"; another name loses a trailing abbreviation in
    /// brackets ("Kent, Surrey and Sussex region (KSS)"). `name` keeps the text's words.
    public var groupName: String {
        if kind == .hmpps { return "HM Prison and Probation Service" }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !inside.isEmpty, inside.allSatisfy({ $0.isUppercase || $0 == "&" }) else { return name }
        var kept = name[..<open]
        while kept.last == " " { kept.removeLast() }
        return kept.isEmpty ? name : String(kept)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Recommendation: CompactCodable {
    public init(compact reader: CompactReader) throws {
        number = try reader.read()
        addressee = try reader.read()
        text = try reader.read()
        source = try reader.read()
        provenance = try reader.readIfPresent()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(number)
        try writer.write(addressee)
        try writer.write(text)
        try writer.write(source)
        try writer.writeIfPresent(provenance)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Addressee: CompactCodable {
    public init(compact reader: CompactReader) throws {
        name = try reader.read()
        kind = try reader.read()
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(name)
        try writer.write(kind)
    }
}

/// Its raw value.
extension Addressee.Kind: CompactCodable {}
