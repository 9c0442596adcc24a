import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One conversion through cmark-gfm's C API: parse, rewrite the tree, render, free. Safe to
/// run on several threads at once: only `cmark_parser_finish` runs under ``CmarkLock``.
enum CmarkConversion {
    /// The GFM extensions attached to every parser and passed to the renderer (`tagfilter`
    /// only acts when it is in the renderer's list).
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// The extensions named by ``extensionNames``, registered once for the process.
    /// Registration writes cmark-gfm's extension registry and node-type counters without a
    /// lock of its own; a static's initialiser runs exactly once (`swift_once`), and every
    /// conversion reads this first, so no parser exists before registration is complete.
    /// Nothing writes the extensions afterwards: parsers share them read-only.
    nonisolated(unsafe) private static let extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.map { name in
            guard let syntaxExtension = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm: the '\(name)' extension is not available")
            }
            return syntaxExtension
        }
    }()

    /// The type numbers cmark-gfm gave the `table` extension's table and cell nodes when it
    /// registered them (an extension's node type has no constant in the installed headers):
    /// read once, from the tree of a one-cell table, so that a node is told to be a table or a
    /// cell by its number, not by comparing its type's name.
    static let tableNodeTypes: (table: cmark_node_type, cell: cmark_node_type) = {
        let extensions = Self.extensions
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm: cannot create a parser") }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        let markdown = "|a|\n|-|\n"
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let root = CmarkLock.withLock({ cmark_parser_finish(parser) }) else {
            fatalError("cmark-gfm: parsing failed")
        }
        defer { cmark_node_free(root) }
        guard let table = cmark_node_first_child(root), let row = cmark_node_first_child(table),
            let cell = cmark_node_first_child(row),
            String(cString: cmark_node_get_type_string(table)) == "table",
            String(cString: cmark_node_get_type_string(cell)) == "table_cell"
        else { fatalError("cmark-gfm: the table extension did not make a table") }
        return (cmark_node_get_type(table), cmark_node_get_type(cell))
    }()

    /// The options for parsing and rendering. Safe mode is cmark-gfm's default and stays
    /// on: `CMARK_OPT_UNSAFE` is never set, so raw HTML is replaced by
    /// `<!-- raw HTML omitted -->` and `javascript:`, `vbscript:`, `file:` and
    /// `data:` (other than images) link destinations are emptied. Smart punctuation
    /// (`CMARK_OPT_SMART`) is off. Footnotes are on. Tables are rebuilt by ``TreeRewriter``,
    /// which writes alignment as `style`, as `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES`
    /// makes cmark-gfm do (set too, so that no path ever writes the obsolete `align=`).
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// The conversion of the Markdown whose UTF-8 bytes are `markdown`.
    static func convert(_ markdown: UnsafeBufferPointer<UInt8>, settings converter: MarkdownConverter)
        -> RenderedMarkdown
    {
        let extensions = Self.extensions
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm: cannot create a parser") }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }

        // Fed as bytes with their length, so that a NUL character does not end the text
        // (cmark-gfm turns it into U+FFFD).
        if !markdown.isEmpty {
            markdown.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        // The inlines are parsed here, with the global special-character tables (CmarkLock).
        guard let root = CmarkLock.withLock({ cmark_parser_finish(parser) }) else {
            fatalError("cmark-gfm: parsing failed")
        }
        defer { cmark_node_free(root) }

        let rewritten = TreeRewriter(
            root: root, tableNodeTypes: tableNodeTypes, uncaptionedTables: converter.uncaptionedTables,
            scrollableTables: converter.scrollableTables, badges: converter.badges,
            abbreviations: converter.abbreviations,
            foldedHeadingLevel: converter.foldedHeadingLevel,
            foldedSummary: converter.foldedSummary
        ).rewrite()
        // Freed only after rendering: the tree's text still points into these nodes.
        defer { rewritten.detached.forEach { cmark_node_free($0) } }

        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            fatalError("cmark-gfm: rendering failed")
        }
        defer { free(rendered) }
        // The input is valid UTF-8 (made from Strings) and cmark-gfm keeps it so (a NUL, or
        // a numeric reference to no character, becomes U+FFFD), so its bytes are taken as
        // they are, up to the NUL that ends them. Debug builds check.
        let html = UnsafeBufferPointer(
            start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        assert(String(validating: html, as: UTF8.self) != nil, "cmark-gfm wrote bytes that are not UTF-8")
        return RenderedMarkdown(bytes: Array(html), headings: rewritten.headings)
    }
}
