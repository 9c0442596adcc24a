/// A link as a template writes it: `[{{text}}]({{href}})`.
public struct Link: Hashable, Sendable {
    public var text: String
    /// Relative to the page the link is on.
    public var href: String

    public init(text: String, href: String) {
        self.text = text
        self.href = href
    }
}

/// A value read from a report, linked to the line it was read from:
/// `[{{text}}]({{href}} "{{title}}")`, e.g. `[Good](../source/leeds-2024.txt#L96 "leeds-2024.txt line 96")`.
public struct SourcedValue: Hashable, Sendable {
    public var text: String
    /// The published source text, with the line as a `#L<n>` fragment.
    public var href: String
    /// The file and line in words, for the link's title.
    public var title: String

    public init(text: String, href: String, title: String) {
        self.text = text
        self.href = href
        self.title = title
    }
}

/// A chart image on a page: `![{{alt}}]({{src}})`.
public struct Image: Hashable, Sendable {
    public var src: String
    /// The chart's numbers in words.
    public var alt: String

    public init(src: String, alt: String) {
        self.src = src
        self.alt = alt
    }
}
