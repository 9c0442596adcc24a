import Mustache
import ParallelWork
import SourceAndOutput

/// The parsed templates of a site; renders view models into Markdown pages (and, for
/// templates named `….html`, into HTML).
///
/// Every template and partial has the content type ``MarkdownContentType`` (`MARKDOWN`)
/// without its author writing anything: `{{name}}` inserts a value escaped with
/// ``MarkdownEscaping/inline(_:)``; `{{{name}}}` and `{{& name}}` insert it unescaped, only
/// for text the view model already made Markdown. A template whose name ends in `.html`
/// (file `layout.html.mustache`) writes HTML instead: Mustache's own `HTML` content type,
/// which escapes `& < > " '`. A template may switch type with its own pragma
/// (`{{% CONTENT_TYPE: HTML }}`). A partial is referred to by its template's name:
/// `{{> partials/ratings-table}}`.
///
/// A value type: parsing happens in `init`; ``render(_:template:)`` is pure and may run on
/// any number of threads at once.
public struct TemplateSet: Sendable {
    /// What is wrong with the templates, sorted: an error for a template that does not parse
    /// (at the offending tag, with the reason in plain words; the template is left out of the
    /// set), an error for a second template with the same name (ignored), and a warning for
    /// each `{{> name}}` naming no template of the set (it renders as nothing).
    public let diagnostics: [Diagnostic]
    /// The names of the templates that parsed, sorted.
    public let names: [String]

    /// swift-mustache's templates: what renders a page the compiled form does not. Parsed
    /// with the set, or, for a set made from its compiled form, when first needed.
    private let library: Deferred<MustacheLibrary>
    /// Every template of ``library`` in compiled form (nil for one that has none), for
    /// views that are `Encodable`; empty when swift-mustache's tokens cannot be read.
    private let compiled: [String: CompiledTemplate?]
    /// The names ``compiled`` reads, numbered.
    let compiledNames: TemplateNames
    /// The names each compiled template reads with its partials (and theirs), numbered as in
    /// ``compiledNames``: the only fields its page's values need (see ``namesRead(by:names:)``).
    let namesByTemplate: [String: TemplateNames]
    /// The names of templates that were given but did not parse.
    private let broken: Set<String>
    /// Whether the set was made from its compiled form (``init(_:compiled:)``), its
    /// templates not parsed unless a page needs swift-mustache.
    let isFromCompiledForm: Bool
    /// The largest page each compiled template has rendered so far, by name: the capacity a
    /// page of the template starts with, so that a page (a PDU's is 100–340 KB) is not grown
    /// and copied a dozen times on its way. Only a capacity: the bytes are the same.
    private let pageSizes = Locked<[String: Int]>([:])

    /// Parses `sources`, registering ``MarkdownContentType`` first. Never fails: problems
    /// are reported in ``diagnostics``. A template nested too deep or including itself is
    /// an error and left out; a large one is parsed in pieces (see ``TemplateStructure``).
    public init(_ sources: [TemplateSource]) {
        self.init(sources, pieceTags: TemplateStructure.chunkTags)
    }

    /// ``init(_:)`` with the number of tags per piece of a large template given.
    init(_ sources: [TemplateSource], pieceTags: Int) {
        let parsed = Self.parse(sources, pieceTags: pieceTags, compiling: true)
        let library = parsed.library
        self.init(
            parsed.compiled, library: Deferred { library }, diagnostics: parsed.diagnostics, broken: parsed.broken,
            isFromCompiledForm: false)
    }

    /// The set `sources` make (``init(_:)``), made again from its compiled form, which a set
    /// of the same sources gave (``compiledForm``: they have no problems), without parsing
    /// them: only a page that swift-mustache must render has them parsed (once).
    public init(_ sources: [TemplateSource], compiled: Compiled) {
        self.init(
            compiled,
            library: Deferred {
                Self.parse(sources, pieceTags: TemplateStructure.chunkTags, compiling: false).library
            })
    }

    private init(
        _ compiled: Compiled, library: Deferred<MustacheLibrary>, diagnostics: [Diagnostic] = [],
        broken: Set<String> = [], isFromCompiledForm: Bool = true
    ) {
        MarkdownContentType.register()
        self.diagnostics = diagnostics
        names = compiled.names
        self.library = library
        self.compiled = compiled.templates
        compiledNames = compiled.compiledNames
        namesByTemplate = Self.namesRead(by: compiled.templates, names: compiled.compiledNames)
        self.broken = broken
        self.isFromCompiledForm = isFromCompiledForm
    }

    /// What a set without problems is, but swift-mustache's templates and what is derived
    /// from the rest: its names and compiled templates. A build keeps it (the build cache, in
    /// its compact form) to make the same set again (``init(_:compiled:)``) instead of
    /// parsing the templates.
    public struct Compiled: Sendable, Codable {
        let names: [String]
        let templates: [String: CompiledTemplate?]
        let compiledNames: TemplateNames
    }

    /// The set but swift-mustache's templates (``Compiled``); nil for a set with
    /// ``diagnostics``, which is parsed again each time, to report them as its parse finds them.
    public var compiledForm: Compiled? {
        guard diagnostics.isEmpty else { return nil }
        return Compiled(names: names, templates: compiled, compiledNames: compiledNames)
    }

    /// The templates `sources` parse to, registered in swift-mustache's library, and (when
    /// `compiling`) the set's compiled form; ``MarkdownContentType`` registered first.
    private static func parse(
        _ sources: [TemplateSource], pieceTags: Int, compiling: Bool
    ) -> (library: MustacheLibrary, compiled: Compiled, diagnostics: [Diagnostic], broken: Set<String>) {
        MarkdownContentType.register()
        var library = MustacheLibrary()
        var paths: [String: String] = [:]
        var parsed: [(source: TemplateSource, tags: TemplateTags, templates: [(String, MustacheTemplate)])] = []
        var broken: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            if let earlier = paths[source.name] {
                diagnostics.append(
                    Diagnostic(
                        .error, "template '\(source.name)' is also defined by \(earlier); this one is ignored",
                        at: SourceLocation(file: source.path, line: 1)))
                continue
            }
            paths[source.name] = source.path
            let text = PageNormalisation.unixLineEndings(source.text)
            let tags = TemplateTags(text)
            if let error = TemplateStructure.nestingError(in: source, tags: tags) {
                broken.insert(source.name)
                diagnostics.append(error)
                continue
            }
            do {
                parsed.append(
                    (source, tags, try Self.parse(text, named: source.name, tags: tags, pieceTags: pieceTags)))
            } catch {
                broken.insert(source.name)
                diagnostics.append(TemplateDiagnostics.parseError(error, in: source, tags: tags))
            }
        }
        let recursion = TemplateStructure.recursionErrors(parsed.map { ($0.source, $0.tags) })
        let recursive = Set(recursion.map(\.location.file))
        diagnostics += recursion
        for template in parsed where recursive.contains(template.source.path) { broken.insert(template.source.name) }
        parsed.removeAll { recursive.contains($0.source.path) }
        var compiled: [String: CompiledTemplate?] = [:]
        var names = TemplateNames()
        for (_, _, templates) in parsed {
            for (name, template) in templates {
                library.register(template, named: name)
                if compiling { compiled[name] = CompiledTemplate(template, names: &names) }
            }
        }
        let loaded = Set(parsed.map(\.source.name))
        for (source, tags, _) in parsed {
            diagnostics += TemplateDiagnostics.partialReferences(in: source, tags: tags, loaded: loaded, broken: broken)
        }
        let form = Compiled(
            names: loaded.sorted(), templates: CompiledTemplate.defaultEscaping == nil ? [:] : compiled,
            compiledNames: names)
        return (library, form, diagnostics.sorted(), broken)
    }

    /// For each compiled template, the names it and the partials it includes, theirs too,
    /// read: a lookup on its page can only reach a field of one of these names, so the page's
    /// values leave the others out, and a ``MadeOnRead`` field of another name is never made.
    private static func namesRead(
        by compiled: [String: CompiledTemplate?], names: TemplateNames
    ) -> [String: TemplateNames] {
        var reads: [String: (numbers: Set<Int>, partials: Set<String>)] = [:]
        for case (let name, let template?) in compiled {
            var numbers = Set<Int>(), partials = Set<String>()
            template.reads(into: &numbers, partials: &partials)
            reads[name] = (numbers, partials)
        }
        return reads.mapValues { read in
            var numbers = read.numbers
            var seen = read.partials
            var waiting = Array(read.partials)
            while let partial = waiting.popLast() {
                guard let included = reads[partial] else { continue }
                numbers.formUnion(included.numbers)
                for next in included.partials where seen.insert(next).inserted { waiting.append(next) }
            }
            return names.only(numbers)
        }
    }

    /// The Mustache templates of one template file: the template itself and, when it is cut
    /// into pieces, each piece. A piece that does not parse makes the whole text parse
    /// again, so that the error is Mustache's for the whole file.
    private static func parse(
        _ text: String, named name: String, tags: TemplateTags,
        pieceTags: Int
    ) throws -> [(String, MustacheTemplate)] {
        let pragma = writesHTML(name) ? htmlPragmaLine : MarkdownContentType.pragmaLine
        if let pieces = TemplateStructure.chunks(of: text, tags: tags, name: name, size: pieceTags),
            let parsed = try? pieces.enumerated().map({ index, piece in
                (TemplateStructure.pieceName(name, index), try MustacheTemplate(string: pragma + piece))
            })
        {
            return [
                (name, try MustacheTemplate(string: pragma + TemplateStructure.joinedPieces(name, count: pieces.count)))
            ] + parsed
        }
        return [(name, try MustacheTemplate(string: pragma + text))]
    }

    /// The Markdown page for `view` rendered with the template `name`, normalised: `\n` line
    /// endings, no trailing spaces or tabs, no leading blank lines, runs of blank lines
    /// collapsed into one, exactly one `\n` at the end (empty if the page is blank). An HTML
    /// template's output is left exactly as rendered (`<pre>` keeps its blank lines).
    ///
    /// `view` is a struct, class, array or `[String: Any]` dictionary; Mustache reads stored
    /// properties by name (`{{name}}`, `{{region.name}}`, `{{#items}}…{{/items}}`). A missing
    /// key or a nil optional renders as nothing. A view that is `Encodable` (as the page
    /// views are) is rendered by the compiled template (``CompiledTemplate``), without
    /// reflection; any other view, or a template or value the compiled form does not
    /// render, by swift-mustache. Both give the same bytes.
    ///
    /// - Throws: ``MissingTemplate`` when the set has no template `name` (it was never given
    ///   or did not parse).
    public func render(_ view: Any, template name: String) throws -> String {
        String(decoding: try renderBytes(view, template: name), as: UTF8.self)
    }

    /// ``render(_:template:)``'s page as its UTF-8 bytes, never made a `String` on the way
    /// when the compiled template renders it.
    public func renderBytes(_ view: Any, template name: String) throws -> [UInt8] {
        let page = try renderCompiled(view, template: name) ?? Array(renderWithMustache(view, template: name).utf8)
        return Self.writesHTML(name) ? page : page.withUnsafeBufferPointer(PageNormalisation.normalise)
    }

    /// The page as the compiled template renders it, before normalisation; nil when `view`
    /// is not `Encodable` or the template or a value needs Mustache.
    func renderCompiled(_ view: Any, template name: String) -> [UInt8]? {
        guard let template = compiled[name] ?? nil, let escaping = CompiledTemplate.defaultEscaping else { return nil }
        do {
            // A view that writes its own fields is known as one by this one cast.
            let encoder = TemplateValueEncoder(names: namesByTemplate[name] ?? compiledNames)
            let value: TemplateValue?
            if let view = view as? any TemplateFields {
                value = try encoder.value(of: view)
            } else if let view = view as? any Encodable {
                value = try encoder.value(of: view)
            } else {
                return nil
            }
            let capacity = pageSizes.withLock { $0[name] } ?? 0
            var renderer = TemplateRenderer(
                templates: compiled, partialEscaping: escaping, view: value ?? .object([]), capacity: capacity)
            try renderer.render(template)
            if renderer.output.count > capacity {
                pageSizes.withLock { $0[name] = max($0[name] ?? 0, renderer.output.count) }
            }
            return renderer.output
        } catch {
            return nil
        }
    }

    /// The page as swift-mustache renders it (over the view's ``ViewSnapshot``), before
    /// normalisation.
    func renderWithMustache(_ view: Any, template name: String) throws -> String {
        guard let page = library.wait().render(ViewSnapshot.make(view) ?? [String: Any](), withTemplate: name) else {
            throw MissingTemplate(name: name, failedToParse: broken.contains(name))
        }
        return page
    }

    /// Whether the template `name` writes HTML (its name ends in `.html`) rather than Markdown.
    public static func writesHTML(_ name: String) -> Bool { name.hasSuffix(".html") }

    /// The pragma put before an HTML template's text; like ``MarkdownContentType/pragmaLine``
    /// it renders nothing and shifts the lines by one, so diagnostics use the same offset.
    private static let htmlPragmaLine = "{{% CONTENT_TYPE: HTML }}\n"

    /// The error ``render(_:template:)`` throws for a template the set does not have.
    public struct MissingTemplate: Error, Hashable, Sendable, CustomStringConvertible {
        /// The template asked for.
        public let name: String
        /// Whether a template of that name was given but did not parse (see ``diagnostics``).
        public let failedToParse: Bool

        /// - Parameters:
        ///   - name: the template asked for.
        ///   - failedToParse: whether a template of that name was given but did not parse.
        public init(name: String, failedToParse: Bool) {
            self.name = name
            self.failedToParse = failedToParse
        }

        /// E.g. `template 'pdu' could not be parsed, so no page can be rendered with it`.
        public var description: String {
            failedToParse
                ? "template '\(name)' could not be parsed, so no page can be rendered with it"
                : "there is no template named '\(name)'"
        }
    }
}
