import MarkdownHTML
import MarkdownPages
import PageViews

/// Whole HTML pages: content inside the site's layout template.
public enum HTMLDocument {
    /// The layout template's name: `Templates/layout.html.mustache`.
    public static let layoutTemplate = "layout.html"

    /// The page framed by `frame` with the HTML `content` (cmark-gfm's output, or sitegen's
    /// own escaped HTML) and its `headings`, rendered with ``layoutTemplate`` of `templates`.
    ///
    /// - Throws: `TemplateSet.MissingTemplate` when there is no layout template.
    public static func render(
        frame: PageFrame, content: String, headings: [MarkdownHeading],
        baseURL: BaseURL?, templates: TemplateSet
    ) throws -> String {
        let view = LayoutView(
            frame: frame, content: content, headings: headings, baseURL: baseURL,
            isNotFoundPage: frame.path == SiteMap.htmlPath(of: SiteMap.notFoundPath))
        return try templates.render(view, template: layoutTemplate)
    }
}
