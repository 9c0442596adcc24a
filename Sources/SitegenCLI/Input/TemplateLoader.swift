import MarkdownPages
import SourceAndOutput

/// Reads a templates folder: every `.mustache` file under it, named by its path inside
/// the folder without the extension (`pdu`, `partials/ratings-table`).
enum TemplateLoader {
    /// The templates of `directory`, and an error for each file that cannot be read or is
    /// not UTF-8 text.
    static func load(directory: String, currentDirectory: String) -> (
        sources: [TemplateSource], diagnostics: [Diagnostic]
    ) {
        let loaded = ContentLoader.load(
            directory: directory, currentDirectory: currentDirectory, extensions: ["mustache"])
        var diagnostics = loaded.diagnostics
        var sources: [TemplateSource] = []
        for (file, relative) in zip(loaded.sources, loaded.relativePaths) {
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(
                    Diagnostic(.error, "template is not UTF-8 text", at: SourceLocation(file: file.path, line: 1)))
                continue
            }
            sources.append(
                TemplateSource(name: String(relative.dropLast(".mustache".count)), path: file.path, text: text))
        }
        return (sources, diagnostics)
    }
}
