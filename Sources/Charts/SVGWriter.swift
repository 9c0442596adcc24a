/// Collects the elements of one SVG document, one element per line, and wraps them in the
/// accessible `<svg>` root. Every piece of caller text passes through `SVGText.escape`.
struct SVGWriter {
    /// The fixed canvas width of every chart, in pixels: narrow enough that a phone (358
    /// pixels of column) shows its smallest text (12 px) at 10.7 px, and shown at its own
    /// width, never enlarged, on a wider screen.
    static let width = 400.0
    /// The font every chart uses: system fonts only, nothing fetched.
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    /// The default font size (set on the root element).
    static let fontSize = 13.0

    /// Where a text's `x` sits relative to the text.
    enum Anchor: String {
        case start, middle, end
    }

    /// The element lines so far, each ending in a line break.
    private var body = ""

    /// Appends one already-built element line.
    mutating func add(_ element: String) {
        body += element
        body += "\n"
    }

    /// Appends the elements another writer collected, after this one's.
    mutating func append(_ other: SVGWriter) {
        body += other.body
    }

    /// A straight line; `dash` is an SVG dash array such as "4 3".
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
        width: Double = 1, dash: String? = nil
    ) {
        let n = SVGText.number
        let dashes = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        add(
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" "
                + "stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"\(dashes)/>")
    }

    /// A filled rectangle, optionally outlined.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        outline: (colour: String, width: Double)? = nil
    ) {
        let n = SVGText.number
        let stroke = outline.map { " stroke=\"\($0.colour)\" stroke-width=\"\(n($0.width))\"" } ?? ""
        add(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" "
                + "fill=\"\(fill)\"\(stroke)/>")
    }

    /// Wrapped text whose first baseline is at `y`, later lines `lineHeight` below. When the
    /// text was truncated, `fullText` becomes a `<title>` child so it still shows on hover.
    mutating func text(
        _ wrapped: SVGText.Wrapped, fullText: String, x: Double, y: Double,
        lineHeight: Double, anchor: Anchor = .start, fontSize: Double = fontSize,
        bold: Bool = false, fill: String = Palette.text
    ) {
        guard !wrapped.lines.isEmpty else { return }
        let n = SVGText.number
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if fontSize != Self.fontSize { attributes += " font-size=\"\(n(fontSize))\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        attributes += " fill=\"\(fill)\""
        if wrapped.lines.count == 1 && !wrapped.isTruncated {
            add("<text \(attributes)>\(SVGText.escape(wrapped.lines[0]))</text>")
            return
        }
        add("<text \(attributes)>")
        if wrapped.isTruncated { add("<title>\(SVGText.escape(fullText))</title>") }
        for (index, line) in wrapped.lines.enumerated() {
            let lineY = y + Double(index) * lineHeight
            add("<tspan x=\"\(n(x))\" y=\"\(n(lineY))\">\(SVGText.escape(line))</tspan>")
        }
        add("</text>")
    }

    /// The complete document: the accessible root, `<title>` and `<desc>`, a white background,
    /// the collected elements, and the closing tag with a final newline.
    func document(height: Double, title: String, summary: String) -> String {
        let w = SVGText.number(Self.width), h = SVGText.number(height)
        let lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t d\" "
                + "viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
                + "font-family=\"\(Self.fontFamily)\" font-size=\"\(SVGText.number(Self.fontSize))\">",
            "<title id=\"t\">\(SVGText.escape(title))</title>",
            "<desc id=\"d\">\(SVGText.escape(summary))</desc>",
            Self.darkScheme,
            "<rect width=\"\(w)\" height=\"\(h)\" fill=\"\(Palette.background)\"/>",
        ]
        return lines.joined(separator: "\n") + "\n" + body + "</svg>\n"
    }

    /// The dark scheme: CSS rules on the colour attributes (which CSS overrides), applied
    /// when the reader's system prefers dark, also inside an `<img>`. Every text colour keeps
    /// at least 4.5:1 on the dark background #161718, the site's own.
    static let darkScheme =
        "<style>@media (prefers-color-scheme: dark) {"
        + "[fill=\"\(Palette.background)\"] { fill: #161718 } "
        + "[fill=\"\(Palette.text)\"] { fill: #f3f2f1 } [stroke=\"\(Palette.text)\"] { stroke: #f3f2f1 } "
        + "[fill=\"\(Palette.secondaryText)\"] { fill: #b1b4b6 } [stroke=\"\(Palette.secondaryText)\"] { stroke: #b1b4b6 } "
        + "[stroke=\"\(Palette.grid)\"] { stroke: #3b3f42 } "
        + "[fill=\"\(Palette.bar)\"] { fill: #5694ca } [fill=\"\(Palette.highlightedBar)\"] { fill: #8cc4f5 } "
        + Palette.darkSeries.map {
            "[fill=\"\($0.key)\"] { fill: \($0.value) } [stroke=\"\($0.key)\"] { stroke: \($0.value) } "
        }
        .sorted().joined()
        + "}</style>"

    /// A small chart that says "No data", for a chart with nothing to draw.
    static func noData(title: String, summary: String) -> String {
        var writer = SVGWriter()
        writer.add(
            "<text x=\"\(SVGText.number(width / 2))\" y=\"44\" text-anchor=\"middle\" "
                + "fill=\"\(Palette.text)\">No data</text>")
        return writer.document(height: 72, title: title, summary: summary)
    }
}
