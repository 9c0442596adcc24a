import MarkdownPages
import PageViews
import ReportParser
import SourceAndOutput

/// One piece of ``SiteRenderer/render(_:)``'s work, independent of the others: it makes
/// a file, or a page still to convert, and knows nothing of where they go or of caches.
enum RenderJob: Sendable {
    /// Part `number` of a file made in parts (the open data): its bytes,
    /// and their digest when it is known (a part read back from the old output).
    case part(path: String, number: Int, @Sendable () -> (bytes: PartBytes, digest: ContentDigest?))
    /// A Markdown page, from its template.
    case page(Site.Page)
    case chart(Site.Chart)
    /// A file with an input key of its own, when there is a cache (a chunk of the search
    /// index): the render takes the old output's copy instead when the previous build made
    /// it from the same key (``FileSink/reuse(_:inputKey:)``). Without a key (the list of
    /// the chunks), a file made from its own bytes.
    case keyedFile(path: String, inputKey: ContentDigest?, make: @Sendable () -> [UInt8])
    /// A report text's plain copy, and its page.
    case sourceText(Site.SourcePage, any ReportText)

    /// What a job made.
    enum Outcome: Sendable {
        /// A file, with the input key its job gave it (nil: the plan's).
        case file(ExportFile, inputKey: ContentDigest? = nil)
        /// Part `number` of the file at `path`, and its digest if known.
        case part(path: String, number: Int, PartBytes, digest: ContentDigest?)
        /// A page and its Markdown (UTF-8).
        case page(SiteRenderer.Rendered.Page, markdown: [UInt8])
        /// A text's plain copy, and the byte ranges in it of the lines its page shows.
        case sourceText(SiteRenderer.Rendered.SourcePage, plainText: ExportFile, lines: [Range<Int>])
        /// Nothing: a text that could not be decoded (its diagnostics say why).
        case skipped
        case failed(any Error)
    }

    /// Makes the job's file, part or page (a page from the `templates`, or taken from
    /// `ahead` where it makes it).
    func run(templates: TemplateSet, ahead: PagesAhead? = nil) -> Outcome {
        switch self {
        case .part(let path, let number, let make):
            let (bytes, digest) = make()
            return .part(path: path, number: number, bytes, digest: digest)
        case .page(let page):
            do {
                return .page(
                    SiteRenderer.Rendered.Page(path: page.path, frame: page.frame),
                    markdown: try ahead?.markdown(of: page, templates: templates)
                        ?? templates.renderBytes(page.view, template: page.template))
            } catch {
                return .failed(error)
            }
        case .chart(let chart):
            return .file(ExportFile(path: chart.path, contents: chart.svgBytes))
        case .keyedFile(let path, let inputKey, let make):
            return .file(ExportFile(path: path, contents: make()), inputKey: inputKey)
        case .sourceText(let page, let source):
            // The plain text is the bytes decoded: the same bytes, the same file. The text is
            // read and decoded once, for both files (most often kept as read: see `textBytes`).
            let text: [UInt8]?
            do { text = try source.source().textBytes } catch { return .failed(error) }
            guard let text else { return .skipped }
            let plainText = ExportFile(path: page.text.plainText, contents: text)
            return .sourceText(
                SiteRenderer.Rendered.SourcePage(text: page.text, frame: page.frame),
                plainText: plainText, lines: ContentSource.lineRanges(of: plainText.contents))
        }
    }
}
