import Foundation
import Testing

@testable import Charts

/// Every chart is well-formed, deterministic, accessible and safe, whatever text it is given.
@Suite struct ChartSafetyTests {
    @Test(arguments: Samples.all.map(\.name))
    func everyChartIsWellFormedXMLWithAnAccessibleRoot(name: String) throws {
        let svg = try #require(Samples.all.first { $0.name == name }?.svg)
        let parsed = try #require(ParsedSVG(svg), "not well-formed: \(name)")
        #expect(
            svg.hasPrefix(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t d\" viewBox=\"0 0 400 "))
        #expect(svg.hasSuffix("</svg>\n") && !svg.hasSuffix("\n\n"))
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "400")
        #expect(root.attributes["height"].flatMap(Double.init) == parsed.viewBox.height)
        #expect(root.attributes["font-family"] == "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif")
        #expect(parsed.elements.dropFirst().prefix(2).map(\.name) == ["title", "desc"])
        #expect(parsed.elements[1].attributes["id"] == "t" && parsed.elements[2].attributes["id"] == "d")
        #expect(svg.split(separator: "\n").allSatisfy { $0.hasPrefix("<") }, "one element per line")
    }

    @Test func titleAndSummaryAreTheAccessibleNameAndDescription() throws {
        let parsed = try #require(ParsedSVG(Samples.bars.svg()))
        #expect(parsed.named("title").first?.text == "Leeds: key questions")
        #expect(parsed.named("desc").first?.text == Samples.bars.summary)
    }

    @Test(arguments: Samples.all.map(\.name))
    func nothingActiveOrExternalEverAppears(name: String) throws {
        let svg = try #require(Samples.all.first { $0.name == name }?.svg)
        let parsed = try #require(ParsedSVG(svg))
        for forbidden in ["<script", "<foreignobject", "<a ", "<image", "<use", "<!", "url(", "@import"] {
            #expect(!svg.lowercased().contains(forbidden), "\(name) contains \(forbidden)")
        }
        // The one style sheet is sitegen's own dark scheme, never text from the caller.
        #expect(svg.components(separatedBy: "<style>").count == 2 && svg.contains(SVGWriter.darkScheme), "\(name)")
        let allowed: Set = [
            "svg", "title", "desc", "style", "rect", "line", "text", "tspan", "polyline", "polygon", "circle",
        ]
        #expect(Set(parsed.elements.map(\.name)).isSubset(of: allowed), "\(name)")
        for element in parsed.elements {
            for (attribute, value) in element.attributes {
                #expect(
                    !attribute.lowercased().hasPrefix("on") && !attribute.lowercased().contains("href"),
                    "\(name): \(element.name) \(attribute)")
                let external = ["url(", "javascript:", "data:", "http"].contains { value.lowercased().contains($0) }
                #expect(
                    !external || (attribute == "xmlns" && value == "http://www.w3.org/2000/svg"),
                    "\(name): \(element.name) \(attribute)=\(value)")
            }
        }
    }

    @Test func hostileTextAppearsOnlyEscaped() throws {
        let escaped =
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&apos; &lt;a href=&quot;javascript:x&quot; onload=&quot;y&quot;&gt;"
        for svg in [Samples.hostileBars.svg(), Samples.hostileTimeline.svg()] {
            #expect(!svg.contains(Samples.hostile))
            #expect(!svg.contains("<script") && !svg.contains("<a ") && !svg.contains("\"&'"))
            #expect(svg.contains("<title id=\"t\">\(escaped)</title>"))
            #expect(svg.contains("<desc id=\"d\">\(escaped)</desc>"))
            let parsed = try #require(ParsedSVG(svg))
            #expect(parsed.named("title").first?.text == Samples.hostile)
            #expect(parsed.texts.contains { $0.contains("<script>") }, "the text itself is still shown")
        }
    }

    @Test(arguments: Samples.all.map(\.name))
    func everythingIsDrawnInsideTheViewBox(name: String) throws {
        let svg = try #require(Samples.all.first { $0.name == name }?.svg)
        let parsed = try #require(ParsedSVG(svg))
        #expect(parsed.outsideViewBox == [])
    }

    @Test(arguments: Samples.all.map(\.name))
    func allTextHasAtLeastAAContrastOnWhite(name: String) throws {
        let svg = try #require(Samples.all.first { $0.name == name }?.svg)
        let parsed = try #require(ParsedSVG(svg))
        #expect(parsed.named("rect").first?.attributes["fill"] == "#ffffff", "white background first")
        #expect(!parsed.textLines.isEmpty)
        for line in parsed.textLines {
            let fill = try #require(line.fill, "text without a colour: \(line.text)")
            #expect(contrastAgainstWhite(fill) >= 4.5, "\(fill) for \(line.text)")
        }
    }

    @Test func everyPaletteColourMeetsAAForText() {
        let colours = Palette.series + [Palette.text, Palette.secondaryText, Palette.bar, Palette.highlightedBar]
        for colour in colours {
            #expect(contrastAgainstWhite(colour) >= 4.5, "\(colour)")
        }
        #expect(contrastAgainstWhite(Palette.grid) < 4.5, "the contrast check itself can fail")
    }

    @Test func renderingIsDeterministic() {
        for chart in [Samples.bars, Samples.largeBars, Samples.hostileBars] {
            #expect(chart.svg() == chart.svg())
            #expect(
                BarChart(
                    title: chart.title, summary: chart.summary, bars: chart.bars,
                    maximum: chart.maximum, thresholds: chart.thresholds
                ).svg() == chart.svg())
        }
        for chart in [Samples.timeline, Samples.largeTimeline, Samples.hostileTimeline] {
            #expect(chart.svg() == chart.svg())
        }
    }

    @Test func renderingInParallelGivesTheSameBytes() async {
        let expected = Samples.largeTimeline.svg()
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<4 { group.addTask { Samples.largeTimeline.svg() } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: expected, count: 4))
    }
}
