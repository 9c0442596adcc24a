import Foundation
import PageViews
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import SitegenCLI

/// A file's input key tells apart every list of texts it is drawn from: the same list of
/// the same texts gives the same key, any other list (or a text's other bytes) another.
@Suite struct InputKeysTests {
    @Test func aKeyTellsApartTheTextsAFileIsDrawnFrom() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: repository + "/Content/reports").sorted()
        let paths = names.prefix(3).map { "Content/reports/" + $0 }
        #expect(paths.count == 3)
        var digests: [String: ContentDigest] = [:]
        for path in paths {
            digests[path] = ContentDigest(
                Array(try #require(FileManager.default.contents(atPath: repository + "/" + path))))
        }
        let keys = InputKeys(salt: ContentDigest("salt"), outline: "outline", texts: digests)
        let (a, b, c) = (paths[0], paths[1], paths[2])
        let drawnFrom: [[String]?] = [nil, [], [a], [b], [a, b], [b, a], [a, b, c], ["\(a) \(b)"], ["missing"]]
        let made = drawnFrom.map { keys.key(of: "pdus/york.md", dependsOn: $0) }
        #expect(Set(made).count == drawnFrom.count)
        #expect(drawnFrom.map { keys.key(of: "pdus/york.md", dependsOn: $0) } == made, "the same inputs, the same key")
        #expect(keys.key(of: "pdus/leeds.md", dependsOn: [a]) != made[2])
        #expect(keys.key(ofPart: "first", in: "pdus/york.md", dependsOn: [a]) != made[2])
        // A text's other bytes, the outline or the salt: another key.
        var changed = digests
        changed[a] = ContentDigest("other bytes")
        let others = [
            InputKeys(salt: ContentDigest("salt"), outline: "outline", texts: changed),
            InputKeys(salt: ContentDigest("salt"), outline: "other outline", texts: digests),
            InputKeys(salt: ContentDigest("other salt"), outline: "outline", texts: digests),
        ]
        for other in others {
            #expect(other.key(of: "pdus/york.md", dependsOn: [a, b]) != made[4])
        }
        #expect(others[0].key(of: "pdus/york.md", dependsOn: [b]) == made[3], "a text it does not show")
        #expect(others[0].key(of: "index.md", dependsOn: nil) != keys.key(of: "index.md", dependsOn: nil))
    }

    /// An HTML page's key is the digest of `<salt> <content>\n` and its frame's fields as the
    /// rule writes them (the strings below), for every page and text page of the seeds' site
    /// and for frames with no trail, no alternate, a filter box and names in other scripts.
    @Test func anHTMLPagesKeyIsTheDigestOfItsFramesFieldsAsWritten() {
        func text(_ value: String) -> String { "\(value.utf8.count):\(value)" }
        func link(_ link: Link) -> String { text(link.text) + " " + text(link.href) }
        func fields(_ frame: PageFrame) -> String {
            let navigation = frame.navigation.map { text($0.text) + " " + text($0.href) + " \($0.isCurrent)" }
            return [
                "path \(text(frame.path))", "title \(text(frame.title))", "siteName \(text(frame.siteName))",
                "root \(text(frame.root))", "home \(text(frame.home))",
                "navigation \(navigation.joined(separator: " "))",
                "trail \(frame.trail.map(link).joined(separator: " "))",
                "hasTrail \(frame.hasTrail)", "alternate \(frame.alternate.map(link) ?? "none")",
                "filtersFirstTable \(frame.filtersFirstTable)",
            ].map { $0 + "\n" }.joined()
        }
        let site = Site(corpus: CorpusParser.parse(SeedTexts.all.map { ContentSource(path: $0.path, bytes: $0.bytes) }))
        var frames = site.pages.map(\.frame) + site.sourcePages.map(\.frame)
        var odd = frames[0]
        (odd.title, odd.trail, odd.hasTrail, odd.alternate) = ("Ynys Môn — Ζ 日本", [], false, nil)
        odd.filtersFirstTable = true
        frames.append(odd)
        odd.trail = [Link(text: "", href: "a b.html"), Link(text: "ü", href: "../x.html#L1")]
        frames.append(odd)
        #expect(frames.count > 20)
        let (salt, content) = (ContentDigest("salt"), ContentDigest("content"))
        let keys = InputKeys(salt: salt, outline: site.outline, texts: [:])
        for frame in frames {
            #expect(frame.keyFields == fields(frame), "\(frame.path)")
            #expect(keys.key(of: frame, content: content) == ContentDigest("\(salt) \(content)\n" + fields(frame)))
        }
    }
}
