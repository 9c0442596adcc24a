import MarkdownHTML
import Testing

/// cmark-gfm 0.29.0.gfm.6 is not thread-safe: unserialised, concurrent conversions lose
/// strikethrough and autolinks. The converter's lock must make concurrent output equal
/// to serial output.
@Suite struct ConcurrencyTests {
    static func document(_ number: Int) -> String {
        var text = "# Report \(number)\n\n"
        for line in 0..<40 {
            text += "Line \(line): ~~old \(number)~~ new, see www.example.org/\(number)/\(line) "
            text += "and https://example.com/\(line)?n=\(number) or [page](p\(line).md#s).\n\n"
        }
        text += "| a | b |\n|:-|-:|\n| ~x\(number)~ | https://t.example/\(number) |\n"
        return text
    }

    @Test func concurrentConversionsEqualSerialOnes() async {
        let documents = (0..<24).map(Self.document)
        let converter = MarkdownConverter()
        let serial = documents.map { converter.convert($0) }
        #expect(serial[0].html.contains("<del>old 0</del>"))
        #expect(serial[0].html.contains("<a href=\"http://www.example.org/0/0\">"))

        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<6 {
                        for index in documents.indices {
                            let which = (index + task * 5 + round) % documents.count
                            if converter.convert(documents[which]) != serial[which] { mismatches += 1 }
                        }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
