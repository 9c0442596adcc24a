import Foundation

@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of a parsed SVG: its name, attributes, the text directly inside it and the
/// index of its parent element.
struct SVGElement {
    var name: String
    var attributes: [String: String]
    var text: String
    var parent: Int?

    /// The attribute `name` as a number, or nil.
    func number(_ name: String) -> Double? {
        attributes[name].flatMap(Double.init)
    }
}

/// One line of visible text, with its estimated horizontal extent.
struct TextLine {
    var text: String
    var left: Double
    var right: Double
    var baseline: Double
    var fill: String?
    var bold: Bool
}

/// A chart parsed with Foundation's `XMLParser` (a real XML parser, so a successful parse is a
/// well-formedness check): its elements in document order and its visible text lines.
final class ParsedSVG: NSObject, XMLParserDelegate {
    let source: String
    private(set) var elements: [SVGElement] = []
    private var open: [Int] = []

    /// `svg` parsed, or nil when it is not well-formed XML.
    init?(_ svg: String) {
        source = svg
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(SVGElement(name: elementName, attributes: attributeDict, text: "", parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        open.removeLast()
    }

    /// The root's viewBox as (width, height).
    var viewBox: (width: Double, height: Double) {
        let parts = (elements.first?.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        return parts.count == 4 ? (parts[2], parts[3]) : (0, 0)
    }

    /// The elements called `name`.
    func named(_ name: String) -> [SVGElement] {
        elements.filter { $0.name == name }
    }

    /// Every visible line of text: a `<text>` holding its text directly, or a `<tspan>` (which
    /// takes its style from its `<text>`), with its extent estimated by the charts' own rule.
    var textLines: [TextLine] {
        elements.compactMap { element in
            let style: SVGElement
            switch element.name {
            case "text" where !element.text.allSatisfy(\.isWhitespace): style = element
            case "tspan": style = elements[element.parent!]
            default: return nil
            }
            let size = style.number("font-size") ?? 13
            let bold = style.attributes["font-weight"] == "bold"
            let width = SVGText.width(of: element.text, fontSize: size, bold: bold)
            let x = element.number("x") ?? .nan
            let left =
                switch style.attributes["text-anchor"] {
                case "middle": x - width / 2
                case "end": x - width
                default: x
                }
            return TextLine(
                text: element.text, left: left, right: left + width,
                baseline: element.number("y") ?? .nan, fill: style.attributes["fill"], bold: bold)
        }
    }

    /// The texts of every visible line.
    var texts: [String] {
        textLines.map(\.text)
    }

    /// Descriptions of every visible line, rectangle, line and marker that is not wholly
    /// inside the viewBox (text by its estimated extent, from 11 pixels above its baseline).
    var outsideViewBox: [String] {
        let (width, height) = viewBox
        func inside(_ x: Double, _ y: Double) -> Bool { x >= 0 && x <= width && y >= 0 && y <= height }
        var outside = textLines.filter { !inside($0.left, $0.baseline - 11) || !inside($0.right, $0.baseline + 3) }
            .map { "text \($0.text)" }
        for element in elements {
            let a = { (name: String) in element.number(name) ?? 0 }
            let corners: [(Double, Double)] =
                switch element.name {
                case "rect": [(a("x"), a("y")), (a("x") + a("width"), a("y") + a("height"))]
                case "line": [(a("x1"), a("y1")), (a("x2"), a("y2"))]
                case "circle": [(a("cx") - a("r"), a("cy") - a("r")), (a("cx") + a("r"), a("cy") + a("r"))]
                case "polygon", "polyline":
                    (element.attributes["points"] ?? "").split(separator: " ").map {
                        let xy = $0.split(separator: ",").compactMap { Double($0) }
                        return (xy.first ?? .nan, xy.last ?? .nan)
                    }
                default: []
                }
            if !corners.allSatisfy(inside) { outside.append("\(element.name) \(element.attributes)") }
        }
        return outside
    }
}

/// The WCAG 2.2 contrast ratio of the colour `hex` ("#rrggbb") against white.
func contrastAgainstWhite(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    guard hex.hasPrefix("#"), digits.count == 6 else { return 0 }
    let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
        let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return 1.05 / (luminance + 0.05)
}
