import MarkdownPages

/// A link as a template writes it: `[{{text}}]({{href}})`.
public struct Link: Hashable, Sendable, Encodable {
    public var text: String
    /// Relative to the page the link is on.
    public var href: String

    public init(text: String, href: String) {
        self.text = text
        self.href = href
    }
}

/// A value read from a report, linked to the line it was read from:
/// `[{{text}}]({{href}} "{{title}}")`, e.g. `[Good](../source/leeds-2024.html#L96 "leeds-2024.txt line 96")`.
/// A value sitegen computed, corrected or inferred also has a `mark`: a Markdown footnote
/// reference (`[^computed-1a2b3c4d]`) to the page's note that explains it, written
/// unescaped after the link (`{{{mark}}}`); empty for a value read as printed. Templates
/// write both with `{{>partials/source-link}}` inside the value's section.
public struct SourcedValue: Hashable, Sendable, Encodable {
    public var text: String
    /// The published source text, with the line as a `#L<n>` fragment.
    public var href: String
    /// The file and line in words, for the link's title (and how the value was come by).
    public var title: String
    /// The footnote reference of a marked value, else empty.
    public var mark: String

    public init(text: String, href: String, title: String, mark: String = "") {
        self.text = text
        self.href = href
        self.title = title
        self.mark = mark
    }
}

/// A chart image on a page: `![{{alt}}]({{src}})`.
public struct Image: Hashable, Sendable, Encodable {
    public var src: String
    /// The chart's numbers in words.
    public var alt: String

    public init(src: String, alt: String) {
        self.src = src
        self.alt = alt
    }
}

extension Link: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("text", text)
        object.add("href", href)
    }
}

extension SourcedValue: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("text", text)
        object.add("href", href)
        object.add("title", title)
        object.add("mark", mark)
    }
}

extension Image: TemplateFields {
    public func writeTemplateFields(to object: inout TemplateObject) throws {
        object.add("src", src)
        object.add("alt", alt)
    }
}
