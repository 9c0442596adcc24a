/// An inspection's score: the sum of its standards' points, out of the framework maximum.
/// `stated` is false when the report gives no score and the parser computed it.
public struct Score: Hashable, Codable, Sendable {
    public var value: Int
    public var max: Int
    public var stated: Bool
    public var source: SourceLocation

    public init(value: Int, max: Int, stated: Bool, source: SourceLocation) {
        self.value = value
        self.max = max
        self.stated = stated
        self.source = source
    }
}
