import Foundation
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
        /// The digest of everything but the content that shapes a page (sitegen itself, the
        /// templates, the base URL), for the input keys of files that may be taken from the
        /// previous build's output; nil to make every file afresh.
        public var pageSalt: ContentDigest?
        /// Whether the steps run on every core or on one thread.
        public var parallelism = Parallelism.allCores
        /// The digest of each text's bytes, by path, when there is a page salt.
        var textDigests: [String: ContentDigest] = [:]
        /// Where the previous build's files can be taken from (the output being staged).
        var previousOutput: StagedOutput?
        /// Where finished files go as soon as they are made; nil to keep them in ``Rendered``.
        var sink: (any FileSink)?

        public init(corpus: Corpus, sources: [ContentSource], templates: TemplateSet, templatesFolder: String,
                    assets: [ExportFile] = [], baseURL: BaseURL? = nil, pageSalt: ContentDigest? = nil) {
            self.corpus = corpus
            self.sources = sources
            self.templates = templates
            self.templatesFolder = templatesFolder
            self.assets = assets
            self.baseURL = baseURL
            self.pageSalt = pageSalt
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
            /// Where the Markdown is written: `pdus/leeds.md`.
            public var path: String
            /// Nil when the Markdown and the HTML page were both taken from the previous output.
            public var markdown: String?
            public var frame: PageFrame
            /// What the Markdown was made from (with a build cache).
            var inputKey: ContentDigest?
            /// Whether the Markdown was taken from the previous output (the HTML page was not).
            var markdownTaken = false

            public init(path: String, markdown: String?, frame: PageFrame) {
                self.path = path
                self.markdown = markdown
                self.frame = frame
            }
        }

        /// A report text's page: the text and the frame around it.
        public struct SourcePage: Sendable {
            public var text: SiteMap.SourceText
            public var source: ContentSource
            public var frame: PageFrame
        }

        public var pages: [Page] = []
        public var sourcePages: [SourcePage] = []
        /// Every other file: charts, open data, plain texts and assets.
        public var files: [ExportFile] = []
        /// The input keys of the files that have one (charts).
        var inputKeys: [String: ContentDigest] = [:]
        /// How many files other than pages the render step made (kept here or added to the sink).
        public var otherFileCount = 0

        public init(pages: [Page] = [], sourcePages: [SourcePage] = [], files: [ExportFile] = []) {
            self.pages = pages
            self.sourcePages = sourcePages
            self.files = files
        }
    }

    /// How Markdown pages become HTML: tables that scroll on their own, ratings as badges.
    static let converter = MarkdownConverter(scrollableTables: true, badges: Site.ratingBadges,
                                             abbreviations: Site.ratingAbbreviations, foldedHeadingLevel: 4,
                                             foldedSummary: "Show the findings")

    /// Every file of the site, sorted by path: ``render(_:)`` then ``convert(_:_:into:)``.
    public static func files(for input: Input) throws -> [ExportFile] {
        let collected = FileCollector()
        try convert(render(input), input, into: collected)
        return collected.files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The Markdown pages (from the templates), charts, open data, plain report texts and
    /// assets: each a job, run on every core; the results keep the jobs' order.
    public static func render(_ input: Input) throws -> Rendered {
        let site = Site(corpus: input.corpus)
        let keys = input.pageSalt.map { InputKeys(salt: $0, outline: site.outline, texts: input.textDigests) }
        let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // The export's files first: the largest jobs start soonest.
        let searchIndex = site.searchIndex
        let jobs = OpenDataExport.makers(map: { [parallelism = input.parallelism] in $0.parallelMap(parallelism, $1) }).map(RenderJob.openData)
            + [RenderJob.file(SearchIndex.path) { searchIndex().script(anchor: MarkdownHeading.id(of:)) }]
            + site.pages.map { RenderJob.page($0, keys?.key(of: $0.path, dependsOn: $0.dependsOn)) }
            + site.charts.map { RenderJob.chart($0, keys?.key(of: $0.path, dependsOn: $0.dependsOn)) }
            + site.sourcePages.compactMap { page in sources[page.text.contentPath].map { RenderJob.sourceText(page, $0) } }
        let context = RenderJob.Context(templates: input.templates, corpus: input.corpus, keys: keys,
                                        previous: input.previousOutput, sink: input.sink)
        var rendered = Rendered(files: input.assets)
        rendered.otherFileCount = input.assets.count
        var failures: [Diagnostic] = []
        func keep(_ outcome: RenderJob.Outcome?) throws {
            switch outcome {
            case .files(let files)?:
                for (file, key) in files {
                    rendered.files.append(file)
                    rendered.inputKeys[file.path] = key
                }
                rendered.otherFileCount += files.count
            case .added?: rendered.otherFileCount += 1
            case .failed(let error)?: throw error
            default: break
            }
        }
        for (job, result) in zip(jobs, jobs.parallelMap(input.parallelism) { $0.run(context) }) {
            switch result {
            case .page(let page): rendered.pages.append(page)
            case .sourcePage(let page, let plainText):
                rendered.sourcePages.append(page)
                try keep(plainText)
            case .failed(let error):
                guard case .page(let page, _) = job else { throw error }
                failures.append(templateFailure("cannot render \(page.path): \(error)", template: page.template, input))
            default: try keep(result)
            }
        }
        guard failures.isEmpty else { throw Failure(diagnostics: failures.sorted()) }
        return rendered
    }

    /// Adds to `sink` every file of `rendered`, each Markdown page and its HTML page, each
    /// report text's page, and `sitemap.xml` when there is a base URL. Runs on every core:
    /// files go to the sink as they are made, in no particular order; cmark-gfm, which is
    /// not thread-safe, converts one page at a time (``MarkdownConverter`` locks).
    static func convert(_ rendered: Rendered, _ input: Input, into sink: some FileSink) throws {
        let (templates, baseURL) = (input.templates, input.baseURL)
        for result in rendered.files.parallelMap(input.parallelism, { file in
            Result { try sink.add(file, inputKey: rendered.inputKeys[file.path]) }
        }) { try result.get() }
        let salt = input.pageSalt
        let pages = rendered.pages.parallelMap(input.parallelism) { page in
            Result {
                guard let markdown = page.markdown else { return }
                if !page.markdownTaken { try sink.add(ExportFile(path: page.path, text: markdown), inputKey: page.inputKey) }
                let key = salt.map { InputKeys.key(salt: $0, frame: page.frame, content: ContentDigest(markdown)) }
                if let key, try sink.reuse(page.frame.path, inputKey: key) { return }
                let html = converter.convert(markdown)
                try sink.add(ExportFile(path: page.frame.path, text: try HTMLDocument.render(
                    frame: page.frame, content: html.html, headings: html.headings, baseURL: baseURL, templates: templates)),
                             inputKey: key)
            }
        }
        let sourcePages = rendered.sourcePages.parallelMap(input.parallelism) { page in
            Result {
                let key = salt.map { salt in
                    InputKeys.key(salt: salt, frame: page.frame,
                                  content: input.textDigests[page.source.path] ?? ContentDigest(page.source.bytes))
                }
                if let key, try sink.reuse(page.frame.path, inputKey: key) { return }
                let content = SourceTextPage.content(name: page.text.name, lines: page.source.lines ?? [],
                                                     plainTextHref: RelativePath.link(from: page.text.page, to: page.text.plainText))
                try sink.add(ExportFile(path: page.frame.path, text: try HTMLDocument.render(
                    frame: page.frame, content: content, headings: [], baseURL: baseURL, templates: templates)),
                             inputKey: key)
            }
        }
        for result in pages + sourcePages {
            do {
                try result.get()
            } catch let error as TemplateSet.MissingTemplate {
                throw Failure(diagnostics: [templateFailure("cannot render the HTML pages: \(error)",
                                                            template: HTMLDocument.layoutTemplate, input)])
            }
        }
        if let baseURL {
            let pages = (rendered.pages.map(\.frame.path) + rendered.sourcePages.map(\.frame.path))
                .filter { $0 != SiteMap.htmlPath(of: SiteMap.notFoundPath) }
            try sink.add(ExportFile(path: Sitemap.path, text: Sitemap.document(baseURL: baseURL, pages: pages)))
        }
    }

    private static func templateFailure(_ message: String, template: String, _ input: Input) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: "\(input.templatesFolder)/\(template).mustache", line: 1))
    }
}

/// A file sink that keeps the files in memory (tests, and `SiteRenderer.files(for:)`).
final class FileCollector: FileSink {
    private let collected = Locked<[ExportFile]>([])

    func add(_ file: ExportFile, inputKey: ContentDigest?) throws {
        collected.withLock { $0.append(file) }
    }

    /// The files added, in the order they came.
    var files: [ExportFile] { collected.value }
}
