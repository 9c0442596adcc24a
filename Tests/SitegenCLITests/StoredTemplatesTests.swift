import Foundation
import PageViews
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import MarkdownPages
@testable import SitegenCLI

/// The templates' compiled form is kept in the build cache and the next build's set made from
/// it; an edited template, another sitegen or a damaged file has them parsed again, and a set
/// with problems is never kept.
@Suite struct StoredTemplatesTests {
    /// The built-in theme overridden by `Templates/`, as a build reads it.
    let sources = Theme(overriddenBy: repository + "/Templates", currentDirectory: repository).templates
    let executable = ContentDigest("sitegen")

    /// A page's view and template that every set of `sources` renders.
    struct Page: Encodable {
        var title = "Leeds"
    }

    func keyIsHeld(_ stored: StoredTemplates, _ sources: [TemplateSource], executable: ContentDigest) -> Bool {
        CachedBlobs.load(stored.path, formatLine: StoredTemplates.formatLine)
            .holds(StoredTemplates.key(of: sources, executable: executable))
    }

    @Test func theNextSetIsMadeFromTheKeptFormAndRendersTheSameBytes() throws {
        let folder = try TemporaryFolder()
        let stored = StoredTemplates(for: folder.path + "/Output", records: true)
        let parsed = stored.templates(sources, executable: executable)
        #expect(!parsed.isFromCompiledForm && parsed.diagnostics.isEmpty)
        #expect(keyIsHeld(stored, sources, executable: executable))
        let kept = stored.templates(sources, executable: executable)
        #expect(kept.isFromCompiledForm)
        #expect(kept.names == parsed.names && kept.names.contains("pdu"))
        let site = Site(corpus: CorpusParser.parse(SiteRobustnessTests.seeds))
        let leeds = try #require(site.pages.first { $0.template == "pdu" && $0.path.contains("leeds") })
        let page = try parsed.render(leeds.view, template: "pdu")
        #expect(page.hasPrefix("# Leeds"))
        #expect(try kept.render(leeds.view, template: "pdu") == page)
        // Another sitegen parses them again.
        #expect(!stored.templates(sources, executable: ContentDigest("another")).isFromCompiledForm)
        // `build --check` reads the kept form but records nothing.
        let checking = StoredTemplates(for: folder.path + "/Other", records: false)
        #expect(!checking.templates(sources, executable: executable).isFromCompiledForm)
        #expect(!FileManager.default.fileExists(atPath: checking.path))
    }

    @Test func anEditedTemplateIsParsedAgainAndKeptUnderItsNewKey() throws {
        let folder = try TemporaryFolder()
        let stored = StoredTemplates(for: folder.path + "/Output", records: true)
        let source = TemplateSource(name: "page", path: "Templates/page.mustache", text: "# {{title}}\n")
        #expect(try stored.templates([source], executable: executable).render(Page(), template: "page") == "# Leeds\n")
        var edited = source
        edited.text = "## {{title}} probation delivery unit\n"
        let set = stored.templates([edited], executable: executable)
        #expect(!set.isFromCompiledForm)
        #expect(try set.render(Page(), template: "page") == "## Leeds probation delivery unit\n")
        #expect(keyIsHeld(stored, [edited], executable: executable))
        #expect(!keyIsHeld(stored, [source], executable: executable))
        #expect(
            try stored.templates([edited], executable: executable).render(Page(), template: "page")
                == "## Leeds probation delivery unit\n")
        #expect(stored.templates([edited], executable: executable).isFromCompiledForm)
    }

    @Test func aDamagedFileIsParsedAgainAndWrittenAgain() throws {
        let folder = try TemporaryFolder()
        let stored = StoredTemplates(for: folder.path + "/Output", records: true)
        let source = TemplateSource(name: "page", path: "Templates/page.mustache", text: "# {{title}}\n")
        _ = stored.templates([source], executable: executable)
        var bytes = try #require(FileManager.default.contents(atPath: stored.path))
        #expect(bytes.count > 40)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: stored.path))
        let set = stored.templates([source], executable: executable)
        #expect(!set.isFromCompiledForm)
        #expect(try set.render(Page(), template: "page") == "# Leeds\n")
        #expect(keyIsHeld(stored, [source], executable: executable))
        #expect(stored.templates([source], executable: executable).isFromCompiledForm)
    }

    @Test func aSetWithProblemsIsParsedEachTimeAndNeverKept() throws {
        let folder = try TemporaryFolder()
        let stored = StoredTemplates(for: folder.path + "/Output", records: true)
        let sources = [
            TemplateSource(name: "page", path: "Templates/page.mustache", text: "# {{title}}\n{{> partials/missing}}\n")
        ]
        for _ in 0..<2 {
            let set = stored.templates(sources, executable: executable)
            #expect(!set.isFromCompiledForm)
            #expect(
                set.diagnostics.map(\.description) == [
                    "Templates/page.mustache:2:1: warning: partial 'partials/missing' does not exist; it renders as nothing"
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: stored.path))
    }
}
