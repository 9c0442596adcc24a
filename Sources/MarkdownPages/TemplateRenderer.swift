/// Renders a ``CompiledTemplate`` over a ``TemplateValue`` with swift-mustache's rules, so
/// that the bytes are the ones `MustacheLibrary.render` gives for the same view (its
/// `MustacheTemplate.render(context:)`, followed step by step):
///
/// - A name is looked up from the top of the context stack down (the first part; the rest
///   inside what it found), or in the top only when it starts with `.`; `.` is the top.
/// - A section over a non-empty list renders once per element, pushed, with its position
///   (`first()`, `last()`, `index()`, `even()`, `odd()`); over `true` once, nothing pushed;
///   over any other value once, pushed; over a missing value, `false` or an empty list not
///   at all. An inverted section renders exactly when a section would not (an empty list is
///   pushed).
/// - `{{name}}` writes the value's text escaped by the current content type; `{{{name}}}`
///   unescaped; a missing value writes nothing.
/// - A partial renders with the same stack, no sequence position, `HTML` escaping until its
///   own pragma, and the tag's indentation added to the enclosing one; indentation goes
///   before every non-empty token output that starts a line of that template's output.
///
/// What Mustache would do differently for a value it does not know here (a transform on a
/// value, a list or object written as text, a partial with no compiled form) throws
/// ``Unsupported``: ``TemplateSet`` then renders the page with Mustache.
struct TemplateRenderer {
    /// Why the page needs Mustache.
    struct Unsupported: Error {}

    /// Where a section over a list is: Mustache's sequence context.
    struct Position {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// What Mustache's context holds besides the stack.
    struct Context {
        var position: Position?
        var indentation: [UInt8]?
        var escaping: Escaping
    }

    /// The compiled templates by name; nil for one that has no compiled form.
    let templates: [String: CompiledTemplate?]
    /// `HTML`: the escaping a partial starts with.
    let partialEscaping: Escaping
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]

    /// A renderer whose output starts with room for `capacity` bytes (a size hint only).
    init(templates: [String: CompiledTemplate?], partialEscaping: Escaping, view: TemplateValue, capacity: Int = 0) {
        self.templates = templates
        self.partialEscaping = partialEscaping
        stack = [view]
        output.reserveCapacity(capacity)
    }

    /// Renders `template` with Mustache's starting context (HTML escaping, no position).
    mutating func render(_ template: CompiledTemplate) throws(Unsupported) {
        try render(template, Context(position: nil, indentation: nil, escaping: partialEscaping))
    }

    private mutating func render(_ template: CompiledTemplate, _ context: Context) throws(Unsupported) {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for token in template.tokens { try render(token, of: template, &context) }
            return
        }
        let start = output.count
        for token in template.tokens {
            let before = output.count
            // Mustache's `string.last == "\n"`: a `\r\n` is one Character, not "\n".
            let atLineStart =
                before > start && output[before - 1] == 0x0A && !(before - 1 > start && output[before - 2] == 0x0D)
            try render(token, of: template, &context)
            if atLineStart && output.count > before { output.insert(contentsOf: indentation, at: before) }
        }
    }

    private mutating func render(
        _ token: CompiledTemplate.Token, of template: CompiledTemplate, _ context: inout Context
    ) throws(Unsupported) {
        switch token {
        case .text(let range):
            template.text.withUnsafeBufferPointer {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range]))
            }
        case .variable(let name, let escaped):
            let text: String
            switch try lookup(template.names[name], context) {
            case nil: return
            case .text(let value): text = value
            case .utf8(let bytes) where !escaped: return output.append(contentsOf: bytes)
            case .utf8(let bytes): text = String(decoding: bytes, as: UTF8.self)
            case .bool(let value): text = value ? "true" : "false"
            case .list, .object: throw Unsupported()
            }
            if escaped { context.escaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .section(let name, let body, let inverted):
            let value = try lookup(template.names[name], context)
            let body = template.bodies[body]
            if inverted { try renderInverted(value, body, context) } else { try renderSection(value, body, context) }
        case .partial(let index):
            let tag = template.partials[index]
            guard let partial = templates[tag.name] else { return }
            guard let partial else { throw Unsupported() }
            let nested = tag.indentation.map { (context.indentation ?? []) + $0 } ?? context.indentation
            try render(partial, Context(position: nil, indentation: nested, escaping: partialEscaping))
        case .contentType(let escaping):
            context.escaping = template.escapings[escaping]
        }
    }

    private mutating func renderSection(
        _ value: TemplateValue?, _ body: CompiledTemplate, _ context: Context
    ) throws(Unsupported) {
        switch value {
        case nil, .bool(false): return
        case .bool(true): try render(body, context)
        case .list(let items):
            for (index, item) in items.enumerated() {
                let position = Position(first: index == 0, last: index == items.count - 1, index: index)
                try render(body, pushing: item, context, position: position)
            }
        case .some(let value): try render(body, pushing: value, context, position: nil)
        }
    }

    private mutating func renderInverted(
        _ value: TemplateValue?, _ body: CompiledTemplate, _ context: Context
    ) throws(Unsupported) {
        switch value {
        case nil, .bool(false): try render(body, context)
        case .list(let items) where items.isEmpty: try render(body, pushing: .list([]), context, position: nil)
        default: return
        }
    }

    private mutating func render(
        _ body: CompiledTemplate, pushing value: TemplateValue, _ context: Context, position: Position?
    ) throws(Unsupported) {
        var context = context
        context.position = position
        stack.append(value)
        defer { stack.removeLast() }
        try render(body, context)
    }

    /// Mustache's `getChild(named:transforms:context:)`.
    private func lookup(_ name: CompiledTemplate.Name, _ context: Context) throws(Unsupported) -> TemplateValue? {
        if name.readsPosition {
            guard let position = context.position else { return nil }
            guard name.transforms.count == 1 else { throw Unsupported() }
            switch name.transforms[0] {
            case "first": return .bool(position.first)
            case "last": return .bool(position.last)
            case "index": return .text(String(position.index))
            case "even": return .bool(position.index & 1 == 0)
            case "odd": return .bool(position.index & 1 == 1)
            default: return nil
            }
        }
        let value: TemplateValue?
        if let first = name.path.first, !name.anchored {
            value = stack.reversed().lazy.compactMap { $0.field(first) }.first.flatMap {
                descend($0, name.path.dropFirst())
            }
        } else {
            value = descend(stack[stack.count - 1], name.path[...])
        }
        if value != nil && !name.transforms.isEmpty { throw Unsupported() }
        return value
    }

    private func descend(_ value: TemplateValue, _ path: ArraySlice<Int>) -> TemplateValue? {
        var value = value
        for part in path {
            guard let child = value.field(part) else { return nil }
            value = child
        }
        return value
    }
}
