import InspectionModel
import PageViews
import ParallelWork
import Testing

/// The site made on every core (its map's two halves, then its pages and charts beside the
/// texts' pages) is the site made on one thread, field for field.
@Suite struct SiteOnBothCoresTests {
    /// The seeds, and the seeds with two partial inspections (one with a PDU, one a region's),
    /// by name (a test's log names its arguments).
    static let corpora = [
        "seeds": SeedSite.corpus, "seeds and partial inspections": PartialInspectionPagesTests.corpus,
    ]

    @Test(arguments: corpora.keys) func theMapIsTheSame(corpus name: String) {
        let corpus = Self.corpora[name]!
        let (serial, parallel) = (
            SiteMap(corpus: corpus, parallelism: .serial), SiteMap(corpus: corpus, parallelism: .allCores)
        )
        #expect(!serial.pdus.isEmpty && !serial.sourcesByPage.isEmpty)
        #expect(Self.described(parallel) == Self.described(serial))
        #expect(parallel.outline == serial.outline)
    }

    @Test(arguments: corpora.keys) func theSiteIsTheSame(corpus name: String) {
        let corpus = Self.corpora[name]!
        let (serial, parallel) = (
            Site(corpus: corpus, parallelism: .serial), Site(corpus: corpus, parallelism: .allCores)
        )
        #expect(serial.pages.count > 10 && serial.sourcePages.count >= 5 && !serial.charts.isEmpty)
        #expect(parallel.pages.map(Self.described) == serial.pages.map(Self.described))
        #expect(parallel.sourcePages.map(Self.described) == serial.sourcePages.map(Self.described))
        #expect(
            parallel.charts.map { "\($0.path) \(String(describing: $0.dependsOn))" }
                == serial.charts.map { "\($0.path) \(String(describing: $0.dependsOn))" })
        #expect(parallel.charts.map(\.svgBytes) == serial.charts.map(\.svgBytes))
        #expect(parallel.outline == serial.outline)
        #expect(Self.described(parallel.map) == Self.described(serial.map))
    }

    /// Every stored field of a value (a page's path, template, frame and texts).
    static func described(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    /// What the map holds, its dictionaries by their keys (two dictionaries of the same
    /// entries need not list them in the same order).
    static func described(_ map: SiteMap) -> String {
        described(
            (
                map.pdus, map.regions, map.partials, map.sourcesByPage,
                map.sources.sorted { $0.key < $1.key }.map(\.value),
                map.diagnostics.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" },
                map.pdus.flatMap(\.inspections).map(map.keyQuestionChartPath(for:))
            ))
    }

    static func described(_ page: Site.Page) -> String {
        described((page.path, page.template, page.frame, page.dependsOn as Any))
    }
}
