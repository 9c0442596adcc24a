/// A view model as the values a template can read, built once per page without
/// reflection (``TemplateValueEncoder``) and read by ``CompiledTemplate``.
///
/// It holds what swift-mustache would see in the view's ``ViewSnapshot``: a struct or class
/// is an ``object(_:)`` of its stored properties (a nil optional left out), an array a
/// ``list(_:)`` (nil elements left out), a `Bool` a ``bool(_:)``, and every other value
/// (string, number, enum with raw values) its `String(describing:)`, the text Mustache
/// writes for it, in ``text(_:)``, or a ``UTF8Text``'s bytes in ``utf8(_:)``. Those values
/// also behave alike in a section: each is pushed on the context stack and has no fields.
///
/// An object holds only the properties whose name some template of the set reads (by its
/// number in ``TemplateNames``): no lookup can reach the others.
enum TemplateValue: Sendable, Equatable {
    case text(String)
    /// Text as its UTF-8 bytes (``UTF8Text``), written as the same text in ``text(_:)`` would be.
    case utf8(ArraySlice<UInt8>)
    case bool(Bool)
    case list([TemplateValue])
    case object([TemplateField])

    /// The field numbered `name` of an object (the last written, if it was written twice); nil
    /// for any other value (Mustache's lookup on a string, number or array finds nothing either).
    func field(_ name: Int) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.last { $0.name == name }?.value
    }
}

/// One stored property of an object: its name's number in ``TemplateNames`` and its value.
struct TemplateField: Sendable, Equatable {
    var name: Int
    var value: TemplateValue
}

/// The names the templates of a set look up (each part of `region.name`), numbered when the
/// templates are compiled, so that rendering compares numbers, not strings. Made anew with
/// each ``TemplateSet``: the templates read on this build decide the numbers (and kept with
/// its compiled form, ``TemplateSet/Compiled``).
struct TemplateNames: Sendable, Codable {
    private var numbers: [String: Int] = [:]

    /// No names.
    init() {}

    /// The names numbered as in `numbers`.
    init(_ numbers: [String: Int]) { self.numbers = numbers }

    /// Each name and its number, in the order of the numbers.
    var numbered: [(name: String, number: Int)] {
        numbers.map { (name: $0.key, number: $0.value) }.sorted { $0.number < $1.number }
    }

    /// The number of `name`, given the next one if it has none yet.
    mutating func add(_ name: String) -> Int {
        if let number = numbers[name] { return number }
        numbers[name] = numbers.count
        return numbers.count - 1
    }

    /// The number of `name`; nil when no template reads it.
    func number(of name: String) -> Int? { numbers[name] }

    /// The names numbered in `kept` only, each with its number: those one template reads.
    func only(_ kept: Set<Int>) -> TemplateNames {
        var names = TemplateNames()
        names.numbers = numbers.filter { kept.contains($0.value) }
        return names
    }
}
