import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One conversion through cmark-gfm's C API: parse, rewrite the tree, render, free.
/// Callers hold ``CmarkLock`` for the whole of it.
enum CmarkConversion {
    /// The GFM extensions attached to every parser and passed to the renderer (`tagfilter`
    /// only acts when it is in the renderer's list).
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// The options for parsing and rendering. Safe mode is cmark-gfm's default and stays
    /// on: `CMARK_OPT_UNSAFE` is never set, so raw HTML is replaced by
    /// `<!-- raw HTML omitted -->` and `javascript:`, `vbscript:`, `file:` and
    /// `data:` (other than images) link destinations are emptied. Smart punctuation
    /// (`CMARK_OPT_SMART`) is off. Footnotes are on. Tables are rebuilt by ``TreeRewriter``,
    /// which writes alignment as `style`, as `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES`
    /// makes cmark-gfm do (set too, so that no path ever writes the obsolete `align=`).
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    static func convert(_ markdown: String, settings converter: MarkdownConverter) -> RenderedMarkdown {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm: cannot create a parser") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm: the '\(name)' extension is not available")
            }
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }

        // Fed as bytes with their length, so that a NUL character does not end the text
        // (cmark-gfm turns it into U+FFFD).
        let bytes = Array(markdown.utf8)
        if !bytes.isEmpty {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { fatalError("cmark-gfm: parsing failed") }
        defer { cmark_node_free(root) }

        let rewritten = TreeRewriter(root: root, uncaptionedTables: converter.uncaptionedTables,
                                     scrollableTables: converter.scrollableTables, badges: converter.badges,
                                     abbreviations: converter.abbreviations,
                                     foldedHeadingLevel: converter.foldedHeadingLevel,
                                     foldedSummary: converter.foldedSummary).rewrite()
        // Freed only after rendering: the tree's text still points into these nodes.
        defer { rewritten.detached.forEach { cmark_node_free($0) } }

        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else {
            fatalError("cmark-gfm: rendering failed")
        }
        defer { free(rendered) }
        return RenderedMarkdown(html: String(cString: rendered), headings: rewritten.headings)
    }
}
