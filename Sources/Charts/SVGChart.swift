/// A chart drawn as a standalone SVG document: its bytes for a file, or its text.
public protocol SVGChart {
    /// The chart as a complete SVG document in UTF-8, starting `<svg` and ending `</svg>\n`.
    func svgBytes() -> [UInt8]
}

extension SVGChart {
    /// ``svgBytes()`` as text.
    public func svg() -> String { String(decoding: svgBytes(), as: UTF8.self) }
}
