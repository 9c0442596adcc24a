import Foundation
import MarkdownPages
import PageViews
import ReportParser
import SourceAndOutput
import Testing

@_spi(Testing) @testable import SitegenCLI

/// The pages that show every report, made ahead of the render on a thread of their own
/// (``PagesAhead``): the site's files are the same bytes as when the render makes them.
@Suite struct PagesAheadTests {
    static func input() -> SiteRenderer.Input {
        let sources = SiteRobustnessTests.seeds
        return SiteRenderer.Input(
            corpus: CorpusParser.parse(sources), sources: sources, templates: SiteRobustnessTests.templates,
            templatesFolder: "Templates", assets: SiteRobustnessTests.assets)
    }

    @Test func theSiteWithPagesMadeAheadIsTheSiteWithout() throws {
        var input = Self.input()
        let made = try SiteRenderer.files(for: input)
        let ahead = PagesAhead(input.site, templates: input.templates)
        // Every page that shows every report but the first (the index) was made and kept.
        #expect(ahead.kept == [SiteMap.trendsPath, SiteMap.pdusPath, SiteMap.regionsPath])
        input.pagesAhead = ahead
        let withAhead = try SiteRenderer.files(for: input)
        #expect(ahead.kept.isEmpty)  // each given to the render, and let go
        #expect(withAhead.map(\.path) == made.map(\.path))
        for (file, other) in zip(withAhead, made) { #expect(file.contents == other.contents, "\(file.path)") }
    }

    /// A page asked for again, or one the thread does not make, is made then: its template's
    /// Markdown of its view.
    @Test func aPageNotKeptIsMadeWhenAskedFor() throws {
        let input = Self.input()
        let ahead = PagesAhead(input.site, templates: input.templates)
        _ = ahead.kept
        for page in input.site.pages.prefix(7) {
            let expected = try input.templates.renderBytes(page.view, template: page.template)
            #expect(try ahead.markdown(of: page, templates: input.templates) == expected, "\(page.path)")
            #expect(try ahead.markdown(of: page, templates: input.templates) == expected, "\(page.path)")
        }
        #expect(ahead.kept.isEmpty)
    }
}
