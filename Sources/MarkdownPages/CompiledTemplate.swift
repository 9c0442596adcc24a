import Mustache

/// A template's tokens as swift-mustache parsed them, in a form rendered over a
/// ``TemplateValue`` without dynamic casts (see ``TemplateRenderer``).
///
/// The tokens are swift-mustache's own, read once from a parsed `MustacheTemplate` (they
/// are internal to the library; `Mirror` reads them, at load time only), so the text, the
/// standalone lines it removed and the partials' indentation are exactly its parser's. A
/// template using a feature not rendered here (blocks and parents, dynamic partials) has no
/// compiled form: ``init(_:)`` fails and ``TemplateSet`` renders it with Mustache.
struct CompiledTemplate: Sendable {
    /// One token of a template.
    enum Token: Sendable {
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{& name}}`.
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
        case section(Name, CompiledTemplate, inverted: Bool)
        /// `{{> name}}`, with the indentation of a standalone tag.
        case partial(String, indentation: [UInt8]?)
        /// `{{% CONTENT_TYPE: … }}`: how the rest of the template escapes `{{name}}`.
        case contentType(Escaping)
    }

    /// A looked-up name: `a.b.c`, `.`, `.a` (the top of the stack only), `transform(name)`.
    struct Name: Sendable {
        /// Whether the first part is looked up in the top of the context stack only (a name
        /// starting with `.`), rather than in each level from the top down.
        var anchored: Bool
        /// The parts between dots, by their numbers in the set's ``TemplateNames``; none for
        /// `.` (the top of the stack).
        var path: [Int]
        /// The transforms, outermost first: `first(items)` has `["first"]`.
        var transforms: [String]
        /// Whether the name is empty with transforms: `first()` reads the position in the
        /// sequence being rendered.
        var readsPosition: Bool

        init(_ name: String, transforms: [String], names: inout TemplateNames) {
            self.transforms = transforms
            readsPosition = name.isEmpty && !transforms.isEmpty
            anchored = name == "." || name.first == "."
            path = name == "." ? [] : name.split(separator: ".").map { names.add(String($0)) }
        }
    }

    let tokens: [Token]

    /// The compiled form of `template`, the names it reads numbered in `names`; nil when it
    /// uses a feature not rendered here, or when swift-mustache's tokens are not what this
    /// version reads.
    init?(_ template: MustacheTemplate, names: inout TemplateNames) {
        guard let tokens = Self.field("tokens", of: template) as? [Any] else { return nil }
        var compiled: [Token] = []
        compiled.reserveCapacity(tokens.count)
        for token in tokens {
            guard let token = Self.token(token, names: &names) else { return nil }
            compiled.append(token)
        }
        self.tokens = compiled
    }

    /// The escaping of `{{name}}` in a template with no content-type pragma, and in a
    /// partial until its own pragma: Mustache's `HTML`.
    static let defaultEscaping: Escaping? = {
        var names = TemplateNames()
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}"),
            let compiled = CompiledTemplate(template, names: &names), compiled.tokens.count == 1,
            case .contentType(let escaping) = compiled.tokens[0]
        else { return nil }
        return escaping
    }()

    /// One of swift-mustache's tokens (an enum case with its associated values) compiled.
    private static func token(_ token: Any, names: inout TemplateNames) -> Token? {
        guard let payload = Mirror(reflecting: token).children.first, let kind = payload.label else { return nil }
        let values = Mirror(reflecting: payload.value).children.map(\.value)
        switch (kind, values.count) {
        case ("text", _):
            return (payload.value as? String).map { .text(Array($0.utf8)) }
        case ("variable", 2), ("unescapedVariable", 2):
            guard let name = values[0] as? String, let transforms = values[1] as? [String] else { return nil }
            return .variable(Name(name, transforms: transforms, names: &names), escaped: kind == "variable")
        case ("section", 3), ("invertedSection", 3):
            guard let name = values[0] as? String, let transforms = values[1] as? [String],
                let template = values[2] as? MustacheTemplate, let body = CompiledTemplate(template, names: &names)
            else { return nil }
            return .section(
                Name(name, transforms: transforms, names: &names), body, inverted: kind == "invertedSection")
        case ("partial", 3):
            // A partial with `inherits` is a parent (`{{< name}}`): not rendered here.
            guard let name = values[0] as? String, let indentation = values[1] as? String?,
                Mirror(reflecting: values[2]).children.isEmpty
            else { return nil }
            return .partial(name, indentation: indentation.map { Array($0.utf8) })
        case ("contentType", _):
            return (payload.value as? any MustacheContentType).map { .contentType(Escaping($0)) }
        default:
            return nil
        }
    }

    /// The stored property `name` of `value`.
    private static func field(_ name: String, of value: Any) -> Any? {
        Mirror(reflecting: value).children.first { $0.label == name }?.value
    }
}
