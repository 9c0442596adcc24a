import Foundation
import InspectionModel
import MarkdownPages
import ReportParser
import SourceAndOutput
import Testing

@_spi(Testing) @testable import SitegenCLI

/// Whatever the content holds, the site builds whole: every page renders, every link
/// resolves, every table parses.
@Suite struct SiteRobustnessTests {
    static let templates: TemplateSet = {
        let loaded = TemplateLoader.load(directory: repository + "/Templates", currentDirectory: repository)
        return TemplateSet(loaded.sources)
    }()

    static let assets = AssetLoader.load(templatesDirectory: repository + "/Templates", currentDirectory: repository)
        .files

    static let seeds = SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) }

    func site(_ sources: [ContentSource]) throws -> [ExportFile] {
        try SiteRenderer.files(
            for: SiteRenderer.Input(
                corpus: CorpusParser.parse(sources), sources: sources,
                templates: Self.templates, templatesFolder: "Templates",
                assets: Self.assets))
    }

    static var subsets: [[Int]] {
        [[]] + (0..<seeds.count).map { [$0] } + [[2, 2], Array(seeds.indices)]
    }

    @Test(arguments: subsets)
    func aSiteOfAnySubsetOfTheSeedsIsWhole(subset: [Int]) throws {
        // [2, 2]: the regional letter twice, as two files: the same inspections read twice.
        let sources = subset.enumerated().map { i, seed in
            ContentSource(path: i == 0 ? Self.seeds[seed].path : "Content/copy/\(i).txt", bytes: Self.seeds[seed].bytes)
        }
        let files = try site(sources)
        #expect(files.map(\.path).contains("index.md"))
        #expect(files.map(\.path).contains("trends.md"))
        #expect(Set(files.map(\.path)).count == files.count)
        #expect(SiteCheck.brokenLinks(in: files) == [])
        #expect(SiteCheck.unparsedMarkdown(in: files) == [])
    }

    @Test func damagedTextsStillGiveAWholeSite() throws {
        var generator = SeededRandom(seed: 7)
        for round in 0..<12 {
            let sources = Self.seeds.map { seed in
                var bytes = seed.bytes
                for _ in 0..<40 where !bytes.isEmpty {
                    let at = generator.next(below: bytes.count)
                    switch generator.next(below: 4) {
                    case 0: bytes.remove(at: at)
                    case 1:
                        bytes.insert(
                            [
                                UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "\n"),
                                UInt8(ascii: "#"),
                            ][generator.next(below: 5)], at: at)
                    case 2: bytes.removeSubrange(at..<min(bytes.count, at + 200))
                    default: bytes[at] = UInt8(ascii: "9")
                    }
                }
                return ContentSource(path: seed.path, bytes: bytes)
            }
            let files = try site(sources)
            #expect(SiteCheck.brokenLinks(in: files) == [], "round \(round)")
            #expect(SiteCheck.unparsedMarkdown(in: files) == [], "round \(round)")
            let written = try write(files)
            defer { written.remove() }
            #expect(HTMLSiteCheck.brokenReferences(in: written.path) == [], "round \(round)")
            #expect(HTMLSiteCheck.executableContent(in: written.path) == [], "round \(round)")
        }
    }

    /// A report text carrying HTML and Markdown injection in a recommendation: the model
    /// keeps its words, the source page shows the line as it was, and nothing can run.
    @Test func injectionInAReportTextRunsNowhere() throws {
        let york = try #require(Self.seeds.first { $0.path.hasSuffix("york-2024.txt") })
        let original = "- 2. ensure that all actual and potential victims are identified accurately"
        let hostile =
            "- 2. ensure <img src=x onerror=alert(1)> victims [click](javascript:alert(2)) are <script>alert(3)</script> identified"
        let text = String(decoding: york.bytes, as: UTF8.self)
        #expect(text.contains(original))
        let sources = Self.seeds.map { seed in
            seed.path == york.path
                ? ContentSource(
                    path: seed.path, bytes: Array(text.replacingOccurrences(of: original, with: hostile).utf8)) : seed
        }
        let written = try write(try site(sources))
        defer { written.remove() }
        #expect(HTMLSiteCheck.executableContent(in: written.path) == [])
        #expect(HTMLSiteCheck.brokenReferences(in: written.path) == [])
        let page = try #require(try? String(contentsOfFile: written.path + "/pdus/york.html", encoding: .utf8))
        // The parser removed the active markup (with a warning at its line); the words stay.
        #expect(page.contains("<li><strong>2.</strong> ensure victims click are identified</li>"))
        #expect(!page.contains("alert("))
        let source = try #require(try? String(contentsOfFile: written.path + "/source/york-2024.html", encoding: .utf8))
        #expect(
            source.contains(
                "ensure &lt;img src=x onerror=alert(1)&gt; victims [click](javascript:alert(2)) are &lt;script&gt;alert(3)&lt;/script&gt; identified"
            ))
    }

    /// The files in a new temporary folder.
    func write(_ files: [ExportFile]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for file in files {
            let url = URL(fileURLWithPath: folder.path + "/" + file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
        return folder
    }
}
