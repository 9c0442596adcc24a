/// A view that gives a template its values itself, without the `Encodable` machinery (a
/// container box, generic metadata and an existential call per field): the hot views of a
/// build (a PDU page, an inspection and its sections, a layout).
///
/// ``writeTemplateFields(to:)`` adds each stored property under its name, in the order they
/// are declared, exactly as the synthesized `encode(to:)` would give them: a template cannot
/// tell the two apart (``TemplateValueEncoder`` builds the same ``TemplateValue``; a test
/// compares both for every page of the example site and of a generated corpus). The view
/// stays `Encodable`, which swift-mustache's route and other encoders use.
public protocol TemplateFields: Encodable, SendableMetatype {
    /// Adds every stored property to `object`, as `encode(to:)` encodes it.
    func writeTemplateFields(to object: inout TemplateObject) throws
}

/// The fields of one object as a ``TemplateFields`` view writes them: a name no template
/// reads is left out (its value never built), and so is a nil optional.
public struct TemplateObject {
    let encoder: TemplateValueEncoder
    let order: KeyOrder
    /// Where in ``order`` the next name is expected.
    private var next = 0
    private(set) var fields: [TemplateField] = []

    init(encoder: TemplateValueEncoder, order: KeyOrder) {
        self.encoder = encoder
        self.order = order
        fields.reserveCapacity(order.names.count)
    }

    /// Adds the property `name` of `value`, a string, bool or integer (a nil string is left out).
    public mutating func add(_ name: String, _ value: String) { add(name, scalar: value) }
    public mutating func add(_ name: String, _ value: Bool) { add(name, scalar: value) }
    public mutating func add(_ name: String, _ value: Int) { add(name, scalar: value) }

    public mutating func add(_ name: String, _ value: String?) {
        if let value { add(name, scalar: value) }
    }

    /// Any other value, as the encoder makes it.
    public mutating func add<T: Encodable>(_ name: String, _ value: T) throws {
        try add(name) { try $0.value(of: value) }
    }

    /// Any other optional value: left out when nil.
    public mutating func add<T: Encodable>(_ name: String, _ value: T?) throws {
        if let value { try add(name, value) }
    }

    /// A list, its elements' kind found once.
    public mutating func add<T: Encodable>(_ name: String, _ list: [T]) throws {
        try add(name) { .list(try $0.items(of: list)) }
    }

    /// A view that writes its own fields, its kind known from its type (no cast).
    public mutating func add<T: TemplateFields>(_ name: String, _ value: T) throws {
        try add(name) { try $0.value(of: value) }
    }

    /// An optional view that writes its own fields: left out when nil.
    public mutating func add<T: TemplateFields>(_ name: String, _ value: T?) throws {
        if let value { try add(name, value) }
    }

    /// A list of views that write their own fields.
    public mutating func add<T: TemplateFields>(_ name: String, _ list: [T]) throws {
        try add(name) { .list(try $0.items(of: list)) }
    }

    /// A list of views made only when the page's template reads `name` (see ``MadeOnRead``).
    public mutating func add<T: TemplateFields>(_ name: String, _ list: MadeOnRead<[T]>) throws {
        try add(name) { .list(try $0.items(of: list.value)) }
    }

    /// The field `name`, when a template reads it: the value `make` gives (none when nil).
    private mutating func add(_ name: String, _ make: (TemplateValueEncoder) throws -> TemplateValue?) throws {
        guard let number = order.number(of: name, next: &next, names: encoder.names),
            let value = try make(encoder)
        else { return }
        fields.append(TemplateField(name: number, value: value))
    }

    private mutating func add(_ name: String, scalar value: some TemplateScalar) {
        guard let number = order.number(of: name, next: &next, names: encoder.names) else { return }
        fields.append(TemplateField(name: number, value: value.templateValue))
    }
}
