import InspectionModel
import TestSupport
import Testing

@testable import ReportParser

/// The byte-level scanners must answer exactly as the Character-level ones, whatever the
/// text holds: combining accents, prepended marks, CR LF, look-alikes of ASCII characters
/// (Kelvin sign, Greek question mark, dotted capital I), emoji sequences. A rule written
/// once over `TextUnit` is run on bytes and on Characters over the seeds and generated
/// texts and the two answers compared; a byte fast path's `ByteAnswer`, when decided, is
/// compared with the Character rule; phrase searches with the standard library's.
@Suite("Byte-level scanning answers as Character-level scanning")
struct ByteScanningTests {
    /// Pieces the generated texts are made of: ASCII, and the non-ASCII scalars that can
    /// change a Character-level answer.
    static let pieces: [String] = [
        "a", "b", "k", "K", "e", "i", "I", " ", " ", "\t", ";", "`", ".", ",", "-", ":", "?", "%", "1", "2", "0", "9",
        "\u{301}", "\u{0600}", "\u{212A}", "\u{0130}", "\u{037E}", "\u{1FEF}", "\r", "\n", "\r\n", "é", "–", "—", "İ",
        "ß", "\u{FB01}", "\u{200D}", "\u{1F44D}", "\u{1F1EC}\u{1F1E7}", "\u{A0}", "\u{2009}", "¹", "²", "ǅ", "Σ",
        "ab", "ke", "be", "Ke", "AB", "Rating", "rating", "led by ", "ABC", "\u{308}", "\u{1160}", "\u{11A8}",
    ]
    static let phrases: [String] = [
        "a", "ab", "k", "K", "b ", " a", "ke", "i", "e;", "`a", "rating", "led by ", "1", "?", "%", ",", "abc",
    ]

    /// Generated texts, and substrings of them cut at scalar boundaries (so inside Characters).
    static func samples(count: Int = 4000) -> [Substring] {
        var generator = SeededRandom(seed: 42)
        var result: [Substring] = []
        for _ in 0..<count {
            let length = Int.random(in: 0...8, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            result.append(text[...])
            let scalars = text.unicodeScalars
            if scalars.count >= 2 {
                let lower = Int.random(in: 0...(scalars.count / 2), using: &generator)
                let upper = Int.random(in: lower...scalars.count, using: &generator)
                result.append(
                    text[
                        scalars.index(
                            scalars.startIndex, offsetBy: lower)..<scalars.index(scalars.startIndex, offsetBy: upper)])
            }
        }
        return result
    }

    // The references are the Character-level algorithms the parser's own calls resolve to:
    // in this test module Foundation's `contains` and `hasPrefix` (NSString's, which compare
    // scalars) would otherwise be chosen.
    @Test("contains, firstRange and hasPrefix of ASCII phrases")
    func phraseSearch() {
        for text in Self.samples() {
            let string = String(text)
            for phrase in Self.phrases {
                let lower = phrase.lowercased()
                #expect(
                    text.containsPhrase(phrase) == (text.firstRange(of: phrase) != nil),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(string.containsPhrase(phrase) == (string.firstRange(of: phrase) != nil))
                #expect(
                    text.containsPhrase(ignoringCase: lower) == (text.lowercased().firstRange(of: lower) != nil),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(
                    text.firstRange(ofPhrase: phrase) == text.firstRange(of: phrase),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(string.firstRange(ofPhrase: phrase) == string.firstRange(of: phrase))
                #expect(
                    string.replacingPhrase(phrase, with: "–") == string.replacing(phrase, with: "–"),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(
                    text.startsWithPhrase(phrase) == text.starts(with: phrase),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(
                    text.startsWithPhrase(ignoringCase: lower) == text.lowercased().starts(with: lower),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                if !text.mayContain(phrase) { #expect(text.firstRange(of: phrase) == nil) }
                #expect(
                    text.equalsPhrase(ignoringCase: lower) == (text.lowercased() == lower),
                    "\(Array(text.unicodeScalars)) \(phrase)")
            }
        }
    }

    @Test("A phrase a text cannot contain is in no part of it")
    func mayContainIgnoringCase() {
        let phrases = Set(Self.phrases.map { $0.lowercased() }).sorted() + ["fieldwork", "previously inspected"]
        var keptByBytes = 0
        for text in Self.texts {
            let lookalike = text.holdsLookalike
            let kept = Set(phrases.filter { text.mayContain(ignoringCase: $0, holdsLookalike: lookalike) })
            #expect(kept == Set(phrases.filter { text.mayContain(ignoringCase: $0) }))
            let scalars = Array(text.unicodeScalars)
            // Every prefix and suffix cut at scalar boundaries of a generated text (short; the
            // samples hold parts of texts too); a seed's text whole.
            let cuts = scalars.count <= 24 ? Array(0...scalars.count) : []
            let parts = [0..<scalars.count] + cuts.map { 0..<$0 } + cuts.map { $0..<scalars.count }
            for phrase in phrases where !kept.contains(phrase) {
                for part in parts {
                    var cut = String.UnicodeScalarView()
                    cut.append(contentsOf: scalars[part])
                    #expect(String(cut).lowercased().firstRange(of: phrase) == nil, "\(scalars) \(phrase)")
                }
            }
            if !lookalike {
                let lower = Array(text.asciiLowercased.utf8)
                #expect(kept == Set(phrases.filter { lower.contains(Array($0.utf8)) }))
                keptByBytes += kept.count
            }
        }
        #expect(keptByBytes > 1000, "the texts held the phrases only \(keptByBytes) times")
    }

    @Test("ASCII classes are the Character properties of one ASCII byte")
    func asciiClasses() {
        for byte in UInt8(0)..<0x80 {
            let c = Character(Unicode.Scalar(byte))
            #expect(ASCII.isWhitespace(byte) == c.isWhitespace, "\(byte)")
            #expect(ASCII.isLetter(byte) == c.isLetter, "\(byte)")
            #expect(ASCII.isDigit(byte) == c.isNumber, "\(byte)")
            #expect(ASCII.isUpper(byte) == c.isUppercase, "\(byte)")
            #expect(ASCII.isLower(byte) == c.isLowercase, "\(byte)")
            #expect(String(Unicode.Scalar(ASCII.lowered(byte))) == String(c).lowercased(), "\(byte)")
        }
    }

    @Test("A byte set holds exactly the bytes it was made of")
    func byteSets() {
        let memberships: [[UInt8]] = [
            [], [0], [63, 64], [127, 128], [191, 192, 255], Array("+-=|:".utf8), Array("•–".utf8),
            Array(UInt8(0)...UInt8(255)).filter { $0 % 3 == 0 },
        ]
        for members in memberships {
            let set = ByteSet(members)
            for byte in UInt8(0)...UInt8(255) { #expect(set.contains(byte) == members.contains(byte), "\(byte)") }
        }
    }

    @Test("A line is blank when it holds only spaces and tabs, as its bytes say")
    func blankLines() {
        var lines = Seeds.all.flatMap { NormalisedText.physicalLines(Seeds.text($0)) }
        lines += ["", " ", "\t \t", " \u{C} ", "\u{A0}", "\u{2003} ", " \u{301}", "\r", " x ", "\t-"]
        #expect(lines.contains { $0.isEmpty } && lines.contains { !$0.isEmpty && $0.allSatisfy { $0 == " " } })
        for (number, text) in lines.enumerated() {
            let spacesAndTabs: Bool = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            #expect(TextLine(number: number, text: text).isBlank == spacesAndTabs, "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Trimming, collapsing and footnote marks")
    func trimming() {
        let sets = [":", "'\".:", ",.'", "(),;:", " .:", " :–—-|\t", "-•*\t ", "\" ", ".", " .:,", "\u{301}a"]
        for text in Self.samples() + Self.samples(count: 1500, pieces: Self.spacePieces) {
            let characterTrim = text.trimming { $0.isWhitespace }
            #expect(text.trimmingSpaces == characterTrim, "\(Array(text.unicodeScalars))")
            #expect(text.trimmingSpaces.utf8.count == characterTrim.utf8.count)
            for set in sets {
                let trimmed = text.trimmingCharacters(set), reference = text.trimming { set.contains($0) }
                #expect(
                    trimmed.startIndex == reference.startIndex && trimmed.endIndex == reference.endIndex,
                    "\(Array(text.unicodeScalars)) \(set)")
            }
            for limit in 0...9 { #expect(text.hasFewerCharacters(than: limit) == (text.count < limit)) }
            #expect(text.collapsingSpaces == Self.referenceCollapsing(text))
            #expect(Array(text.collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text).utf8))
            #expect(
                Array(text.withoutFootnoteMarks.utf8)
                    == Array(String(text.filter { !Phrases.superscripts.contains($0) }).utf8))
            for needle in ["a", "ab", "k", "rating", "led by ", "i", "e;"] {
                #expect(
                    text.firstRange(ignoringCase: needle) == text.characterFirstRange(ignoringCase: needle),
                    "\(Array(text.unicodeScalars)) \(needle)")
            }
        }
    }

    static let spacePieces = [
        " ", " ", "  ", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{A0}", "\u{2009}", "\u{301}", "a", "b", ":", ".", "'",
        "\"",
        "–", "•", "-", "*", ";", "\u{037E}", "¹", "²", "\u{2074}", "\u{2071}", "é", "x\u{0600}", "\u{1F44D}",
    ]

    static func samples(count: Int, pieces: [String]) -> [Substring] {
        var generator = SeededRandom(seed: 7)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...7, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()[...]
        }
    }

    /// The white space rule `collapsingSpaces` follows (it runs on bytes only: after
    /// normalisation all white space is ASCII).
    static func referenceCollapsing(_ s: Substring) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let wordPieces = [
        "a", "B", "k", "Jan", "june", "Sept", "sept.", "may", "MARCH", "one", "Twenty", "twenty-one", "-twenty-one",
        "eight", "12",
        "1,325", "27.2", "7/21", "59%", "2025", "1999", "24th", " ", "  ", "\t", "\n", ",", ".", "'", "(", ")", ":",
        "-", "?",
        "Good", "good", "Requires", "requires", "improvement", "Improvement", "Outstanding", "inadequate", "staff",
        "staffing",
        "court work", "Leadership", "February 2025", "24th", "7 March", "1 April 2024", "and", "é", "\u{301}", "–",
        "\u{212A}", "\u{0130}", "¹", "•", "Ǆ", "\r", "P", "1.1", "*", "- ",
        "11 / 27", "/", "7/21", "١", "½", ". A", ". 2", ". é", "\r\n", "Page", "PAGE 3", "of", "|", "Ⅻ",
    ]

    // MARK: Each rule written once, run on bytes and on Characters

    /// Every line of the five seeds, every run of ten lines (tables and sentences span
    /// lines), and generated hostile texts: non-ASCII letters and digits, combining
    /// marks, CR LF, tabs, look-alikes of ASCII characters.
    static let texts: [String] = {
        var texts: [String] = []
        for seed in Seeds.all {
            let lines = Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            texts += lines
            texts += stride(from: 0, to: lines.count, by: 10).map {
                lines[$0..<min(lines.count, $0 + 10)].joined(separator: "\n")
            }
        }
        return texts
            + (samples() + samples(count: 3000, pieces: wordPieces) + samples(count: 1500, pieces: spacePieces)).map(
                String.init)
    }()

    /// Byte offsets of a range of `text`, to compare a byte instantiation's answer with a Character one's.
    static func offsets(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(
            from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(
                from: text.startIndex, to: range.upperBound)
    }

    /// Runs `compare` on every text: on a plain ASCII one with its bytes (and `plain` true),
    /// to compare the two instantiations of a rule; and checks that the seeds give the
    /// rule something to find on bytes at least `minimum` times (`compare` says when).
    static func differential(minimum: Int, _ compare: (String, UnsafeBufferPointer<UInt8>?) -> Bool) {
        var found = 0
        for text in texts {
            let plain = text.isPlainASCII
            if text.withUTF8Bytes({ compare(text, plain ? $0 : nil) }), plain { found += 1 }
        }
        #expect(found >= minimum, "the seeds gave the byte instantiation only \(found) texts with an answer")
    }

    @Test("Words and dates: one rule on bytes and on Characters")
    func words() {
        Self.differential(minimum: 3000) { text, bytes in
            let characters = Phrases.wordRanges(text).map { Self.offsets($0, in: text) }
            if let bytes { #expect(Phrases.wordRanges(bytes) == characters, "\(Array(text.unicodeScalars))") }
            #expect(
                Phrases.words(text).map { Self.offsets($0.startIndex..<$0.endIndex, in: text) } == characters,
                "\(Array(text.unicodeScalars))")
            return !characters.isEmpty
        }
    }

    @Test("Months: one rule on bytes and on Characters; the initials filter from the month names")
    func months() {
        var seen = 0
        Self.differential(minimum: 0) { text, _ in
            for word in Phrases.wordRanges(text).map({ text[$0] }) + [text[...]] {
                let characters = Phrases.month(lowercased: word.lowercasedText)
                if word.isPlainASCII {
                    #expect(Phrases.month(lowercased: word.utf8.lazy.map(ASCII.lowered)) == characters, "\(word)")
                }
                #expect(Phrases.month(word) == characters, "\(Array(word.unicodeScalars))")
                if characters != nil, word.isPlainASCII { seen += 1 }
            }
            return false
        }
        #expect(seen >= 100)
        for (i, name) in Phrases.months.enumerated() {
            for form in [name, name.uppercased(), String(name.prefix(3)).capitalized, String(name.prefix(3)) + "."] {
                #expect(Phrases.month(form) == i + 1, "\(form)")
            }
        }
    }

    @Test("Counts: the initials filter from the number words")
    func counts() {
        let words = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        for (n, word) in words.enumerated() {
            #expect(Phrases.count(word) == n)
            #expect(Phrases.count(word.uppercased()) == n)
        }
        for (n, word) in [
            30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
        ] {
            #expect(Phrases.count(word.capitalized) == n)
            #expect(Phrases.count(word + "-one") == n + 1)
        }
    }

    @Test("The last words of a text, read from its end, are the last of all its words")
    func lastWords() {
        // The seeds' lines and paragraphs (the case counts are read from the words before a
        // phrase), generated texts with prepended marks, accents and runs of spaces, and their parts.
        var compared = 0
        for text in Self.texts.map({ $0[...] }) + Self.samples() + Self.samples(count: 1500, pieces: Self.spacePieces) {
            for n in 1...4 {
                #expect(
                    Array(Phrases.lastWords(n, of: text)) == Array(Phrases.words(text).suffix(n)),
                    "\(Array(text.unicodeScalars)) \(n)")
                compared += 1
            }
        }
        #expect(compared > 40_000)
        #expect(Phrases.count(before: "community orders", in: "We looked at 18 community orders.") == 18)
    }

    @Test("Ratings and phrase occurrences: one rule on bytes and on Characters")
    func ratings() {
        Self.differential(minimum: 100) { text, _ in
            let lower = text.asciiLowercased
            let characters = Phrases.ratingRanges(in: lower).map { ($0.rating, Self.offsets($0.range, in: lower)) }
            if lower.isPlainASCII {
                let bytes = lower.withUTF8Bytes { Phrases.ratingRanges(in: $0) }
                #expect(
                    bytes.map(\.rating) == characters.map(\.0) && bytes.map(\.range) == characters.map(\.1),
                    "\(Array(text.unicodeScalars))")
            }
            let found = Phrases.ratings(in: text)
            #expect(found.map(\.rating) == characters.map(\.0), "\(Array(text.unicodeScalars))")
            #expect(found.map { Self.offsets($0.range, in: lower) } == characters.map(\.1))
            return !characters.isEmpty
        }
        Self.differential(minimum: 50) { text, _ in
            let lower = text.asciiLowercased
            var any = false
            for phrase in ["staff", "court work", "leadership", "requires improvement", "services and interventions"] {
                let words = phrase.split(separator: " ").map(String.init)
                let characters = RatingsTable.occurrences(ofWords: words, in: lower[...]).map {
                    Self.offsets($0, in: lower)
                }
                if lower.isPlainASCII {
                    #expect(
                        lower.withUTF8Bytes { RatingsTable.occurrences(ofWords: words, in: $0) } == characters,
                        "\(Array(text.unicodeScalars)) \(phrase)")
                }
                #expect(
                    RatingsTable.occurrences(of: phrase, in: lower).map { Self.offsets($0, in: lower) } == characters)
                any = any || !characters.isEmpty
            }
            return any
        }
    }

    @Test("Scores and sentences: one rule on bytes and on Characters")
    func scoresAndSentences() {
        Self.differential(minimum: 20) { text, bytes in
            let characters = RatingsTable.score(in: text[...])
            if let bytes {
                let found = RatingsTable.score(in: bytes)
                #expect(
                    found?.value == characters?.value && found?.max == characters?.max
                        && found?.slash == characters.map { text.utf8.distance(from: text.startIndex, to: $0.slash) },
                    "\(text)")
            }
            return characters != nil
        }
        Self.differential(minimum: 200) { text, bytes in
            let characters = BackgroundFacts.sentenceRanges(text).map { Self.offsets($0, in: text) }
            if let bytes {
                #expect(BackgroundFacts.sentenceRanges(bytes) == characters, "\(Array(text.unicodeScalars))")
            }
            #expect(
                BackgroundFacts.sentences(text).map { Self.offsets($0.startIndex..<$0.endIndex, in: text) }
                    == characters)
            return characters.count > 1
        }
    }

    @Test("Page numbers: one rule on bytes and on Characters")
    func pageNumbers() {
        Self.differential(minimum: 20) { text, _ in
            let t = text.trimmingSpaces
            guard t.utf8.count <= LayoutThresholds.pageNumberBytes else { return false }
            let characters = PageFurniture.isPageNumber(
                lowercased: t.lowercasedText, length: t.count, startsWithDash: t.hasPrefix("-"))
            #expect(PageFurniture.isPageNumber(t) == characters, "\(Array(t.unicodeScalars))")
            return characters
        }
    }

    @Test("Running-line keys: one rule on bytes and on Characters")
    func runningKeys() {
        let numbered = [
            "4 | Derby City PDU inspection": "Derby City PDU inspection",
            "Derby City PDU inspection - page 12": "Derby City PDU inspection",
            "7  York   PDU 2024 12": "York PDU 2024",
        ]
        for (text, key) in numbered {
            #expect(PageFurniture.runningKey(Array(text.utf8)) == key)
            #expect(PageFurniture.runningKey(Array(text)) == key)
        }
        Self.differential(minimum: 100) { text, bytes in
            let t = text.trimmingSpaces
            let characters = PageFurniture.runningKey(Array(t))
            if bytes != nil {
                #expect(
                    t.withUTF8Bytes { PageFurniture.runningKey(Array($0)) } == characters, "\(Array(t.unicodeScalars))")
            }
            #expect(PageFurniture.runningKey(t) == characters)
            return characters != String(t)
        }
    }

    @Test("Heading numbers: one rule on bytes and on Characters")
    func headingNumbers() {
        let examples: [String: (String?, Int)?] = [
            "1.1 Leadership": ("1.1", 3), "2. Service delivery": (nil, 2), "P 1.1": nil, "1.12 Staff": nil,
            "3 Case supervision": (nil, 1), ".2. Planning": (nil, 3), "1.1\tLeadership": nil, "12 May 2024": nil,
            "2.3. Implementation": ("2.3", 4), "2.3.4 Reviewing": nil, "²1.1 Leadership": nil, "1.1": nil,
        ]
        for (text, expected) in examples {
            let characters = ReportOutline.headingNumber(text)
            let sameId: Bool = characters?.standardId == expected?.0
            #expect(sameId && characters?.length == expected?.1, "\(text)")
            if text.isPlainASCII {
                let onBytes = text.withUTF8Bytes(ReportOutline.headingNumber)
                #expect(onBytes?.standardId == characters?.standardId && onBytes?.length == characters?.length)
            }
        }
        Self.differential(minimum: 20) { text, bytes in
            let t = String(text.trimmingSpaces)
            let characters = ReportOutline.headingNumber(t).map { [$0.standardId, "\($0.length)"] }
            if bytes != nil {
                let onBytes = t.withUTF8Bytes(ReportOutline.headingNumber).map { [$0.standardId, "\($0.length)"] }
                #expect(onBytes == characters, "\(Array(t.unicodeScalars))")
            }
            return characters != nil
        }
    }

    @Test("Bullet markers: the bytes decide as the Characters, or leave it to them")
    func bulletMarkers() {
        var decided = 0
        for text in Self.texts {
            let t = text.trimmingSpaces
            let characters = Paragraphs.characterBulletMarker(t)
            if case .decided(let marker) = t.withUTF8Bytes(Paragraphs.asciiBulletMarker) {
                #expect(marker == characters, "\(Array(t.unicodeScalars))")
                if marker != nil { decided += 1 }
            }
            #expect(Paragraphs.bulletMarker(t) == characters)
        }
        #expect(decided >= 20)
    }

    @Test("A line's first character")
    func lineShapes() {
        for text in Self.samples() + Self.samples(count: 3000, pieces: Self.spacePieces + Self.wordPieces) {
            #expect(text.startsLowercase == (text.first?.isLowercase == true), "\(Array(text.unicodeScalars))")
            #expect(text.splitAtSpaces() == text.split(separator: " "), "\(Array(text.unicodeScalars))")
            #expect(Array(text.lowercasedText.utf8) == Array(text.lowercased().utf8), "\(Array(text.unicodeScalars))")
            #expect(Array(text.replacingTabsWithSpaces.utf8) == Array(text.replacing("\t", with: " ").utf8))
            if let byte = text.leadingASCII {
                let first = text.first!
                #expect(
                    first.isLetter == ASCII.isLetter(byte) && first.isNumber == ASCII.isDigit(byte)
                        && first.isWhitespace == ASCII.isWhitespace(byte)
                        && first.isUppercase == ASCII.isUpper(byte) && first.isLowercase == ASCII.isLower(byte)
                        && first.unicodeScalars.count == 1)
            }
        }
    }

    @Test("A scalar that does not change when lower-cased is its own lower-case mapping")
    func lowercaseMappings() {
        // What `lowercasedText` relies on, for every scalar of this Unicode version.
        var exceptions: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar]) == false {
                exceptions.append(value)
            }
        }
        #expect(exceptions.isEmpty)
        let mixed = "ΣΑΣ Å İx ẞ Ǆ – ’ é ¹ \u{301}K\u{212A}"
        #expect(Array(mixed.lowercasedText.utf8) == Array(mixed.lowercased().utf8))
    }

    @Test("Lines decoded from bytes as from the decoded text")
    func decodedLines() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("line".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0x09], [0x0C], [0x20], Array("é".utf8),
            Array("–".utf8),
            [0xE2, 0x80], [0xC3], [0xFF], [0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x01], Array("0123456789abcdef".utf8),
        ]
        var generator = SeededRandom(seed: 3)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).flatMap { _ in pieces.randomElement(using: &generator)! }
            var log = DiagnosticLog(file: "x"), referenceLog = DiagnosticLog(file: "x")
            let lines = TextDecoding.decodeLines(bytes, log: &log)
            let reference = TextDecoding.decode(bytes, log: &referenceLog).map(Self.referencePhysicalLines)
            #expect(lines?.map { Array($0.utf8) } == reference?.map { Array($0.utf8) }, "\(bytes)")
            #expect(log.items == referenceLog.items, "\(bytes)")
            if let text = TextDecoding.decode(bytes, log: &referenceLog) {
                #expect(NormalisedText.physicalLines(text) == Self.referencePhysicalLines(text))
            }
        }
    }

    static func referencePhysicalLines(_ text: String) -> [String] {
        var result: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                result.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    @Test("Collapsing long lines; cells between tabs")
    func longLines() {
        let pieces = [
            "a", "word", " ", " ", "  ", "\t", "\n", "\r", "\u{B}", "é", "–", "x y", "12", "\u{301}", "\u{A0}",
        ]
        var generator = SeededRandom(seed: 5)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(
                Array(text.collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text[...]).utf8),
                "\(Array(text.unicodeScalars))")
            #expect(Array(text[...].collapsingSpaces.utf8) == Array(Self.referenceCollapsing(text[...]).utf8))
            #expect(
                text.cellsBetweenTabs == text.split(separator: "\t", omittingEmptySubsequences: false),
                "\(Array(text.unicodeScalars))")
            #expect(text.splitAtSpaces() == text.split(separator: " "))
        }
        // Phrases in long texts (the search steps eight bytes at a time).
        let words = [
            "a", "Word", " ", "led by ", "LED BY", "rating", "Rating", "k", "K", "\u{212A}", "é", "–", "\u{301}", "0",
            "1", "<", "x",
        ]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...30, using: &generator)
            let text = (0..<length).map { _ in words.randomElement(using: &generator)! }.joined()
            for phrase in ["led by ", "rating", "k", "a", "<", "word ", "01", " a"] {
                #expect(
                    text.containsPhrase(phrase) == (text.firstRange(of: phrase) != nil),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(
                    text.containsPhrase(ignoringCase: phrase) == (text.lowercased().firstRange(of: phrase) != nil),
                    "\(Array(text.unicodeScalars)) \(phrase)")
                #expect(text.firstRange(ofPhrase: phrase) == text.firstRange(of: phrase))
                #expect(text.replacingPhrase(phrase, with: "") == text.replacing(phrase, with: ""))
                #expect(
                    text[...].firstRange(ignoringCase: phrase) == text[...].characterFirstRange(ignoringCase: phrase))
            }
        }
    }

    /// The first offset of `needle` from `start`, one place after another: what
    /// `PhraseSearch.firstOffset` must find while it steps eight places at a time.
    static func referenceOffset(of needle: [UInt8], in text: [UInt8], from start: Int, ignoringCase: Bool) -> Int? {
        guard start + needle.count <= text.count else { return nil }
        return (start...(text.count - needle.count)).first { i in
            needle.indices.allSatisfy { k in (ignoringCase ? ASCII.lowered(text[i + k]) : text[i + k]) == needle[k] }
        }
    }

    @Test("The phrase search steps past eight places without a first and second byte, and misses none")
    func phraseOffsets() {
        // The seeds' lines (real text: accents, dashes and superscripts beside the words), and
        // the phrases as the parser searches them; the second byte a letter, a space, or none.
        let phrases = [
            "population", "proven reoffending rate", "caseload", "fieldwork", "previously inspected", "led by ", "p",
            "?", "e ", " o", "%", "–", "ed", "c",
        ]
        var found = 0
        for line in Self.texts.prefix(6000) {
            let text = Array(line.utf8)
            text.withUnsafeBufferPointer { text in
                for phrase in phrases {
                    let needle = Array(phrase.utf8)
                    needle.withUnsafeBufferPointer { needle in
                        for ignoringCase in [false, true] {
                            for start in Set([0, 1, 7, 8, 9, text.count / 2, text.count]) where start <= text.count {
                                let offset = PhraseSearch.firstOffset(
                                    of: needle, in: text, from: start, ignoringCase: ignoringCase)
                                #expect(
                                    offset
                                        == Self.referenceOffset(
                                            of: Array(needle), in: Array(text), from: start, ignoringCase: ignoringCase),
                                    "\(line) \(phrase) \(start)")
                                if offset != nil { found += 1 }
                            }
                        }
                    }
                }
            }
        }
        #expect(found > 10_000, "the phrases were found only \(found) times")
        // Replacing: the seeds' lines, as the chief inspector's line is cleaned.
        for line in Self.texts.prefix(1500) {
            for phrase in ["HM", "Interim", "His Majesty's", "e ", "`", "&", ","] {
                #expect(line.replacingPhrase(phrase, with: "") == line.replacing(phrase, with: ""), "\(line) \(phrase)")
            }
        }
        // A match in the last place, and one whose first byte ends an eight-byte word and
        // whose second starts the next; a capital matched case-blind; none one byte short.
        for (text, phrase, ignoringCase, expected) in [
            ("abcdefghijklmnop rate", "rate", false, 17), ("abcdefgpopulation", "population", false, 7),
            ("1234567 POPULATION of", "population", true, 8), ("1234567 POPULATION of", "population", false, nil),
            ("1234567890abcdefpopulatio", "population", false, nil), ("Crawley – 12%", "%", false, 14),
        ] as [(String, String, Bool, Int?)] {
            let offset = Array(text.utf8).withUnsafeBufferPointer { text in
                Array(phrase.utf8).withUnsafeBufferPointer {
                    PhraseSearch.firstOffset(of: $0, in: text, ignoringCase: ignoringCase)
                }
            }
            #expect(offset == expected, "\(text) \(phrase)")
        }
    }
}
