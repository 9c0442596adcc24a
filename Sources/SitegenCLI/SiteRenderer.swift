import HTMLPages
import InspectionModel
import MarkdownHTML
import MarkdownPages
import OpenData
import PageViews
import ReportParser

/// The build's steps after parsing, as pure functions of their input: ``render(_:)`` makes
/// the Markdown pages and every other file (charts, open data, texts, assets);
/// ``convert(_:_:)`` turns the pages into HTML inside the layout. `build` times each one.
public enum SiteRenderer {
    /// What the steps need: the model, the texts it was read from, the templates and assets.
    public struct Input: Sendable {
        public var corpus: Corpus
        public var sources: [ContentSource]
        public var templates: TemplateSet
        /// Shown in diagnostics about templates, e.g. `Templates`.
        public var templatesFolder: String
        /// The files of the templates folder's `assets/`, with paths starting `assets/`.
        public var assets: [ExportFile]
        /// Where the site is published, for canonical links and the sitemap; nil for none.
        public var baseURL: BaseURL?

        public init(corpus: Corpus, sources: [ContentSource], templates: TemplateSet, templatesFolder: String,
                    assets: [ExportFile] = [], baseURL: BaseURL? = nil) {
            self.corpus = corpus
            self.sources = sources
            self.templates = templates
            self.templatesFolder = templatesFolder
            self.assets = assets
            self.baseURL = baseURL
        }
    }

    /// Pages that could not be rendered; nothing is written.
    public struct Failure: Error {
        public var diagnostics: [Diagnostic]
    }

    /// What ``render(_:)`` gives: pages still to convert to HTML, and the finished files.
    public struct Rendered: Sendable {
        /// A Markdown page and the frame of its HTML page.
        public struct Page: Sendable {
            public var markdown: String
            public var frame: PageFrame
        }

        /// A report text's page: its lines and the frame around them.
        public struct SourcePage: Sendable {
            public var text: SiteMap.SourceText
            public var lines: [String]
            public var frame: PageFrame
        }

        public var pages: [Page] = []
        public var sourcePages: [SourcePage] = []
        /// The Markdown pages themselves, charts, open data, plain texts and assets.
        public var files: [ExportFile] = []

        public init(pages: [Page] = [], sourcePages: [SourcePage] = [], files: [ExportFile] = []) {
            self.pages = pages
            self.sourcePages = sourcePages
            self.files = files
        }
    }

    /// How Markdown pages become HTML: tables that scroll on their own, ratings as badges.
    static let converter = MarkdownConverter(scrollableTables: true, badges: Site.ratingBadges)

    /// Every file of the site, sorted by path: ``render(_:)`` then ``convert(_:_:)``.
    public static func files(for input: Input) throws -> [ExportFile] {
        try convert(render(input), input)
    }

    /// The Markdown pages (from the templates), charts, open data, report texts and assets.
    public static func render(_ input: Input) throws -> Rendered {
        let site = Site(corpus: input.corpus)
        var rendered = Rendered(files: OpenDataExport.files(for: input.corpus) + input.assets)
        var failures: [Diagnostic] = []
        let templates = input.templates
        for (page, markdown) in zip(site.pages, site.pages.parallelMap { page in
            Result { try templates.render(page.view, template: page.template) }
        }) {
            do {
                let markdown = try markdown.get()
                rendered.pages.append(Rendered.Page(markdown: markdown, frame: page.frame))
                rendered.files.append(ExportFile(path: page.path, text: markdown))
            } catch {
                failures.append(templateFailure("cannot render \(page.path): \(error)", template: page.template, input))
            }
        }
        guard failures.isEmpty else { throw Failure(diagnostics: failures.sorted()) }
        rendered.files += site.charts.map { ExportFile(path: $0.path, text: $0.svg) }
        let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for page in site.sourcePages {
            guard let source = sources[page.text.contentPath], let text = source.text, let lines = source.lines else { continue }
            rendered.files.append(ExportFile(path: page.text.plainText, text: text))
            rendered.sourcePages.append(Rendered.SourcePage(text: page.text, lines: lines, frame: page.frame))
        }
        return rendered
    }

    /// `rendered`'s files plus an HTML page for each of its pages, and `sitemap.xml` when
    /// there is a base URL; sorted by path. The layout runs on every core; cmark-gfm, which
    /// is not thread-safe, converts one page at a time (``MarkdownConverter`` locks).
    public static func convert(_ rendered: Rendered, _ input: Input) throws -> [ExportFile] {
        var files = rendered.files
        let (templates, baseURL) = (input.templates, input.baseURL)
        let pages = rendered.pages.parallelMap { page in
            Result {
                let html = converter.convert(page.markdown)
                return ExportFile(path: page.frame.path, text: try HTMLDocument.render(
                    frame: page.frame, content: html.html, headings: html.headings, baseURL: baseURL, templates: templates))
            }
        }
        let sourcePages = rendered.sourcePages.parallelMap { page in
            Result {
                let content = SourceTextPage.content(name: page.text.name, lines: page.lines,
                                                     plainTextHref: RelativePath.link(from: page.text.page, to: page.text.plainText))
                return ExportFile(path: page.frame.path, text: try HTMLDocument.render(
                    frame: page.frame, content: content, headings: [], baseURL: baseURL, templates: templates))
            }
        }
        do {
            files += try (pages + sourcePages).map { try $0.get() }
        } catch {
            throw Failure(diagnostics: [templateFailure("cannot render the HTML pages: \(error)",
                                                        template: HTMLDocument.layoutTemplate, input)])
        }
        if let baseURL = input.baseURL {
            let pages = (rendered.pages.map(\.frame.path) + rendered.sourcePages.map(\.frame.path))
                .filter { $0 != SiteMap.htmlPath(of: SiteMap.notFoundPath) }
            files.append(ExportFile(path: Sitemap.path, text: Sitemap.document(baseURL: baseURL, pages: pages)))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func templateFailure(_ message: String, template: String, _ input: Input) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: "\(input.templatesFolder)/\(template).mustache", line: 1))
    }
}
