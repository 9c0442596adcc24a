import Foundation
import MarkdownPages
import ParallelWork
import ReportParser
import SourceAndOutput

/// Everything a build reads before it parses: the content texts (their paths and digests;
/// the steps that need a text's bytes read it again), the templates and the assets, and the
/// digests that say whether any of it (or sitegen itself) changed.
struct BuildInputs: Sendable {
    var content: ContentLoader.Files
    /// The templates, parsed once (or made from their form in the build cache:
    /// ``StoredTemplates``), on a thread of their own when the build begins it
    /// (``Deferred/start(_:)``: their parse waits for nothing but the theme, and nothing but
    /// the render and the report of their problems waits for them), else when first asked for.
    let parsedTemplates: Deferred<TemplateSet>
    var assets: [ExportFile]
    /// Problems with the theme's files (the templates folder's, read with the inputs).
    var themeDiagnostics: [Diagnostic]
    /// The digest of sitegen's executable, the options and the templates and assets: what
    /// shapes a page besides its own content.
    var pageSalt: ContentDigest
    /// The digest of sitegen's executable (``ExecutableDigest``).
    var executable: ContentDigest
    /// The digest of each content text's bytes, by its path.
    var textDigests: [String: ContentDigest]
    /// The digest of all of it: the page salt and every content text's path and bytes.
    var buildKey: ContentDigest

    /// What the last build of the output recorded (nil without the cache): read alongside
    /// the theme, before the texts (also read alongside the theme), whose recorded digests it gives.
    var previous: BuildCache?

    /// The parsed templates (waiting for their parse, or parsing them now).
    var templates: TemplateSet { parsedTemplates.wait() }

    /// Problems with the templates and assets, sorted (waiting for the templates' parse).
    var templateDiagnostics: [Diagnostic] { (themeDiagnostics + templates.diagnostics).sorted() }

    /// Reads the content folder and the theme: the built-in one, overridden file by file by
    /// the templates folder (with its `assets/`) when there is one; and `previous`, the last
    /// build's cache, by which a text whose stamp it recorded is not read; and sitegen's own
    /// digest, by `executableRecord` (a file of the cache) when its stamp is recorded there.
    /// The templates are made from `storedTemplates` when it holds them.
    init(
        content contentFolder: String, templates templatesFolder: String?, options: [String],
        environment: SitegenEnvironment, parallelism: Parallelism,
        previous: @escaping @Sendable () -> BuildCache? = { nil }, executableRecord: String? = nil,
        storedTemplates: StoredTemplates? = nil
    ) {
        let directory = environment.workingDirectory
        // sitegen's own digest is taken while the theme is read (its templates are parsed
        // later: `parsedTemplates`), and the last build's record read while the content
        // folder is listed, then the texts (on every core).
        let ((theme, executable), (previous, content)) = parallelism.run(
            {
                parallelism.run(
                    { Theme(overriddenBy: templatesFolder, currentDirectory: directory) },
                    alongside: { ExecutableDigest.of(ExecutableDigest.path, record: executableRecord) })
            },
            alongside: {
                let (content, previous) = ContentLoader.files(
                    directory: contentFolder, currentDirectory: directory, parallelism: parallelism,
                    recorded: previous)
                return (previous, content)
            })
        self.previous = previous
        self.executable = executable
        self.content = content
        let sources = theme.templates
        parsedTemplates = Deferred {
            storedTemplates?.templates(sources, executable: executable) ?? TemplateSet(sources)
        }
        assets = theme.assets
        themeDiagnostics = theme.diagnostics

        var salt = [executable.description] + options
        salt += theme.templates.map { "template \($0.name) \(ContentDigest($0.text))" }
        salt += assets.map { "asset \($0.path) \(ContentDigest($0.contents))" }
        pageSalt = ContentDigest(salt.joined(separator: "\n"))
        textDigests = Dictionary(content.texts.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        let texts = content.texts.map { "text \($0.path) \($0.digest)" }
        buildKey = ContentDigest(
            ([pageSalt.description] + texts + content.diagnostics.map(\.description))
                .joined(separator: "\n"))
    }
}
