import MarkdownHTML

/// `sitemap.xml` (sitemaps.org 0.9): the absolute URL of every page, for a site with a
/// base URL. No dates: the same input gives the same file.
public enum Sitemap {
    /// The sitemap's path in the site.
    public static let path = "sitemap.xml"

    /// The document listing `pages` (site paths such as `pdus/leeds.html`), in the order given.
    public static func document(baseURL: BaseURL, pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(HTMLEscaping.escaped(baseURL.url(of: page)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
