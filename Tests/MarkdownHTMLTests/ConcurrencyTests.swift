import Foundation
import MarkdownHTML
import ParallelWork
import Testing

/// cmark-gfm 0.29.0.gfm.6 parses inlines with process-wide tables of special characters:
/// conversions that parse inlines at the same time lose strikethrough and autolinks. The
/// converter locks only that step (`cmark_parser_finish`); everything else runs
/// concurrently. Concurrent output must equal serial output, byte for byte, for every page
/// of the example site and for generated pages that use every extension.
@Suite struct ConcurrencyTests {
    /// A page with headings, emphasis, strikethrough (`~` and `~~`), autolinks (`www.`,
    /// `https:`, e-mail), `.md` links, code, an aligned table with badges, folded sections
    /// and footnotes; `number` varies the text, the lengths and which parts appear.
    static func document(_ number: Int) -> String {
        var text = "# Report \(number)\n\n"
        for line in 0..<(10 + number % 25) {
            text += "#### Part \(line)\n\n"
            text += "Line \(line): ~~old \(number)~~ ~new~, *see* www.example.org/\(number)/\(line) "
            text += "and https://example.com/\(line)?n=\(number), mail ops\(line)@example.net, "
            text += "`code ~\(line)~` or [page](p\(line).md#s)"
            text += line % 3 == 0 ? " with a note[^n\(line)].\n\n" : ".\n\n"
        }
        text += "| Standard | Rating |\n|:-|-:|\n"
        for row in 0..<(number % 7) {
            text += "| ~x\(number)~ www.t\(row).example | \(row % 2 == 0 ? "Good" : "Inadequate") |\n"
        }
        for line in stride(from: 0, to: 10 + number % 25, by: 3) {
            text += "\n[^n\(line)]: Note \(line) of \(number), see https://notes.example/\(line).\n"
        }
        return text
    }

    /// The Markdown pages of the example site (`Output/`), sorted by path.
    static func sitePages() throws -> [String] {
        let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Output")
        let files =
            FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        return try files.sorted { $0.path < $1.path }.map { try String(contentsOf: $0, encoding: .utf8) }
    }

    /// Runs `body(thread)` on `threads` threads of their own at once (not the cooperative
    /// pool, which has only as many threads as cores) and returns the counts they return.
    static func onThreads(_ threads: Int, _ body: @escaping @Sendable (Int) -> Int) -> [Int] {
        let results = Locked([Int: Int]())
        let group = DispatchGroup()
        for index in 0..<threads {
            group.enter()
            let thread = Thread {
                let value = body(index)
                results.withLock { $0[index] = value }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        let values = results.value
        return (0..<threads).map { values[$0]! }
    }

    @Test func concurrentConversionsEqualSerialOnes() throws {
        let site = try Self.sitePages()
        #expect(site.count >= 18)
        let documents = site + (0..<150).map(Self.document)
        let converter = MarkdownConverter(
            scrollableTables: true,
            badges: ["Good": "rating rating-good", "Inadequate": "rating rating-inadequate"],
            foldedHeadingLevel: 4, foldedSummary: "Show the findings")
        let serial = documents.map { converter.convert($0) }
        let generated = serial[site.count + 20].html
        #expect(generated.contains("<del>old 20</del> <del>new</del>"))
        #expect(generated.contains("<a href=\"http://www.example.org/20/0\">www.example.org/20/0</a>"))
        #expect(generated.contains("<a href=\"mailto:ops0@example.net\">ops0@example.net</a>"))
        #expect(generated.contains("<sup class=\"footnote-ref\"><a href=\"#fn-n0\""))
        #expect(generated.contains("<span class=\"rating rating-good\">Good</span>"))

        let (threads, rounds) = (8, 2)
        let mismatches = Self.onThreads(threads) { thread in
            var mismatches = 0
            for round in 0..<rounds {
                for index in documents.indices {
                    let which = (index + thread * 21 + round * 7) % documents.count
                    if converter.convert(documents[which]) != serial[which] { mismatches += 1 }
                }
            }
            return mismatches
        }
        #expect(mismatches.reduce(0, +) == 0, "\(mismatches) mismatches of \(threads * rounds * documents.count)")
    }
}
