import SourceAndOutput

/// What ``TemplateSet`` checks before Mustache sees a template, with our own tag scanner
/// (``TemplateTags``), because Mustache would crash or crawl on it:
///
/// - **Nesting.** Mustache parses and renders sections by recursion; some thousands of
///   nested sections overflow the stack (a segmentation fault). Deeper than
///   ``maximumDepth`` is an error at the tag.
/// - **Recursion.** A template that includes itself, directly or through others
///   (`{{> name}}`, `{{< name}}`), would render for ever, until the stack overflows. Every
///   such cycle is an error at the tag that closes it. (A dynamic `{{>*name}}` is not
///   followed.)
/// - **Size.** swift-mustache's parser measures the text left at every tag, so its time
///   grows with the square of the number of tags. A template with more than
///   ``chunkTags`` tags is cut, between lines outside any section, into pieces parsed one by
///   one; the template itself becomes one standalone `{{> piece}}` tag per line, which
///   renders the same text (see ``chunks(of:tags:name:size:)``).
enum TemplateStructure {
    /// The deepest nesting of sections accepted.
    static let maximumDepth = 100
    /// The most tags a piece of a cut template holds (more only where no line between
    /// top-level tags allows a cut).
    static let chunkTags = 400

    /// An error for the first tag that opens a section deeper than ``maximumDepth``.
    static func nestingError(in source: TemplateSource, tags: TemplateTags) -> Diagnostic? {
        guard let index = tags.depths.firstIndex(where: { $0 > maximumDepth }) else { return nil }
        let tag = tags.tags[index]
        return Diagnostic(
            .error,
            "sections are nested more than \(maximumDepth) deep here ('\(tag.name)'); "
                + "Mustache cannot render that",
            at: SourceLocation(file: source.path, line: tag.line, column: tag.column))
    }

    /// An error for each template that includes itself, directly or through others: at
    /// its tag that starts the shortest such cycle.
    static func recursionErrors(_ templates: [(source: TemplateSource, tags: TemplateTags)]) -> [Diagnostic] {
        let byName = Dictionary(templates.map { ($0.source.name, $0) }, uniquingKeysWith: { first, _ in first })
        let includes = byName.mapValues { $0.tags.tags.filter { $0.partialName.map { byName[$0] != nil } ?? false } }
        return byName.keys.sorted().compactMap { start in
            // Breadth first from `start`: each template reached, by the template that reached it.
            var parent: [String: String] = [:]
            var queue = [start], head = 0
            search: while head < queue.count {
                let name = queue[head]
                head += 1
                for next in (includes[name] ?? []).compactMap(\.partialName) where parent[next] == nil {
                    parent[next] = name
                    if next == start { break search }
                    queue.append(next)
                }
            }
            guard var node = parent[start] else { return nil }
            var path = [start]
            while node != start { path.append(node); node = parent[node]! }
            path = (path + [start]).reversed()
            let tag = includes[start]!.first { $0.partialName == path[1] }!
            return Diagnostic(
                .error,
                "template '\(start)' includes itself (\(path.joined(separator: " → "))); "
                    + "rendering it would never end",
                at: SourceLocation(file: byName[start]!.source.path, line: tag.line, column: tag.column))
        }
    }

    /// The text cut into pieces of whole lines, each starting outside every section and
    /// holding about `size` tags; nil when the template is small, or uses set-delimiter,
    /// parent or block tags (whose meaning could change with the cut), or its name cannot be
    /// written in a partial tag.
    static func chunks(of text: String, tags: TemplateTags, name: String, size: Int = chunkTags) -> [String]? {
        guard tags.tags.count > size, name.allSatisfy(partialNameCharacters.contains),
            !tags.tags.contains(where: { $0.sigil.map { "=$<".contains($0) } ?? false })
        else { return nil }
        let depths = tags.depths
        var starts = [1]  // the first line of each piece
        var count = 0
        for (index, tag) in tags.tags.enumerated() {
            count += 1
            guard count >= size, depths[index] == 0, index + 1 < tags.tags.count,
                tag.endLine < tags.tags[index + 1].line
            else { continue }
            starts.append(tag.endLine + 1)
            count = 0
        }
        guard starts.count > 1 else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] - 1 : lines.count
            let piece = lines[(starts[i] - 1)..<end].joined(separator: "\n")
            return i + 1 < starts.count ? piece + "\n" : piece
        }
    }

    /// The name of a template's piece: `(piece)/pdu/3`, which no template file can have.
    static func pieceName(_ name: String, _ index: Int) -> String { "(piece)/\(name)/\(index)" }

    /// The text standing for a template cut into `count` pieces: one standalone partial
    /// tag per line, each rendering its piece unindented and without the tag's newline.
    static func joinedPieces(_ name: String, count: Int) -> String {
        (0..<count).map { "{{>\(pieceName(name, $0))}}" }.joined(separator: "\n")
    }

    /// The characters Mustache reads in a partial's name.
    private static let partialNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
}
