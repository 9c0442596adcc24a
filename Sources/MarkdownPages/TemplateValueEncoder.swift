import ParallelWork

/// Builds a ``TemplateValue`` from an `Encodable` view model: its synthesized (compiled)
/// `encode(to:)` visits every stored property, so no `Mirror` is needed.
///
/// One encoder serves one page (it is not shared between threads). What it learns of a type
/// it keeps: whether the type is a scalar, a value written as its description or a tree
/// (``Kind``, found once in the process with casts on the metatype, and shared by every page
/// through ``knownKinds``), and, for the rest of the page, the order in which `encode(to:)`
/// gives a `CodingKey` type's names (``KeyOrder``), so that each field finds its name's number
/// without hashing. `String`, `Bool`, `Int` and `Double` fields reach
/// the containers' own overloads and no cast at all.
final class TemplateValueEncoder {
    /// Why a value cannot be encoded: a nested container or super-encoder, which
    /// synthesized conformances never ask for, so ``TemplateSet`` renders with Mustache.
    struct Unsupported: Error {}

    /// What a value of a type becomes.
    enum Kind: Sendable {
        /// A ``TemplateScalar`` (the type itself): its own ``TemplateScalar/templateValue``.
        case scalar(any TemplateScalar.Type)
        /// Another number, or an enum with raw values: its `String(describing:)` (Mustache
        /// writes an enum's case, where `Encodable` would give the raw value).
        case described
        /// Whatever its `encode(to:)` writes.
        case tree
        /// A ``TemplateFields`` view: what its ``TemplateFields/writeTemplateFields(to:)`` writes.
        case fields(any TemplateFields.Type)
    }

    /// The numbers of the names the templates read; a field with another name is left out.
    let names: TemplateNames
    /// Whether a ``TemplateFields`` view writes its fields itself (else its `encode(to:)` does:
    /// the tests compare the two).
    let viewsWriteFields: Bool
    /// The kinds of the types met so far: those of ``knownKinds`` when the page began, and
    /// those found since.
    private var kinds: [ObjectIdentifier: Kind]
    private var keyOrders: [(type: ObjectIdentifier, order: KeyOrder)] = []

    /// The kind of every type any page of the process has met (a type's kind never changes):
    /// read once per page, written only when a page meets a type first.
    private static let knownKinds = Locked<[ObjectIdentifier: Kind]>([:])

    init(names: TemplateNames, viewsWriteFields: Bool = true) {
        self.names = names
        self.viewsWriteFields = viewsWriteFields
        kinds = Self.knownKinds.value
    }

    /// The value of `value`; nil for nothing (a nil optional).
    func value<T: Encodable>(of value: T) throws -> TemplateValue? {
        try self.value(of: value, kind: kind(of: value))
    }

    /// The value of `value`, a view that writes its own fields: its kind is its type's, with
    /// no cast (a type's first cast scans every conformance the process has, the failed ones too).
    func value<T: TemplateFields>(of value: T) throws -> TemplateValue? {
        try self.value(of: value, kind: .fields(T.self))
    }

    /// The values of `list`'s elements (nil ones left out), their type's kind found once.
    func items<T: Encodable>(of list: [T]) throws -> [TemplateValue] {
        guard let first = list.first else { return [] }
        return try items(of: list, kind: kind(of: first))
    }

    /// The values of `list`'s elements, views that write their own fields (no cast).
    func items<T: TemplateFields>(of list: [T]) throws -> [TemplateValue] {
        try items(of: list, kind: .fields(T.self))
    }

    /// The values of `list`'s elements, of `kind` (nil ones left out).
    private func items<T: Encodable>(of list: [T], kind: Kind) throws -> [TemplateValue] {
        var items: [TemplateValue] = []
        items.reserveCapacity(list.count)
        for element in list {
            if let value = try value(of: element, kind: kind) { items.append(value) }
        }
        return items
    }

    /// The value of `value`, a `T` of `kind`.
    private func value<T: Encodable>(of value: T, kind: Kind) throws -> TemplateValue? {
        switch kind {
        case .scalar(let type): return Self.scalar(value, as: type)
        case .described: return .text(String(describing: value))
        case .fields(let type) where viewsWriteFields: return try fields(of: value, as: type)
        case .tree, .fields:
            let encoder = TreeEncoder(self)
            try value.encode(to: encoder)
            if encoder.unsupported { throw Unsupported() }
            return encoder.value
        }
    }

    /// The object `value`, a `View`, writes (read in place: `T` is `View`, no copy, no cast).
    private func fields<T, View: TemplateFields>(of value: T, as _: View.Type) throws -> TemplateValue {
        var object = TemplateObject(encoder: self, order: keyOrder(View.self))
        try withUnsafePointer(to: value) { pointer in
            try UnsafeRawPointer(pointer).assumingMemoryBound(to: View.self).pointee.writeTemplateFields(to: &object)
        }
        return .object(object.fields)
    }

    /// The kind of `T`, found from the metatype (and, for a raw-value type, whether `value`
    /// is an enum) the first time.
    private func kind<T>(of value: T) -> Kind {
        let type = ObjectIdentifier(T.self)
        if let known = kinds[type] { return known }
        let kind: Kind
        if let type = T.self as? any TemplateScalar.Type {
            kind = .scalar(type)
        } else if let type = T.self as? any TemplateFields.Type {
            kind = .fields(type)
        } else if T.self is any BinaryInteger.Type || T.self is any BinaryFloatingPoint.Type
            || (T.self is any RawRepresentable.Type && Mirror(reflecting: value).displayStyle == .enum)
        {
            kind = .described
        } else {
            kind = .tree
        }
        kinds[type] = kind
        Self.knownKinds.withLock { $0[type] = kind }
        return kind
    }

    /// `value`, a `Scalar`, as a template sees it (a cast to the very type, no conformance
    /// to look up).
    private static func scalar<T, Scalar: TemplateScalar>(_ value: T, as _: Scalar.Type) -> TemplateValue {
        (value as! Scalar).templateValue
    }

    /// The names of `Key` (a `CodingKey` type, or a ``TemplateFields`` view's own type) met
    /// so far on this page.
    func keyOrder<Key>(_: Key.Type) -> KeyOrder {
        let type = ObjectIdentifier(Key.self)
        if let known = keyOrders.first(where: { $0.type == type }) { return known.order }
        let order = KeyOrder()
        keyOrders.append((type, order))
        return order
    }
}

/// The values the containers take by their own overloads, without a cast.
protocol TemplateScalar: SendableMetatype {
    /// What a template sees.
    var templateValue: TemplateValue { get }
}

extension String: TemplateScalar {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateScalar {
    var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateScalar {
    var templateValue: TemplateValue { .text(String(describing: self)) }
}

extension Double: TemplateScalar {
    var templateValue: TemplateValue { .text(String(describing: self)) }
}

extension UTF8Text: TemplateScalar {
    var templateValue: TemplateValue { .utf8(bytes) }
}

/// The names of one `CodingKey` type (or ``TemplateFields`` view) in the order `encode(to:)`
/// (or ``TemplateFields/writeTemplateFields(to:)``) gave them (up to ``capacity``), each with
/// its number in ``TemplateNames`` (nil if no template reads it).
///
/// Its lists, and a ``TreeEncoder``'s, are read and written without the run-time exclusivity
/// check (`@exclusivity(unchecked)`, a call per access, on every field of every page): one
/// page's encoder and its objects stay on one thread, and each access is a single read or
/// append whose value is made before it begins (a nested value has a ``TreeEncoder`` of its
/// own), so no two accesses to one list overlap.
final class KeyOrder {
    static let capacity = 64
    @exclusivity(unchecked) var names: [String] = []
    @exclusivity(unchecked) var numbers: [Int?] = []

    /// The number of `name`: found at `next`, the place the last object of the type had it
    /// after the name before, or anywhere in the order, or else in `all` (and remembered);
    /// `next` moves past it.
    func number(of name: String, next: inout Int, names all: TemplateNames) -> Int? {
        let index: Int
        if next < names.count && names[next] == name {
            index = next
        } else if let found = names.firstIndex(of: name) {
            index = found
        } else {
            let number = all.number(of: name)
            guard names.count < Self.capacity else { return number }
            names.append(name)
            numbers.append(number)
            index = names.count - 1
        }
        next = index + 1
        return numbers[index]
    }
}

/// The `Encoder` of one value: collects what `encode(to:)` writes into a keyed (object),
/// unkeyed (list) or single-value container.
private final class TreeEncoder: Encoder {
    let values: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var fields: [TemplateField]?
    @exclusivity(unchecked) var items: [TemplateValue]?
    @exclusivity(unchecked) var single: TemplateValue?
    /// Set when `encode(to:)` asked for something this encoder does not build.
    var unsupported = false

    init(_ values: TemplateValueEncoder) { self.values = values }

    var value: TemplateValue? {
        if let fields { return .object(fields) }
        if let items { return .list(items) }
        return single
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let order = values.keyOrder(Key.self)
        if fields == nil {
            // Room for as many fields as the type's last object had names (no regrowing).
            fields = []
            fields!.reserveCapacity(order.names.count)
        }
        return KeyedEncodingContainer(ObjectContainer<Key>(encoder: self, order: order))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if items == nil { items = [] }
        return ListContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    /// An encoder whose output is dropped, after marking this one unsupported.
    func unsupportedEncoder() -> TreeEncoder {
        unsupported = true
        return TreeEncoder(values)
    }
}

/// An object's fields; a nil value (a nil optional) leaves the field out, and so does a name
/// no template reads.
private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    let order: KeyOrder
    /// Where in ``order`` the next name is expected.
    var next = 0
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: String, forKey key: Key) { add(value, forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) { add(value, forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) { add(value, forKey: key) }
    mutating func encode(_ value: Double, forKey key: Key) { add(value, forKey: key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        guard let name = number(of: key), let value = try encoder.values.value(of: value) else { return }
        encoder.fields!.append(TemplateField(name: name, value: value))
    }

    /// Adds the field if a template reads its name.
    private mutating func add(_ value: some TemplateScalar, forKey key: Key) {
        guard let name = number(of: key) else { return }
        encoder.fields!.append(TemplateField(name: name, value: value.templateValue))
    }

    /// The number of `key`'s name (``KeyOrder/number(of:next:names:)``).
    private mutating func number(of key: Key) -> Int? {
        order.number(of: key.stringValue, next: &next, names: encoder.values.names)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupportedEncoder().container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.unsupportedEncoder().unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.unsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.unsupportedEncoder() }
}

/// A list's elements; a nil element is left out.
private struct ListContainer: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.items!.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: String) { encoder.items!.append(value.templateValue) }
    mutating func encode(_ value: Bool) { encoder.items!.append(value.templateValue) }
    mutating func encode(_ value: Int) { encoder.items!.append(value.templateValue) }
    mutating func encode(_ value: Double) { encoder.items!.append(value.templateValue) }
    mutating func encode(_ value: some Encodable) throws {
        if let value = try encoder.values.value(of: value) { encoder.items!.append(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupportedEncoder().container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.unsupportedEncoder().unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.unsupportedEncoder() }
}

/// A value written as one (a raw-value type's raw value, a wrapper's wrapped value).
private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.single = nil }
    mutating func encode(_ value: String) { encoder.single = value.templateValue }
    mutating func encode(_ value: Bool) { encoder.single = value.templateValue }
    mutating func encode(_ value: Int) { encoder.single = value.templateValue }
    mutating func encode(_ value: Double) { encoder.single = value.templateValue }
    mutating func encode(_ value: some Encodable) throws { encoder.single = try encoder.values.value(of: value) }
}
