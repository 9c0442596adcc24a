import Foundation
import HTMLPages
import InspectionModel
import MarkdownHTML
import MarkdownPages
import OpenData
import PageViews
import ParallelWork
import ReportParser
import SourceAndOutput

/// The build's steps after parsing, as pure functions of their input: ``render(_:)`` makes
/// the Markdown pages and every other file (charts, open data, texts, assets);
/// ``convert(_:_:)`` turns the pages into HTML inside the layout. `build` times each one.
public enum SiteRenderer {
    /// What the steps need: the model, the texts it was read from, the templates and assets.
    public struct Input: Sendable {
        public let corpus: Corpus
        /// The site's pages, charts and texts' pages, made from the corpus.
        public let site: Site
        public var sources: [ContentSource]
        public var templates: TemplateSet
        /// Shown in diagnostics about templates, e.g. `Templates`.
        public var templatesFolder: String
        /// The files of the templates folder's `assets/`, with paths starting `assets/`.
        public var assets: [ExportFile]
        /// Where the site is published, for canonical links and the sitemap; nil for none.
        public var baseURL: BaseURL?
        /// Which files to make and which the build took from the previous output already
        /// (with their input keys); by default, make every file.
        public var plan = BuildPlan.makeEverything
        /// Whether the steps run on every core or on one thread.
        public var parallelism = Parallelism.allCores
        /// How the inspections' JSON is written (see ``OpenDataExport/makers(map:)``); nil:
        /// each inspection's made, on every core.
        var inspectionJSON: OpenDataExport.InspectionMap?
        /// Where finished files go as soon as they are made; nil to keep them in ``Rendered``.
        var sink: (any FileSink)?

        public init(
            corpus: Corpus, sources: [ContentSource], templates: TemplateSet, templatesFolder: String,
            assets: [ExportFile] = [], baseURL: BaseURL? = nil
        ) {
            self.corpus = corpus
            site = Site(corpus: corpus)
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
            /// Where the Markdown is written: `pdus/leeds.md`.
            public var path: String
            /// Nil when the Markdown and the HTML page were both taken from the previous output.
            public var markdown: String?
            public var frame: PageFrame

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
        /// How many files other than pages the render step made (kept here or added to the sink).
        public var otherFileCount = 0

        public init(pages: [Page] = [], sourcePages: [SourcePage] = [], files: [ExportFile] = []) {
            self.pages = pages
            self.sourcePages = sourcePages
            self.files = files
        }
    }

    /// How Markdown pages become HTML: tables that scroll on their own, ratings as badges.
    static let converter = MarkdownConverter(
        scrollableTables: true, badges: Site.ratingBadges,
        abbreviations: Site.ratingAbbreviations, foldedHeadingLevel: 4,
        foldedSummary: "Show the findings")

    /// The Markdown pages (from the templates), charts, open data, plain report texts and
    /// assets that the plan says to make: each a job, run on every core; the results keep
    /// the site's order. Each file goes to the input's sink as soon as it is made.
    public static func render(_ input: Input) throws -> Rendered {
        let (site, plan, parallelism) = (input.site, input.plan, input.parallelism)
        let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let texts = site.sourcePages.compactMap { page in sources[page.text.contentPath].map { (page, $0) } }
        // The export's files first: the largest jobs start soonest.
        let searchIndex = site.searchIndex
        let jobs =
            OpenDataExport.makers(map: input.inspectionJSON ?? { $0.parallelMap(parallelism, $1) }).map(
                RenderJob.openData)
            + [RenderJob.file(SearchIndex.path) { searchIndex().script(anchor: MarkdownHeading.id(of:)) }]
            + site.pages.filter { !plan.takes($0.frame.path) }.map(RenderJob.page)
            + site.charts.filter { !plan.takes($0.path) }.map(RenderJob.chart)
            + texts.filter { !plan.takes($0.0.text.plainText) }.map(RenderJob.sourceText)
        let results = jobs.parallelMap(parallelism) { job in
            Made(job.run(templates: input.templates, corpus: input.corpus), into: input.sink, plan: plan)
        }
        var rendered = Rendered(files: input.assets)
        rendered.otherFileCount = input.assets.count
        var (pages, sourcePages): ([String: Rendered.Page], [String: Rendered.SourcePage]) = ([:], [:])
        var failures: [Diagnostic] = []
        for (job, result) in zip(jobs, results) {
            switch result {
            case .file(let kept):
                rendered.files += kept.map { [$0] } ?? []
                rendered.otherFileCount += 1
            case .page(let page): pages[page.path] = page
            case .sourcePage(let page, let kept):
                sourcePages[page.text.page] = page
                rendered.files += kept.map { [$0] } ?? []
                rendered.otherFileCount += 1
            case .skipped: break
            case .failed(let error):
                guard case .page(let page) = job else { throw error }
                failures.append(templateFailure("cannot render \(page.path): \(error)", template: page.template, input))
            }
        }
        guard failures.isEmpty else { throw Failure(diagnostics: failures.sorted()) }
        rendered.pages = site.pages.map {
            pages[$0.path] ?? Rendered.Page(path: $0.path, markdown: nil, frame: $0.frame)
        }
        rendered.sourcePages = texts.compactMap { page, source in
            plan.takes(page.text.plainText)
                ? Rendered.SourcePage(text: page.text, source: source, frame: page.frame)
                : sourcePages[page.text.page]
        }
        return rendered
    }

    /// What is left of a job once the file it made went to the sink: nothing, or the
    /// file itself when there is no sink.
    private enum Made: Sendable {
        case file(kept: ExportFile?)
        case page(Rendered.Page)
        /// A text's page, and its plain text when there is no sink.
        case sourcePage(Rendered.SourcePage, kept: ExportFile?)
        case skipped
        case failed(any Error)

        /// `outcome`, its file added to `sink` with the input key the plan gives it.
        init(_ outcome: RenderJob.Outcome, into sink: (any FileSink)?, plan: BuildPlan) {
            var kept = outcome.file
            do {
                if let sink, let file = kept {
                    try sink.add(file, inputKey: plan.inputKey(of: file.path))
                    kept = nil
                }
            } catch {
                self = .failed(error)
                return
            }
            switch outcome {
            case .file: self = .file(kept: kept)
            case .page(let page): self = .page(page)
            case .sourcePage(let page, _): self = .sourcePage(page, kept: kept)
            case .skipped: self = .skipped
            case .failed(let error): self = .failed(error)
            }
        }
    }

    /// Adds to `sink` every file of `rendered`, each Markdown page and its HTML page, each
    /// report text's page, and `sitemap.xml` when there is a base URL, except the files
    /// the plan took. Runs on every core: files go to the sink as they are made, in no
    /// particular order; only cmark-gfm's inline parsing, which uses process-wide tables,
    /// runs one page at a time (``MarkdownConverter`` locks it).
    static func convert(_ rendered: Rendered, _ input: Input, into sink: some FileSink) throws {
        let (templates, baseURL, plan, parallelism) = (input.templates, input.baseURL, input.plan, input.parallelism)
        for result in rendered.files.parallelMap(
            parallelism,
            { file in
                Result { try sink.add(file, inputKey: plan.inputKey(of: file.path)) }
            })
        { try result.get() }
        let pages = rendered.pages.parallelMap(parallelism) { page in
            Result {
                guard let markdown = page.markdown else { return }
                if !plan.takes(page.path) {
                    try sink.add(ExportFile(path: page.path, text: markdown), inputKey: plan.inputKey(of: page.path))
                }
                // Markdown made again may come out as it was: its HTML page is then taken.
                let key = plan.inputKey(of: page.frame, markdown: markdown)
                if let key, try sink.reuse(page.frame.path, inputKey: key) { return }
                let html = converter.convert(markdown)
                try sink.add(
                    ExportFile(
                        path: page.frame.path,
                        text: try HTMLDocument.render(
                            frame: page.frame, content: html.html, headings: html.headings, baseURL: baseURL,
                            templates: templates)),
                    inputKey: key)
            }
        }
        let sourcePages = rendered.sourcePages.parallelMap(parallelism) { page in
            Result {
                guard !plan.takes(page.frame.path) else { return }
                let content = SourceTextPage.content(
                    name: page.text.name, lines: page.source.lines ?? [],
                    plainTextHref: RelativePath.link(from: page.text.page, to: page.text.plainText))
                try sink.add(
                    ExportFile(
                        path: page.frame.path,
                        text: try HTMLDocument.render(
                            frame: page.frame, content: content, headings: [], baseURL: baseURL, templates: templates)),
                    inputKey: plan.inputKey(of: page.frame.path))
            }
        }
        for result in pages + sourcePages {
            do {
                try result.get()
            } catch let error as TemplateSet.MissingTemplate {
                throw Failure(diagnostics: [
                    templateFailure(
                        "cannot render the HTML pages: \(error)",
                        template: HTMLDocument.layoutTemplate, input)
                ])
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
