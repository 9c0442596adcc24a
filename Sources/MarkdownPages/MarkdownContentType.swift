import Mustache

/// The Mustache content type `MARKDOWN`: `{{name}}` inserts a value escaped with
/// ``MarkdownEscaping/inline(_:)``, so text from reports shows verbatim and never changes a
/// page's structure. `{{{name}}}` and `{{& name}}` insert a value unescaped: use them only
/// for text the view model already made Markdown.
///
/// ``TemplateSet`` registers it and makes it the content type of every template and partial
/// (template authors write nothing). A template may still switch with its own pragma, e.g.
/// `{{% CONTENT_TYPE: HTML }}`, until its end.
public struct MarkdownContentType: MustacheContentType {
    /// The name the type is registered under: `MARKDOWN`.
    public static let name = "MARKDOWN"

    /// The pragma ``TemplateSet`` puts before each template's text: a standalone tag line, so
    /// it renders nothing, and it shifts the template's lines down by one.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    /// The content type (stateless; register it with ``register()``).
    public init() {}

    /// `text` escaped with ``MarkdownEscaping/inline(_:)``.
    public func escapeText(_ text: String) -> String {
        MarkdownEscaping.inline(text)
    }

    /// Registers the type under ``name`` in Mustache's global (locked) registry. Idempotent
    /// and thread-safe: the registration runs once per process. ``TemplateSet`` calls it.
    public static func register() {
        _ = registration
    }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)
}
