import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The changes made to a parsed document before it is rendered: heading ids, links to
/// Markdown pages, and accessible tables. See ``MarkdownConverter`` for what they do.
///
/// Headings and tables are replaced by cmark "custom" nodes whose opening and closing
/// HTML this type writes, around the original inline nodes, which cmark-gfm still renders
/// (and escapes) itself. The only text this type puts into markup is its own: tag names,
/// ids from ``HeadingIDs`` (`a`-`z`, `0`-`9`, `-`) and fixed alignment styles.
///
/// The replaced nodes are unlinked but not freed: cmark-gfm's text nodes point into the
/// text buffers of the blocks they were parsed in, so those blocks must live until the
/// tree is rendered. ``rewrite()`` returns them for the caller to free afterwards.
struct TreeRewriter {
    let root: OpaquePointer
    /// The type numbers of the `table` extension's table and cell nodes
    /// (``CmarkConversion/tableNodeTypes``).
    let tableNodeTypes: (table: cmark_node_type, cell: cmark_node_type)
    let uncaptionedTables: UncaptionedTables
    let scrollableTables: Bool
    let badges: [String: String]
    let abbreviations: [String: String]
    let foldedHeadingLevel: Int?
    let foldedSummary: String

    /// What ``rewrite()`` gives back.
    struct Outcome {
        /// The document's headings, in document order.
        var headings: [MarkdownHeading]
        /// The unlinked nodes, to be freed with `cmark_node_free` after rendering.
        var detached: [OpaquePointer]
    }

    /// Rewrites the tree; see ``Outcome``.
    func rewrite() -> Outcome {
        var detached: [OpaquePointer] = []
        // Collect first, change afterwards: the tree is not changed while it is walked.
        var headingNodes: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var cellTexts: [OpaquePointer] = []
        var tables: [(node: OpaquePointer, headingsBefore: Int)] = []
        Self.forEachNode(under: root) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headingNodes.append(node)
            } else if type == CMARK_NODE_LINK {
                links.append(node)
            } else if type == CMARK_NODE_TEXT, !badges.isEmpty || !abbreviations.isEmpty, cmark_node_next(node) == nil,
                cmark_node_previous(node) == nil, let parent = cmark_node_parent(node),
                isCell(parent)
                    || (cmark_node_get_type(parent) == CMARK_NODE_LINK && cmark_node_parent(parent).map(isCell) == true)
            {
                cellTexts.append(node)
            } else if type == tableNodeTypes.table {
                tables.append((node, headingNodes.count))
            }
        }

        var ids = HeadingIDs()
        let headings = headingNodes.map { node in
            let text = Self.plainText(of: node)
            return MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), text: text, id: ids.next(for: text))
        }

        for link in links {
            guard let url = cmark_node_get_url(link),
                MarkdownLinks.mentionsMD(
                    utf8: UnsafeBufferPointer(
                        start: UnsafeRawPointer(url).assumingMemoryBound(to: UInt8.self), count: strlen(url))),
                let rewritten = MarkdownLinks.rewritten(String(cString: url))
            else {
                continue
            }
            check(cmark_node_set_url(link, rewritten))
        }

        let names = TableNames.unique(
            tables.map { table in
                TableNames.Table(
                    caption: Self.captionSource(before: table.node).map(Self.plainText(of:)),
                    headingIndex: table.headingsBefore > 0 ? table.headingsBefore - 1 : nil)
            }, headings: headings)
        for (table, name) in zip(tables, names) {
            var label: String?
            if uncaptionedTables == .labelledByPrecedingHeading, table.headingsBefore > 0 {
                label = headings[table.headingsBefore - 1].id
            }
            detached += rebuildTable(table.node, labelledBy: label, regionName: name)
        }

        // After the tables are rebuilt: a table cell of cmark-gfm cannot hold a custom node.
        if !badges.isEmpty {
            let badgeStarts = KeyStarts(badges.keys)
            for node in links where !Self.isInHeading(node) && !Self.isInLink(node) {
                if let badge = badges[Self.plainText(of: node)] { wrap(node, in: badge) }
            }
            for node in cellTexts where !Self.isInHeading(node) && !Self.isInLink(node) {
                // A text node's plain text is its literal's, white space collapsed.
                guard let literal = cmark_node_get_literal(node), badgeStarts.mayStart(literal) else { continue }
                if let badge = badges[Self.plainText(of: node)] { wrap(node, in: badge) }
            }
        }
        let abbreviationStarts = KeyStarts(abbreviations.keys)
        for node in cellTexts {
            if let literal = cmark_node_get_literal(node), abbreviationStarts.mayStart(literal),
                let title = abbreviations[String(cString: literal)]
            {
                let abbr = Self.customInline(enter: "<abbr title=\"\(HTMLEscaping.escaped(title))\">", exit: "</abbr>")
                check(cmark_node_insert_before(node, abbr))
                cmark_node_unlink(node)
                append(node, to: abbr)
            }
        }
        if let level = foldedHeadingLevel {
            for node in headingNodes where Int(cmark_node_get_heading_level(node)) == level {
                fold(node, level: level, summary: foldedSummary)
            }
        }

        for (node, heading) in zip(headingNodes, headings) {
            // <h2 id="…">…</h2>, exactly as cmark-gfm writes a heading, plus the id.
            let element = Self.customInline(
                enter: "<h\(heading.level) id=\"\(heading.id)\">", exit: "</h\(heading.level)>")
            moveChildren(of: node, to: element)
            check(cmark_node_replace(node, Self.blockAround(element)))
            detached.append(node)
        }
        return Outcome(headings: headings, detached: detached)
    }

    // MARK: Tables

    /// Replaces a table of the `table` extension by the same table written with
    /// `scope="col"` on its header cells, `style="text-align: …"` for aligned columns, and
    /// a `<caption>` (taken from the paragraph before it) or `aria-labelledby`, inside a
    /// scrolling region named `regionName` when ``scrollableTables`` is set. A table of more
    /// than three columns gets `class="reflow"` and each body cell its column's heading as
    /// `data-label`, so that a narrow screen can show each row as a labelled card. Trailing
    /// rows whose first cell is all strong emphasis (`| **All PDUs** | … |`) sum up the
    /// others: they go into `<tfoot>`. Returns the nodes it unlinked.
    private func rebuildTable(_ table: OpaquePointer, labelledBy label: String?, regionName: String?) -> [OpaquePointer]
    {
        var detached: [OpaquePointer] = []
        let columns = Int(cmark_gfm_extensions_get_table_columns(table))
        let alignments = cmark_gfm_extensions_get_table_alignments(table)
        func style(_ column: Int) -> String {
            guard column < columns, let alignments else { return "" }
            switch alignments[column] {
            case UInt8(ascii: "l"): return " style=\"text-align: left\""
            case UInt8(ascii: "c"): return " style=\"text-align: center\""
            case UInt8(ascii: "r"): return " style=\"text-align: right\""
            default: return ""
            }
        }

        let caption = Self.captionSource(before: table)
        let reflows = columns > 3
        let tableClass = reflows ? " class=\"reflow\"" : ""
        var opening =
            caption == nil && label != nil
            ? "<table\(tableClass) aria-labelledby=\"\(label!)\">" : "<table\(tableClass)>"
        var closing = "</table>"
        if scrollableTables {
            let region = regionName.map { " role=\"region\" aria-label=\"\(HTMLEscaping.escaped($0))\"" } ?? ""
            opening = "<div class=\"table-scroll\"\(region) tabindex=\"0\">\n" + opening
            closing += "\n</div>"
        }
        let newTable = Self.customBlock(enter: opening, exit: closing)
        if let caption {
            let element = Self.customInline(enter: "<caption>", exit: "</caption>")
            moveChildren(of: caption, to: element)
            append(Self.blockAround(element), to: newTable)
            let paragraph = cmark_node_parent(caption)!
            cmark_node_unlink(paragraph)
            detached.append(paragraph)
        }

        let rows = children(of: table)
        let bodyCount = rows.filter { cmark_gfm_extensions_get_table_row_is_header($0) == 0 }.count
        let summaryCount = rows.reversed().prefix { Self.isSummaryRow($0) }.count
        let footerStart = summaryCount < bodyCount ? rows.count - summaryCount : rows.count
        let headerLabels =
            rows.first.map { children(of: $0).map { HTMLEscaping.escaped(Self.plainText(of: $0)) } } ?? []
        // Each column's opening tags, made once for all of its cells.
        let headerOpenings = (0..<columns).map { "<th scope=\"col\"\(style($0))>" }
        let bodyOpenings = (0..<columns).map { column in
            "<td\(style(column))\(reflows && column < headerLabels.count ? " data-label=\"\(headerLabels[column])\"" : "")>"
        }
        var body: OpaquePointer?, footer: OpaquePointer?
        for (index, row) in rows.enumerated() {
            let isHeader = cmark_gfm_extensions_get_table_row_is_header(row) != 0
            let newRow: OpaquePointer
            if isHeader {
                newRow = Self.customBlock(enter: "<thead>\n<tr>", exit: "</tr>\n</thead>")
                append(newRow, to: newTable)
            } else if index >= footerStart {
                if footer == nil {
                    footer = Self.customBlock(enter: "<tfoot>", exit: "</tfoot>")
                    append(footer!, to: newTable)
                }
                newRow = Self.customBlock(enter: "<tr>", exit: "</tr>")
                append(newRow, to: footer!)
            } else {
                if body == nil {
                    body = Self.customBlock(enter: "<tbody>", exit: "</tbody>")
                    append(body!, to: newTable)
                }
                newRow = Self.customBlock(enter: "<tr>", exit: "</tr>")
                append(newRow, to: body!)
            }
            for (column, cell) in children(of: row).enumerated() {
                // (GFM gives every row as many cells as the header row; any more are plain.)
                let element =
                    isHeader
                    ? Self.customInline(
                        enter: column < columns ? headerOpenings[column] : "<th scope=\"col\">", exit: "</th>")
                    : Self.customInline(enter: column < columns ? bodyOpenings[column] : "<td>", exit: "</td>")
                moveChildren(of: cell, to: element)
                append(Self.blockAround(element), to: newRow)
            }
        }
        check(cmark_node_replace(table, newTable))
        detached.append(table)
        return detached
    }

    /// Whether a body row sums up the others: its first cell is one strong node.
    private static func isSummaryRow(_ row: OpaquePointer) -> Bool {
        guard cmark_gfm_extensions_get_table_row_is_header(row) == 0, let cell = cmark_node_first_child(row),
            let only = cmark_node_first_child(cell), cmark_node_next(only) == nil
        else { return false }
        return cmark_node_get_type(only) == CMARK_NODE_STRONG
    }

    // MARK: Folding

    /// Puts the blocks after the heading `node`, up to the next heading of `level` or
    /// above, a thematic break or the end of its parent, into
    /// `<details><summary>Show …</summary>…</details>` right after the heading, which stays
    /// a heading of the page's outline.
    private func fold(_ node: OpaquePointer, level: Int, summary text: String) {
        let details = Self.customBlock(
            enter: "<details>\n<summary>\(HTMLEscaping.escaped(text))</summary>", exit: "</details>")
        var next = cmark_node_next(node)
        check(cmark_node_insert_after(node, details))
        while let block = next {
            let type = cmark_node_get_type(block)
            if type == CMARK_NODE_THEMATIC_BREAK { break }
            if type == CMARK_NODE_HEADING && Int(cmark_node_get_heading_level(block)) <= level { break }
            next = cmark_node_next(block)
            cmark_node_unlink(block)
            append(block, to: details)
        }
    }

    private func isCell(_ node: OpaquePointer) -> Bool { cmark_node_get_type(node) == tableNodeTypes.cell }

    private static func isInLink(_ node: OpaquePointer) -> Bool {
        cmark_node_parent(node).map { cmark_node_get_type($0) == CMARK_NODE_LINK } ?? false
    }

    /// The emphasis or strong node that makes up the whole of a one-line paragraph right
    /// before `table`, if there is one: the table's caption.
    private static func captionSource(before table: OpaquePointer) -> OpaquePointer? {
        guard let paragraph = cmark_node_previous(table), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
            let only = cmark_node_first_child(paragraph), cmark_node_next(only) == nil
        else { return nil }
        let type = cmark_node_get_type(only)
        guard type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG else { return nil }
        var oneLine = true
        forEachNode(under: only) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { oneLine = false }
        }
        return oneLine ? only : nil
    }

    // MARK: Badges

    /// Puts `node` inside `<span class="…">…</span>`, where it was.
    private func wrap(_ node: OpaquePointer, in cssClass: String) {
        let span = Self.customInline(enter: "<span class=\"\(HTMLEscaping.escaped(cssClass))\">", exit: "</span>")
        check(cmark_node_insert_before(node, span))
        cmark_node_unlink(node)
        append(node, to: span)
    }

    private static func isInHeading(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    // MARK: Text

    /// The plain text of a node's inline content: text and code as written, line breaks
    /// as spaces, raw HTML and footnote references left out; white space collapsed.
    static func plainText(of node: OpaquePointer) -> String {
        var text: [UInt8] = []
        forEachNode(under: node) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(node) {
                    text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text.append(UInt8(ascii: " "))
            }
        }
        return collapsingWhitespace(text)
    }

    /// The UTF-8 `text`'s words (the runs between white space) joined by single spaces. ASCII
    /// text is collapsed as bytes, where each character is one byte (or CR LF, white space
    /// either way) and white space is exactly ``isASCIIWhitespace(_:)``; text of
    /// ``PlainScalars`` as scalars, each a character of its own (white space is the first
    /// scalar's property); other text as characters.
    static func collapsingWhitespace(_ text: [UInt8]) -> String {
        if text.allSatisfy({ $0 < 0x80 }) {
            return String(
                decoding: collapsing(text, space: UInt8(ascii: " "), isWhitespace: isASCIIWhitespace, into: [UInt8]()),
                as: UTF8.self)
        }
        let string = String(decoding: text, as: UTF8.self)
        if string.unicodeScalars.allSatisfy(PlainScalars.contains) {
            return String(
                collapsing(
                    string.unicodeScalars, space: " ",
                    isWhitespace: PlainScalars.isWhitespace,
                    into: String.UnicodeScalarView()))
        }
        return collapsing(string, space: " ", isWhitespace: \.isWhitespace, into: "")
    }

    /// `text`'s words joined by single `space`s, appended to `words`: one pass, for bytes
    /// and for characters alike.
    private static func collapsing<Text: Collection, Words: RangeReplaceableCollection>(
        _ text: Text, space: Text.Element, isWhitespace: (Text.Element) -> Bool, into words: Words
    ) -> Words where Words.Element == Text.Element {
        var words = words
        words.reserveCapacity(text.underestimatedCount)
        var spaceDue = false
        for element in text {
            if isWhitespace(element) {
                spaceDue = !words.isEmpty
            } else {
                if spaceDue { words.append(space) }
                spaceDue = false
                words.append(element)
            }
        }
        return words
    }

    /// The ASCII characters for which `Character.isWhitespace` is true: tab, line feed,
    /// vertical tab, form feed, carriage return and space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    // MARK: Tree operations

    /// Calls `body` with `root` and every node under it, in document order (on entering).
    private static func forEachNode(under root: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark-gfm: cannot create an iterator") }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
        }
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func moveChildren(of node: OpaquePointer, to newParent: OpaquePointer) {
        while let child = cmark_node_first_child(node) { append(child, to: newParent) }
    }

    private func append(_ child: OpaquePointer, to parent: OpaquePointer) {
        check(cmark_node_append_child(parent, child))
    }

    /// A block that writes nothing itself, holding one inline node: its HTML then stands
    /// on a line of its own.
    private static func blockAround(_ inline: OpaquePointer) -> OpaquePointer {
        let block = customBlock(enter: "", exit: "")
        guard cmark_node_append_child(block, inline) == 1 else { fatalError("cmark-gfm: cannot build the tree") }
        return block
    }

    private static func customBlock(enter: String, exit: String) -> OpaquePointer {
        customNode(CMARK_NODE_CUSTOM_BLOCK, enter: enter, exit: exit)
    }

    private static func customInline(enter: String, exit: String) -> OpaquePointer {
        customNode(CMARK_NODE_CUSTOM_INLINE, enter: enter, exit: exit)
    }

    /// A new node of `type` writing `enter` and `exit` around its children (cmark-gfm copies
    /// them; `withCString` hands over a native String's own NUL-terminated bytes).
    private static func customNode(_ type: cmark_node_type, enter: String, exit: String) -> OpaquePointer {
        guard let node = cmark_node_new(type),
            enter.withCString({ cmark_node_set_on_enter(node, $0) }) == 1,
            exit.withCString({ cmark_node_set_on_exit(node, $0) }) == 1
        else { fatalError("cmark-gfm: cannot create a node") }
        return node
    }

    /// cmark-gfm's tree operations return 1 on success; anything else is a bug here.
    private func check(_ status: Int32) {
        guard status == 1 else { fatalError("cmark-gfm: a tree operation failed") }
    }
}

/// The bytes that the keys of a dictionary of texts begin with, so that most texts that are no
/// key are told so from their first byte, without a `String` made and hashed (a page has
/// thousands of table cells, a few of them ratings).
struct KeyStarts {
    /// Whether some key begins with the byte; every byte when some key is empty.
    private var starts = [Bool](repeating: false, count: 256)

    init(_ keys: some Sequence<String>) {
        for key in keys {
            guard let first = key.utf8.first else {
                starts = [Bool](repeating: true, count: 256)
                return
            }
            starts[Int(first)] = true
        }
    }

    /// Whether `text`, or its plain text (white space collapsed, none leading), may be a key:
    /// false only when its first byte after ASCII white space is ASCII and begins no key.
    func mayStart(_ text: UnsafePointer<CChar>) -> Bool {
        var byte = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        while byte.pointee != 0 && TreeRewriter.isASCIIWhitespace(byte.pointee) { byte += 1 }
        return byte.pointee >= 0x80 || starts[Int(byte.pointee)]
    }
}
