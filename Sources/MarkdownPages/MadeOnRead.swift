/// A view's value made only when it is read: a field that one page's template shows and
/// another's does not (the matrices' rows by PDU, which a region's trends page shows and the
/// trends page of every PDU does not), so that a page whose template never names it does not
/// make it (``TemplateSet`` gives a page's values only the names its template reads).
///
/// Everything that reads a view sees the value itself, as if it were stored: `Encodable`
/// encodes the value, a ``TemplateFields`` view adds it, and Mustache's snapshot holds it.
/// It is made anew each time it is read (from a pure function).
public struct MadeOnRead<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value

    /// The value `make` makes, made when it is read.
    public init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// The value.
    public var value: Value { make() }
}

extension MadeOnRead: Encodable where Value: Encodable {
    /// The value, as if it were stored in place of the ``MadeOnRead``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A ``MadeOnRead`` whose value Mustache's snapshot reads (see ``ViewSnapshot``).
protocol MadeOnReadValue {
    /// The value, made now.
    var anyValue: Any { get }
}

extension MadeOnRead: MadeOnReadValue {
    var anyValue: Any { value }
}
