/// Recognises the lines a PDF's page layout adds between the report's own lines.
enum PageFurniture {
    static func remove(from lines: [TextLine]) -> [TextLine] {
        var seenTitle = false
        return lines.filter { line in
            guard line.text.utf8.count < 160 else { return true }
            let t = line.trimmed
            if t.isEmpty { return true }
            if isPageNumber(t) { return false }
            if isRunningHeader(t) {
                defer { seenTitle = true }
                return !seenTitle || t.hasSuffix(":")
            }
            return true
        }
    }

    /// `12`, `Page 12`, `Page 12 of 30`, `12 | Page`, `- 12 -`.
    static func isPageNumber(_ t: Substring) -> Bool {
        guard t.utf8.count <= 24 else { return false }
        if let answer = t.withUTF8Bytes(plainIsPageNumber) { return answer }
        guard t.contains(where: \.isNumber) else { return false }
        var words = t.lowercasedText.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "-" || $0 == "–" })
        words.removeAll { $0 == "page" || $0 == "of" }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && (t.count <= 3 || t.lowercasedText.contains("page") || t.hasPrefix("-"))
    }

    /// `isPageNumber` on the bytes of a plain ASCII text (one Character per byte); nil for
    /// any other text.
    private static func plainIsPageNumber(_ t: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ASCII.isPlain(t) else { return nil }
        guard t.contains(where: ASCII.isDigit) else { return false }
        var words: [Slice<UnsafeBufferPointer<UInt8>>] = []
        for word in t.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x7C || $0 == 0x2D }) {  // space tab | -
            let isPageOrOf = word.count == 4 ? word.map(ASCII.lowered).elementsEqual("page".utf8)
                : word.count == 2 && word.map(ASCII.lowered).elementsEqual("of".utf8)
            if !isPageOrOf { words.append(word) }
        }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 3 && $0.allSatisfy(ASCII.isDigit) }
            && (t.count <= 3 || PhraseSearch.holds("page", in: t, ignoringCase: true) || t.first == 0x2D)
    }

    /// `Inspection of probation services in York PDU`, repeated at the top of pages.
    static func isRunningHeader(_ t: Substring) -> Bool {
        (t.startsWithPhrase(ignoringCase: "inspection of probation services in")
            || t.startsWithPhrase(ignoringCase: "an inspection of probation services in"))
            && t.count < 120
    }
}
