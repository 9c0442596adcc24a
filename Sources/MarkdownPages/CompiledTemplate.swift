import Mustache

/// A template's tokens as swift-mustache parsed them, in a form rendered over a
/// ``TemplateValue`` without dynamic casts (see ``TemplateRenderer``).
///
/// The tokens are swift-mustache's own, read once from a parsed `MustacheTemplate` (they
/// are internal to the library; `Mirror` reads them, at load time only), so the text, the
/// standalone lines it removed and the partials' indentation are exactly its parser's. A
/// template using a feature not rendered here (blocks and parents, dynamic partials) has no
/// compiled form: ``init(_:names:)`` fails and ``TemplateSet`` renders it with Mustache.
///
/// A token holds numbers only (places in the template's tables), so that rendering, on every
/// core at once, copies tokens without touching a reference count; and a template is a class,
/// passed and kept by one reference. `Codable`, as a set's compiled form is kept
/// (``TemplateSet/Compiled``).
final class CompiledTemplate: Sendable, Codable {
    /// One token of a template.
    enum Token: Sendable, Codable {
        /// These bytes of ``text``.
        case text(Range<Int>)
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{& name}}`: the name at this place of ``names``.
        case variable(Int, escaped: Bool)
        /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`: the places of its name in ``names``
        /// and of its body in ``bodies``.
        case section(Int, body: Int, inverted: Bool)
        /// `{{> name}}`: the place of the partial in ``partials``.
        case partial(Int)
        /// `{{% CONTENT_TYPE: … }}`, how the rest of the template escapes `{{name}}`: the place
        /// in ``escapings``.
        case contentType(Int)
    }

    /// A looked-up name: `a.b.c`, `.`, `.a` (the top of the stack only), `transform(name)`.
    struct Name: Sendable, Codable {
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

    /// `{{> name}}`, with the indentation of a standalone tag.
    struct Partial: Sendable, Codable {
        var name: String
        var indentation: [UInt8]?
    }

    let tokens: [Token]
    /// The text of every text token, one after the other.
    let text: [UInt8]
    let names: [Name]
    let bodies: [CompiledTemplate]
    let partials: [Partial]
    let escapings: [Escaping]

    /// The compiled form of `template`, the names it reads numbered in `names`; nil when it
    /// uses a feature not rendered here, or when swift-mustache's tokens are not what this
    /// version reads.
    init?(_ template: MustacheTemplate, names: inout TemplateNames) {
        guard let tokens = Self.field("tokens", of: template) as? [Any] else { return nil }
        var tables = Tables()
        for token in tokens {
            guard tables.add(token, names: &names) else { return nil }
        }
        self.tokens = tables.tokens
        text = tables.text
        self.names = tables.names
        bodies = tables.bodies
        partials = tables.partials
        escapings = tables.escapings
    }

    /// A template of these tables (read back from its compact form).
    init(
        tokens: [Token], text: [UInt8], names: [Name], bodies: [CompiledTemplate], partials: [Partial],
        escapings: [Escaping]
    ) {
        self.tokens = tokens
        self.text = text
        self.names = names
        self.bodies = bodies
        self.partials = partials
        self.escapings = escapings
    }

    /// Adds the numbers of the names this template reads, its sections' bodies' too, to
    /// `numbers`, and the names of the partials it includes to `partials`.
    func reads(into numbers: inout Set<Int>, partials: inout Set<String>) {
        for name in names { numbers.formUnion(name.path) }
        for partial in self.partials { partials.insert(partial.name) }
        for body in bodies { body.reads(into: &numbers, partials: &partials) }
    }

    /// The escaping of `{{name}}` in a template with no content-type pragma, and in a
    /// partial until its own pragma: Mustache's `HTML`.
    static let defaultEscaping: Escaping? = {
        var names = TemplateNames()
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}"),
            let compiled = CompiledTemplate(template, names: &names), compiled.tokens.count == 1,
            case .contentType(let escaping) = compiled.tokens[0]
        else { return nil }
        return compiled.escapings[escaping]
    }()

    /// A template's tokens and tables as they are compiled.
    private struct Tables {
        var tokens: [Token] = []
        var text: [UInt8] = []
        var names: [Name] = []
        var bodies: [CompiledTemplate] = []
        var partials: [Partial] = []
        var escapings: [Escaping] = []

        /// Adds one of swift-mustache's tokens (an enum case with its associated values),
        /// compiled; false if it has no compiled form.
        mutating func add(_ token: Any, names numbers: inout TemplateNames) -> Bool {
            guard let payload = Mirror(reflecting: token).children.first, let kind = payload.label else { return false }
            let values = Mirror(reflecting: payload.value).children.map(\.value)
            switch (kind, values.count) {
            case ("text", _):
                guard let string = payload.value as? String else { return false }
                text += string.utf8
                tokens.append(.text((text.count - string.utf8.count)..<text.count))
            case ("variable", 2), ("unescapedVariable", 2):
                guard let name = values[0] as? String, let transforms = values[1] as? [String] else { return false }
                names.append(Name(name, transforms: transforms, names: &numbers))
                tokens.append(.variable(names.count - 1, escaped: kind == "variable"))
            case ("section", 3), ("invertedSection", 3):
                guard let name = values[0] as? String, let transforms = values[1] as? [String],
                    let template = values[2] as? MustacheTemplate,
                    let body = CompiledTemplate(template, names: &numbers)
                else { return false }
                names.append(Name(name, transforms: transforms, names: &numbers))
                bodies.append(body)
                tokens.append(.section(names.count - 1, body: bodies.count - 1, inverted: kind == "invertedSection"))
            case ("partial", 3):
                // A partial with `inherits` is a parent (`{{< name}}`): not rendered here.
                guard let name = values[0] as? String, let indentation = values[1] as? String?,
                    Mirror(reflecting: values[2]).children.isEmpty
                else { return false }
                partials.append(Partial(name: name, indentation: indentation.map { Array($0.utf8) }))
                tokens.append(.partial(partials.count - 1))
            case ("contentType", _):
                guard let contentType = payload.value as? any MustacheContentType else { return false }
                escapings.append(Escaping(contentType))
                tokens.append(.contentType(escapings.count - 1))
            default:
                return false
            }
            return true
        }
    }

    /// The stored property `name` of `value`.
    private static func field(_ name: String, of value: Any) -> Any? {
        Mirror(reflecting: value).children.first { $0.label == name }?.value
    }
}
