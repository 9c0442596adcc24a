import InspectionModel
import MarkdownPages
import PageViews
import ReportParser
import SourceAndOutput

/// One piece of ``SiteRenderer/render(_:)``'s work, independent of the others, with the
/// input key of what it makes when there is a build cache.
enum RenderJob: Sendable {
    /// One file of the open-data export.
    case openData(@Sendable (Corpus) -> ExportFile)
    /// A file made from the site as a whole (the search index).
    case file(String, @Sendable () -> String)
    case page(Site.Page, ContentDigest?)
    case chart(Site.Chart, ContentDigest?)
    case sourceText(Site.SourcePage, ContentSource)

    /// What every job reads.
    struct Context: Sendable {
        var templates: TemplateSet
        var corpus: Corpus
        var keys: InputKeys?
        var previous: StagedOutput?
        /// Where finished files go at once (so the build does not hold them); nil to keep
        /// them in the outcome.
        var sink: (any FileSink)?

        /// `file` added to the sink, or kept in the outcome when there is none.
        func finished(_ file: ExportFile, inputKey: ContentDigest? = nil) -> Outcome {
            guard let sink else { return .files([(file, inputKey)]) }
            do {
                try sink.add(file, inputKey: inputKey)
                return .added
            } catch {
                return .failed(error)
            }
        }
    }

    /// What a job made.
    indirect enum Outcome: Sendable {
        /// Files not yet added anywhere, with their input keys.
        case files([(ExportFile, ContentDigest?)])
        /// A file added to the sink.
        case added
        case page(SiteRenderer.Rendered.Page)
        /// A text's page, and its plain text unless that was added or taken already.
        case sourcePage(SiteRenderer.Rendered.SourcePage, plainText: Outcome?)
        /// Nothing to add: a text that could not be decoded (its diagnostics say why), or
        /// a chart taken from the previous output.
        case skipped
        case failed(any Error)
    }

    func run(_ context: Context) -> Outcome {
        switch self {
        case .openData(let make):
            return context.finished(make(context.corpus))
        case .file(let path, let make):
            return context.finished(ExportFile(path: path, text: make()))
        case .page(let page, let key):
            var rendered = SiteRenderer.Rendered.Page(path: page.path, markdown: nil, frame: page.frame)
            rendered.inputKey = key
            if let key, let keys = context.keys, let previous = context.previous {
                switch previous.reusePage(markdown: page.path, key: key, html: page.frame.path,
                                          htmlKey: { keys.key(of: page.frame, content: $0) }) {
                case .both: return .page(rendered)
                case .markdownOnly: rendered.markdownTaken = true
                case .neither: break
                }
            }
            do {
                rendered.markdown = try context.templates.render(page.view, template: page.template)
                return .page(rendered)
            } catch {
                return .failed(error)
            }
        case .chart(let chart, let key):
            if let key, let previous = context.previous, (try? previous.reuse(chart.path, inputKey: key)) == true {
                return .skipped
            }
            return context.finished(ExportFile(path: chart.path, text: chart.svg), inputKey: key)
        case .sourceText(let page, let source):
            let sourcePage = SiteRenderer.Rendered.SourcePage(text: page.text, source: source, frame: page.frame)
            // The plain text is the bytes decoded: the same bytes, the same file.
            if let keys = context.keys, let previous = context.previous,
               (try? previous.reuse(page.text.plainText, inputKey: keys.key(ofText: source.path))) == true {
                return .sourcePage(sourcePage, plainText: nil)
            }
            guard let text = source.text else { return .skipped }
            return .sourcePage(sourcePage, plainText: context.finished(ExportFile(path: page.text.plainText, text: text),
                                                                       inputKey: context.keys?.key(ofText: source.path)))
        }
    }
}
