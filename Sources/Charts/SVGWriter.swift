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

    /// The element lines so far, each ending in a line break, as UTF-8.
    private var body: [UInt8]

    /// A writer of no elements yet, with room for `capacity` bytes of them (a chart of a
    /// dozen bars takes about 11 kB).
    init(capacity: Int = 16_384) { body = .init(); body.reserveCapacity(capacity) }

    /// Appends one already-built element line.
    mutating func add(_ element: String) {
        body += element.utf8
        body.append(UInt8(ascii: "\n"))
    }

    /// Appends the elements another writer collected, after this one's.
    mutating func append(_ other: SVGWriter) {
        body += other.body
    }

    /// Appends ` name="value"`, the value as ``SVGText/number(_:)`` writes it.
    private mutating func attribute(_ name: StaticString, _ value: Double) {
        write(" ")
        write(name)
        write("=\"")
        SVGText.appendNumber(value, to: &body)
        write("\"")
    }

    /// Appends ` name="value"`, the value as it is (a colour, a dash array, a keyword).
    private mutating func attribute(_ name: StaticString, _ value: String) {
        write(" ")
        write(name)
        write("=\"")
        body += value.utf8
        write("\"")
    }

    /// Appends markup as it is, a byte at a time: most markup is a few bytes (`="`), for
    /// which a copy of the whole costs more than the bytes (the buffer is reserved ahead).
    private mutating func write(_ markup: StaticString) {
        let start = markup.utf8Start
        for offset in 0..<markup.utf8CodeUnitCount { body.append(start[offset]) }
    }

    /// A straight line; `dash` is an SVG dash array such as "4 3".
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
        width: Double = 1, dash: String? = nil
    ) {
        write("<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("stroke", stroke)
        attribute("stroke-width", width)
        if let dash { attribute("stroke-dasharray", dash) }
        write("/>\n")
    }

    /// A filled rectangle, optionally outlined.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String,
        outline: (colour: String, width: Double)? = nil
    ) {
        write("<rect")
        attribute("x", x)
        attribute("y", y)
        attribute("width", width)
        attribute("height", height)
        attribute("fill", fill)
        if let outline {
            attribute("stroke", outline.colour)
            attribute("stroke-width", outline.width)
        }
        write("/>\n")
    }

    /// Wrapped text whose first baseline is at `y`, later lines `lineHeight` below. When the
    /// text was truncated, `fullText` becomes a `<title>` child so it still shows on hover.
    mutating func text(
        _ wrapped: SVGText.Wrapped, fullText: String, x: Double, y: Double,
        lineHeight: Double, anchor: Anchor = .start, fontSize: Double = fontSize,
        bold: Bool = false, fill: String = Palette.text
    ) {
        guard !wrapped.lines.isEmpty else { return }
        write("<text")
        attribute("x", x)
        attribute("y", y)
        if anchor != .start { attribute("text-anchor", anchor.rawValue) }
        if fontSize != Self.fontSize { attribute("font-size", fontSize) }
        if bold { write(" font-weight=\"bold\"") }
        attribute("fill", fill)
        if wrapped.lines.count == 1 && !wrapped.isTruncated {
            write(">")
            SVGText.appendEscaped(wrapped.lines[0], to: &body)
            write("</text>\n")
            return
        }
        write(">\n")
        if wrapped.isTruncated {
            write("<title>")
            SVGText.appendEscaped(fullText, to: &body)
            write("</title>\n")
        }
        for (index, line) in wrapped.lines.enumerated() {
            write("<tspan")
            attribute("x", x)
            attribute("y", y + Double(index) * lineHeight)
            write(">")
            SVGText.appendEscaped(line, to: &body)
            write("</tspan>\n")
        }
        write("</text>\n")
    }

    /// The complete document, as UTF-8: the accessible root, `<title>` and `<desc>`, a white background,
    /// the collected elements, and the closing tag with a final newline.
    func document(height: Double, title: String, summary: String) -> [UInt8] {
        var root = SVGWriter(capacity: body.count + 2_048)
        root.write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t d\" viewBox=\"0 0 ")
        SVGText.appendNumber(Self.width, to: &root.body)
        root.write(" ")
        SVGText.appendNumber(height, to: &root.body)
        root.write("\"")
        root.attribute("width", Self.width)
        root.attribute("height", height)
        root.attribute("font-family", Self.fontFamily)
        root.attribute("font-size", Self.fontSize)
        root.write(">\n<title id=\"t\">")
        SVGText.appendEscaped(title, to: &root.body)
        root.write("</title>\n<desc id=\"d\">")
        SVGText.appendEscaped(summary, to: &root.body)
        root.write("</desc>\n")
        root.add(Self.darkScheme)
        root.write("<rect")
        root.attribute("width", Self.width)
        root.attribute("height", height)
        root.attribute("fill", Palette.background)
        root.write("/>\n")
        root.append(self)
        root.write("</svg>\n")
        return root.body
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
    static func noData(title: String, summary: String) -> [UInt8] {
        var writer = SVGWriter()
        writer.text(
            SVGText.Wrapped(lines: ["No data"], isTruncated: false), fullText: "No data", x: width / 2, y: 44,
            lineHeight: 0, anchor: .middle)
        return writer.document(height: 72, title: title, summary: summary)
    }
}
