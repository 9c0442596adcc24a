import InspectionModel
import MarkdownPages
import PageViews
import ReportParser
import SourceAndOutput

/// One piece of ``SiteRenderer/render(_:)``'s work, independent of the others: it makes
/// a file, or a page still to convert, and knows nothing of where they go or of caches.
enum RenderJob: Sendable {
    /// One file of the open-data export.
    case openData(@Sendable (Corpus) -> ExportFile)
    /// A file made from the site as a whole (the search index).
    case file(String, @Sendable () -> String)
    /// A Markdown page, from its template.
    case page(Site.Page)
    case chart(Site.Chart)
    /// A report text's plain copy, and its page.
    case sourceText(Site.SourcePage, ContentSource)

    /// What a job made.
    enum Outcome: Sendable {
        case file(ExportFile)
        case page(SiteRenderer.Rendered.Page)
        /// A text's page, and its plain text.
        case sourcePage(SiteRenderer.Rendered.SourcePage, plainText: ExportFile)
        /// Nothing: a text that could not be decoded (its diagnostics say why).
        case skipped
        case failed(any Error)

        /// The file made, if any.
        var file: ExportFile? {
            switch self {
            case .file(let file), .sourcePage(_, let file): file
            default: nil
            }
        }
    }

    /// Makes the job's file or page from the `corpus` and the `templates`.
    func run(templates: TemplateSet, corpus: Corpus) -> Outcome {
        switch self {
        case .openData(let make):
            return .file(make(corpus))
        case .file(let path, let make):
            return .file(ExportFile(path: path, text: make()))
        case .page(let page):
            do {
                return .page(
                    SiteRenderer.Rendered.Page(
                        path: page.path, markdown: try templates.render(page.view, template: page.template),
                        frame: page.frame))
            } catch {
                return .failed(error)
            }
        case .chart(let chart):
            return .file(ExportFile(path: chart.path, text: chart.svg))
        case .sourceText(let page, let source):
            // The plain text is the bytes decoded: the same bytes, the same file.
            guard let text = source.text else { return .skipped }
            return .sourcePage(
                SiteRenderer.Rendered.SourcePage(text: page.text, source: source, frame: page.frame),
                plainText: ExportFile(path: page.text.plainText, text: text))
        }
    }
}
