import InspectionModel
import MarkdownPages
import OpenData
import PageViews
import ReportParser

/// Collects the files of every output stage into the one list `build` writes: the
/// Markdown pages, their charts, the published source texts and the open-data export.
public enum SiteRenderer {
    /// What the stages need: the model, the texts it was read from, and the templates.
    public struct Input: Sendable {
        public var corpus: Corpus
        public var sources: [ContentSource]
        public var templates: TemplateSet
        /// Shown in diagnostics about templates, e.g. `Templates`.
        public var templatesFolder: String

        public init(corpus: Corpus, sources: [ContentSource], templates: TemplateSet, templatesFolder: String) {
            self.corpus = corpus
            self.sources = sources
            self.templates = templates
            self.templatesFolder = templatesFolder
        }
    }

    /// Pages that could not be rendered; nothing is written.
    public struct Failure: Error {
        public var diagnostics: [Diagnostic]
    }

    /// The site's files, sorted by path.
    public static func files(for input: Input) throws -> [ExportFile] {
        let site = Site(corpus: input.corpus)
        var files = OpenDataExport.files(for: input.corpus)
        var failures: [Diagnostic] = []
        for page in site.pages {
            do {
                files.append(ExportFile(path: page.path, text: try input.templates.render(page.view, template: page.template)))
            } catch {
                failures.append(Diagnostic(.error, "cannot render \(page.path): \(error)",
                                           at: SourceLocation(file: "\(input.templatesFolder)/\(page.template).mustache", line: 1)))
            }
        }
        guard failures.isEmpty else { throw Failure(diagnostics: failures.sorted()) }
        files += site.charts.map { ExportFile(path: $0.path, text: $0.svg) }
        for source in input.sources {
            if let published = site.sources[source.path], let text = source.text {
                files.append(ExportFile(path: published, text: text))
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
