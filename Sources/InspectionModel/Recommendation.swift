/// A numbered recommendation and who it is addressed to.
public struct Recommendation: Hashable, Codable, Sendable {
    public var number: Int
    public var addressee: Addressee
    /// The recommendation without its number, e.g. `"improve the quality of ..."`.
    public var text: String
    public var source: SourceLocation

    public init(number: Int, addressee: Addressee, text: String, source: SourceLocation) {
        self.number = number
        self.addressee = addressee
        self.text = text
        self.source = source
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
}
