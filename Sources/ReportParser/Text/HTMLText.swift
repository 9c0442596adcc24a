/// A saved web page (HTML) as the lines of text the parser reads, each numbered with the
/// line of the file its text starts on: block elements (paragraphs, headings, list items,
/// divisions, line breaks) start lines, with a blank line around paragraphs, headings,
/// lists and tables; a table row is one line of tab-separated cells, whatever the cells
/// span; list items get a bullet (`• `) or, in an ordered list, their number (`3. `).
/// `<head>`, scripts, styles and other elements a reader never sees as text are dropped
/// with their content; other tags go, except `<sup>`, kept for `MarkupStripper`, which
/// makes footnote references of them. Entities are left for `MarkupStripper` to decode,
/// as in any text.
enum HTMLText {
    /// One line of the page's text and the line of the file it starts on.
    struct Line: Equatable {
        var number: Int
        var text: String
    }

    /// Whether a file is a web page: its name ends `.html` or `.htm`, or its first text is
    /// a doctype or an `<html>` tag.
    static func isPage(path: String, lines: [String]) -> Bool {
        let lower = path.lowercasedText
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        guard let first = lines.first(where: { !$0.trimmingSpaces.isEmpty }) else { return false }
        let t = first.trimmingSpaces.lowercasedText
        return t.hasPrefix("<!doctype html") || t.hasPrefix("<html")
    }

    /// The page's lines of text.
    static func lines(_ physical: [String]) -> [Line] {
        var reader = PageReader()
        for (index, line) in physical.enumerated() {
            reader.read(line, number: index + 1)
        }
        reader.finish()
        return reader.output
    }

    /// Elements whose content is never text a reader sees.
    static let hiddenElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "select", "button", "textarea",
    ]
    /// Elements that stand apart from the text around them: a blank line before and after.
    static let separatedBlocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure", "hr",
        "section", "article", "header", "footer", "main", "nav", "aside", "address", "details", "caption", "figcaption",
    ]
    /// Elements that start a new line.
    static let lineBlocks: Set<String> = [
        "div", "li", "dt", "dd", "tr", "br", "summary", "legend", "fieldset", "form", "body", "html",
        "thead", "tbody", "tfoot", "label",
    ]
    /// Inline elements kept as tags, for the text stage's own reading of them.
    static let keptInline: Set<String> = ["sup"]
}

/// The state of reading a page: where the text is, and what is open.
private struct PageReader {
    var output: [HTMLText.Line] = []
    private var current = ""
    private var currentNumber = 0
    private var pendingSpace = false
    /// An element being skipped with its content (`script`), until its closing tag.
    private var hidden: String?
    /// A tag (or comment) whose `>` has not been reached yet, and what is in it so far.
    private var openTag: String?
    private var inComment = false
    /// Open lists: whether ordered, and the next item's number.
    private var lists: [(ordered: Bool, next: Int)] = []
    /// Cells already in the current table row (0 outside a row).
    private var cellsInRow = 0
    private var preformatted = 0

    mutating func read(_ line: String, number: Int) {
        var rest = Substring(line)
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.firstRange(of: "-->") else { return }
                rest = rest[end.upperBound...]
                inComment = false
                continue
            }
            if let tag = openTag {
                guard let close = rest.firstIndex(of: ">") else { openTag = tag + " " + rest; return }
                let whole = tag + rest[..<close]
                openTag = nil
                rest = rest[rest.index(after: close)...]
                handleTag(whole, number: number)
                continue
            }
            if let element = hidden {
                guard let end = rest.firstRange(ignoringCase: "</\(element)") else { return }
                rest = rest[end.lowerBound...]
                hidden = nil
                continue
            }
            guard let lt = rest.firstIndex(of: "<") else {
                text(rest, number: number)
                break
            }
            text(rest[..<lt], number: number)
            let after = rest[rest.index(after: lt)...]
            if after.hasPrefix("!--") {
                inComment = true
                rest = after.dropFirst(3)
                continue
            }
            guard let first = after.first, first.isLetter || first == "/" || first == "!" || first == "?" else {
                text("<", number: number)  // a lone "<" is text
                rest = after
                continue
            }
            guard let close = after.firstIndex(of: ">") else {
                openTag = String(after)
                return
            }
            handleTag(String(after[..<close]), number: number)
            rest = after[after.index(after: close)...]
        }
        if preformatted > 0 { endLine() } else { pendingSpace = !current.isEmpty }
    }

    mutating func finish() {
        endLine()
        while output.last?.text.isEmpty == true { output.removeLast() }
    }

    // MARK: Text

    private mutating func text(_ run: Substring, number: Int) {
        for c in run {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" {
                if preformatted > 0 { append(c, number: number) } else { pendingSpace = !current.isEmpty }
                continue
            }
            if pendingSpace, !current.isEmpty, current.last != "\t" { current.append(" ") }
            pendingSpace = false
            append(c, number: number)
        }
    }

    private mutating func append(_ c: Character, number: Int) {
        if current.isEmpty { currentNumber = number }
        current.append(c)
    }

    /// Ends the line being made, if it has text.
    private mutating func endLine() {
        pendingSpace = false
        let text = current.trimmingCharacters(" ")  // a row's empty cells keep their tabs
        if !text.allSatisfy({ $0 == "\t" }) { output.append(HTMLText.Line(number: currentNumber, text: String(text))) }
        current = ""
    }

    private mutating func blankLine(number: Int) {
        endLine()
        if let last = output.last, !last.text.isEmpty { output.append(HTMLText.Line(number: number, text: "")) }
    }

    // MARK: Tags

    private mutating func handleTag(_ tag: String, number: Int) {
        guard let first = tag.first, first != "!", first != "?" else { return }  // doctype, processing instruction
        let closing = first == "/"
        let body = closing ? tag.dropFirst() : Substring(tag)
        let name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard !name.isEmpty else { return }
        let selfClosing = tag.hasSuffix("/")
        if !closing, !selfClosing, HTMLText.hiddenElements.contains(name) {
            hidden = name
            return
        }
        if cellsInRow > 0 || name == "td" || name == "th" {
            if tableCell(name, closing: closing, number: number) { return }
        }
        switch name {
        case "table":
            cellsInRow = 0
            blankLine(number: number)
        case "tr":
            endLine()
            cellsInRow = 0
        case "ul", "ol":
            if closing {
                if !lists.isEmpty { lists.removeLast() }
            } else {
                lists.append((name == "ol", Self.attribute("start", in: body).flatMap { Int($0) } ?? 1))
            }
            blankLine(number: number)
        case "li":
            endLine()
            guard !closing, !lists.isEmpty else { return }
            let list = lists[lists.count - 1]
            if list.ordered {
                let value = Self.attribute("value", in: body).flatMap { Int($0) } ?? list.next
                lists[lists.count - 1].next = value + 1
                append(contentsOf: "\(value). ", number: number)
            } else {
                append(contentsOf: "• ", number: number)
            }
        case "br":
            if current.trimmingSpaces.isEmpty { blankLine(number: number) } else { endLine() }
        case "pre":
            preformatted = max(0, preformatted + (closing ? -1 : 1))
            blankLine(number: number)
        default:
            if HTMLText.separatedBlocks.contains(name) {
                blankLine(number: number)
            } else if HTMLText.lineBlocks.contains(name) {
                endLine()
            } else if HTMLText.keptInline.contains(name) {
                if pendingSpace, !current.isEmpty { current.append(" ") }
                pendingSpace = false
                append(contentsOf: closing ? "</\(name)>" : "<\(name)>", number: number)
            }
        }
    }

    /// Inside a table row, a cell's opening tag starts a tab-separated cell, and every
    /// block inside a cell is only a space; true when the tag is dealt with.
    private mutating func tableCell(_ name: String, closing: Bool, number: Int) -> Bool {
        switch name {
        case "td", "th":
            if !closing {
                if cellsInRow > 0 {
                    current = String(current.trimmingCharacters(" "))
                    append(contentsOf: "\t", number: number)
                }
                pendingSpace = false
                cellsInRow += 1
            }
            return true
        case "tr", "table", "thead", "tbody", "tfoot":
            return false
        default:
            if HTMLText.separatedBlocks.contains(name) || HTMLText.lineBlocks.contains(name) {
                pendingSpace = !current.isEmpty && current.last != "\t"
                return true
            }
            return false
        }
    }

    private mutating func append(contentsOf s: String, number: Int) {
        if current.isEmpty { currentNumber = number }
        current += s
    }

    /// The value of an attribute (`start="3"`), if the tag has it.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let r = tag.firstRange(ignoringCase: " \(name)=") else { return nil }
        let value = tag[r.upperBound...].drop { $0 == "\"" || $0 == "'" }
        return String(value.prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "/" })
    }
}
