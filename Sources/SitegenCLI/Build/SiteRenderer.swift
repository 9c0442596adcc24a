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
/// the Markdown pages and their HTML pages and every other file (charts, open data, the
/// report texts' plain copies and pages); ``finish(_:_:into:)`` adds the assets and the
/// sitemap. `build` times them as one step.
public enum SiteRenderer {
    /// What the steps need: the model, the texts it was read from, the templates and assets.
    public struct Input: Sendable {
        public let corpus: Corpus
        /// The site's pages, charts and texts' pages, made from the corpus.
        public let site: Site
        /// The texts, in memory or (a build's) on disk, read again when their pages are made.
        public var sources: [any ReportText]
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
        /// How large the parts of the files made in parts are.
        public var partSizes = PartSizes.standard
        /// Where finished files go as soon as they are made; nil to keep them in ``Rendered``.
        var sink: (any FileSink)?
        /// The pages that show every report, made ahead (a rebuild's); nil to make them in the render.
        var pagesAhead: PagesAhead?

        /// The site of `corpus`, made on the cores `parallelism` says (and so are the steps),
        /// with `templates`, asked for once the site is made (so that a build may parse them
        /// meanwhile, on another core: ``BuildInputs/parsedTemplates``).
        public init(
            corpus: Corpus, sources: [any ReportText], templates: @autoclosure () -> TemplateSet,
            templatesFolder: String, assets: [ExportFile] = [], baseURL: BaseURL? = nil,
            parallelism: Parallelism = .allCores
        ) {
            self.corpus = corpus
            site = Site(corpus: corpus, parallelism: parallelism)
            self.parallelism = parallelism
            self.sources = sources
            self.templates = templates()
            self.templatesFolder = templatesFolder
            self.assets = assets
            self.baseURL = baseURL
        }
    }

    /// Pages that could not be rendered; nothing is written.
    public struct Failure: Error {
        public var diagnostics: [Diagnostic]
    }

    /// What ``render(_:)`` gives: the pages and the texts' pages (made or taken), and the
    /// files not yet in the sink.
    public struct Rendered: Sendable {
        /// A Markdown page and the frame of its HTML page (both made, or taken from the
        /// previous output, by ``render(_:)``).
        public struct Page: Sendable {
            /// Where the Markdown is written: `pdus/leeds.md`.
            public var path: String
            public var frame: PageFrame

            public init(path: String, frame: PageFrame) {
                self.path = path
                self.frame = frame
            }
        }

        /// A report text's page: the text and the frame around it.
        public struct SourcePage: Sendable {
            public var text: SiteMap.SourceText
            public var frame: PageFrame
        }

        public var pages: [Page] = []
        public var sourcePages: [SourcePage] = []
        /// The assets (and, when the input has no sink, every file made).
        public var files: [ExportFile] = []
        /// How many files other than pages and texts' files the render step made (kept here
        /// or added to the sink).
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

    /// The Markdown pages (from the templates) and their HTML pages, charts, open data,
    /// plain report texts and assets that the plan says to make: each a job, run on every
    /// core; the results keep the site's order. Each file goes to the input's sink as soon
    /// as it is made, so no page waits in memory for the next step.
    public static func render(_ input: Input) throws -> Rendered {
        let (site, plan, parallelism) = (input.site, input.plan, input.parallelism)
        let sources = Dictionary(input.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let texts = site.sourcePages.compactMap { page in sources[page.text.contentPath].map { (page, $0) } }
        let sink = input.sink ?? FileCollector()
        // Files made in parts go to the sink part by part, in order; being the largest
        // jobs, they start soonest, with the search index's chunks.
        let (files, parts) = partJobs(input, into: sink)
        var jobs = parts + searchIndexJobs(input)
        jobs += site.pages.filter { !plan.takes($0.frame.path) }.map(RenderJob.page)
        jobs += site.charts.filter { !plan.takes($0.path) }.map(RenderJob.chart)
        let textsToMake = texts.filter { page, _ in !plan.takes(page.text.plainText) || !plan.takes(page.frame.path) }
        jobs += textsToMake.map(RenderJob.sourceText)
        let results = jobs.parallelMap(parallelism) { job in
            Made(taking: job, from: sink)
                ?? Made(job.run(templates: input.templates, ahead: input.pagesAhead), input, into: sink, parts: files)
        }
        var rendered = Rendered(files: input.assets)
        rendered.otherFileCount = input.assets.count + files.count
        var (pages, sourcePages): ([String: Rendered.Page], [String: Rendered.SourcePage]) = ([:], [:])
        var failures: [Diagnostic] = []
        var layoutFailure: Diagnostic?
        for (job, result) in zip(jobs, results) {
            switch result {
            case .file: rendered.otherFileCount += 1
            case .page(let page): pages[page.path] = page
            case .sourcePage(let page): sourcePages[page.text.page] = page
            case .skipped, .part: break
            case .failed(let error as TextFile.Unreadable): failures.append(error.diagnostic)
            case .failed(let error):
                guard case .page(let page) = job else { throw error }
                failures.append(templateFailure("cannot render \(page.path): \(error)", template: page.template, input))
            case .unwritten(let error):
                guard error is TemplateSet.MissingTemplate else { throw error }
                layoutFailure = layoutFailure ?? missingLayout(error, input)
            }
        }
        guard failures.isEmpty else { throw Failure(diagnostics: failures.sorted()) }
        if let layoutFailure { throw Failure(diagnostics: [layoutFailure]) }
        if input.sink == nil, let collected = sink as? FileCollector { rendered.files += collected.files }
        rendered.pages = site.pages.map { pages[$0.path] ?? Rendered.Page(path: $0.path, frame: $0.frame) }
        let made = Set(textsToMake.map(\.0.text.page))
        rendered.sourcePages = texts.compactMap { page, _ in
            made.contains(page.text.page)
                ? sourcePages[page.text.page] : Rendered.SourcePage(text: page.text, frame: page.frame)
        }
        return rendered
    }

    /// Adds to `sink` a Markdown page (unless the plan took it) and its HTML page: the page
    /// converted by cmark-gfm inside the layout, or the old output's copy when the
    /// Markdown (UTF-8), made again, came out as it was.
    static func write(_ page: Rendered.Page, markdown: [UInt8], _ input: Input, into sink: any FileSink) throws {
        let plan = input.plan
        if !plan.takes(page.path) {
            try sink.add(ExportFile(path: page.path, contents: markdown), inputKey: plan.inputKey(of: page.path))
        }
        let key = plan.inputKey(of: page.frame, markdown: markdown)
        if let key, try sink.reuse(page.frame.path, inputKey: key) { return }
        let html = converter.convert(markdown)
        try sink.add(
            ExportFile(
                path: page.frame.path,
                contents: try HTMLDocument.render(
                    frame: page.frame, content: html.bytes, headings: html.headings, baseURL: input.baseURL,
                    templates: input.templates)),
            inputKey: key)
    }

    /// What is left of a job once what it made went to the sink.
    private enum Made: Sendable {
        case file
        /// A part of a file, which went to its ``PartedFile``.
        case part
        /// A page, written with its HTML page.
        case page(Rendered.Page)
        /// A text's plain copy and page, written.
        case sourcePage(Rendered.SourcePage)
        case skipped
        /// A page whose template could not be rendered.
        case failed(any Error)
        /// What could not be laid out or written.
        case unwritten(any Error)

        /// `outcome`, what it made added to `sink` with the input key the plan gives it (a
        /// part to its file in `parts`, a page with its HTML page).
        init(_ outcome: RenderJob.Outcome, _ input: Input, into sink: any FileSink, parts: [String: PartedFile]) {
            let plan = input.plan
            do {
                switch outcome {
                case .file(let file, let inputKey):
                    try sink.add(file, inputKey: inputKey ?? plan.inputKey(of: file.path))
                    self = .file
                case .part(let path, let number, let bytes, let digest):
                    try parts[path]?.put(number, bytes, digest: digest)
                    self = .part
                case .page(let page, let markdown):
                    try SiteRenderer.write(page, markdown: markdown, input, into: sink)
                    self = .page(page)
                case .sourceText(let page, let plainText, let lines):
                    if !plan.takes(plainText.path) {
                        try sink.add(plainText, inputKey: plan.inputKey(of: plainText.path))
                    }
                    if !plan.takes(page.frame.path) {
                        try SiteRenderer.write(page, text: plainText.contents, lines: lines, input, into: sink)
                    }
                    self = .sourcePage(page)
                case .skipped: self = .skipped
                case .failed(let error): self = .failed(error)
                }
            } catch {
                self = .unwritten(error)
            }
        }

        /// A file `job` would make with an input key of its own, taken from the previous
        /// output by `sink` instead (``FileSink/reuse(_:inputKey:)``); nil when the job is
        /// to be run.
        init?(taking job: RenderJob, from sink: any FileSink) {
            guard case .keyedFile(let path, let inputKey?, _) = job else { return nil }
            do {
                guard try sink.reuse(path, inputKey: inputKey) else { return nil }
                self = .file
            } catch {
                self = .unwritten(error)
            }
        }
    }

    /// Adds to `sink` a report text's HTML page: its numbered `lines` (byte ranges of the
    /// UTF-8 `text`) inside the layout.
    static func write(
        _ page: Rendered.SourcePage, text: [UInt8], lines: [Range<Int>], _ input: Input, into sink: any FileSink
    ) throws {
        let content = SourceTextPage.content(
            name: page.text.name, text: text, lines: lines,
            plainTextHref: RelativePath.link(from: page.text.page, to: page.text.plainText))
        try sink.add(
            ExportFile(
                path: page.frame.path,
                contents: try HTMLDocument.render(
                    frame: page.frame, content: content, headings: [], baseURL: input.baseURL,
                    templates: input.templates)),
            inputKey: input.plan.inputKey(of: page.frame.path))
    }

    /// Adds to `sink` every file of `rendered` (the assets) and `sitemap.xml` when there is a
    /// base URL. Runs on every core: files go to the sink as they are made, in no particular
    /// order.
    static func finish(_ rendered: Rendered, _ input: Input, into sink: some FileSink) throws {
        let plan = input.plan
        for result in rendered.files.parallelMap(
            input.parallelism,
            { file in
                Result { try sink.add(file, inputKey: plan.inputKey(of: file.path)) }
            })
        { try result.get() }
        if let baseURL = input.baseURL {
            let pages = (rendered.pages.map(\.frame.path) + rendered.sourcePages.map(\.frame.path))
                .filter { $0 != SiteMap.htmlPath(of: SiteMap.notFoundPath) }
            try sink.add(ExportFile(path: Sitemap.path, text: Sitemap.document(baseURL: baseURL, pages: pages)))
        }
    }

    /// The error of HTML pages that cannot be made for want of the layout template.
    private static func missingLayout(_ error: any Error, _ input: Input) -> Diagnostic {
        templateFailure("cannot render the HTML pages: \(error)", template: HTMLDocument.layoutTemplate, input)
    }

    private static func templateFailure(_ message: String, template: String, _ input: Input) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: "\(input.templatesFolder)/\(template).mustache", line: 1))
    }
}
