import MarkdownHTML
import MarkdownPages
import PageViews

/// Whole HTML pages: content inside the site's layout template.
public enum HTMLDocument {
    /// The layout template's name: `Templates/layout.html.mustache`.
    public static let layoutTemplate = "layout.html"

    /// The page framed by `frame` with the HTML `content` (UTF-8: cmark-gfm's output, or
    /// sitegen's own escaped HTML) and its `headings`, rendered with ``layoutTemplate`` of
    /// `templates`, as UTF-8. The content goes into the page as bytes, never a `String`.
    ///
    /// - Throws: `TemplateSet.MissingTemplate` when there is no layout template.
    public static func render(
        frame: PageFrame, content: [UInt8], headings: [MarkdownHeading],
        baseURL: BaseURL?, templates: TemplateSet
    ) throws -> [UInt8] {
        let view = LayoutView(
            frame: frame, content: content, headings: headings, baseURL: baseURL,
            isNotFoundPage: frame.path == SiteMap.htmlPath(of: SiteMap.notFoundPath))
        return try templates.renderBytes(view, template: layoutTemplate)
    }

    /// ``render(frame:content:headings:baseURL:templates:)`` of the HTML `content`, as a `String`.
    public static func render(
        frame: PageFrame, content: String, headings: [MarkdownHeading],
        baseURL: BaseURL?, templates: TemplateSet
    ) throws -> String {
        String(
            decoding: try render(
                frame: frame, content: Array(content.utf8), headings: headings, baseURL: baseURL, templates: templates),
            as: UTF8.self)
    }
}
