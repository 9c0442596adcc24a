/// A view model turned, once, into the plain values Mustache reads fastest, for the pages
/// swift-mustache renders (see ``TemplateSet/render(_:template:)``; an `Encodable` view
/// becomes a ``TemplateValue`` instead, which holds the same values): every struct
/// or class becomes a `[String: Any]` of its stored properties (nil optionals left out),
/// every array an array of snapshots; strings, numbers, booleans and enums stay as they are
/// (a ``UTF8Text`` becomes its `String`, a ``MadeOnRead`` the snapshot of its value).
///
/// Mustache would otherwise reflect (`Mirror`) on a value for every name it looks up, at
/// every level of its context stack; a snapshot reflects on each value once. What a
/// template sees is the same: the same names, a nil optional still absent (and so looked
/// up in the enclosing sections), sequences still sequences.
enum ViewSnapshot {
    /// The snapshot of `value`; nil for a nil optional.
    static func make(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Bool, is Double, is Substring:
            return value
        case let text as UTF8Text:
            return text.description
        case let array as [Any]:
            return array.compactMap(make)
        case let lazy as any MadeOnReadValue:
            return make(lazy.anyValue)
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { make($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                if let label = child.label, let snapshot = make(child.value) { fields[label] = snapshot }
            }
            return fields
        case .collection, .set:
            return mirror.children.compactMap { make($0.value) }
        default:
            return value
        }
    }
}
