import Foundation
import InspectionModel
import SourceAndOutput
import Testing

@testable import ReportParser

/// Issue 15, points 1 and 2: a tab in a line of prose, or an active element never closed,
/// must not drop the words of that line. Each case edits a real seed and compares with the
/// model read from the seed as it is.
@Suite("No word of prose lost: tabs in prose and unclosed elements")
struct LostTextTests {
    /// The seed with lines replaced (1-based numbers), parsed on its own under its own path.
    static func edited(_ seed: String, _ edits: [Int: (String) -> String]) -> Corpus {
        var lines = LayoutTransforms.lines(Seeds.text(seed))
        for (number, edit) in edits { lines[number - 1] = edit(lines[number - 1]) }
        return Seeds.parse(LayoutTransforms.joined(lines), path: seed)
    }

    static func original(_ seed: String) -> Corpus {
        Seeds.parse(Seeds.text(seed), path: seed)
    }

    /// Every line of the seed that opens with `- `, as `<marker><TAB>`.
    static func bulletsWithTab(_ seed: String, marker: String) -> Corpus {
        let lines = LayoutTransforms.lines(Seeds.text(seed))
        let bullets = lines.indices.filter { lines[$0].hasPrefix("- ") }.map { $0 + 1 }
        return edited(seed, Dictionary(uniqueKeysWithValues: bullets.map { ($0, { marker + "\t" + $0.dropFirst(2) }) }))
    }

    // MARK: Point 1: tabs

    @Test func tabAfterListMarkerKeepsRecommendation() throws {
        #expect(LayoutTransforms.lines(Seeds.text(Seeds.leeds))[144].hasPrefix("2. improve the quality of work"))
        let inspection = try #require(
            Self.edited(Seeds.leeds, [145: { $0.replacing("2. improve", with: "2.\timprove") }]).inspections.first)
        let seed = try #require(Self.original(Seeds.leeds).inspections.first)
        #expect(inspection.recommendations.count == 7 && inspection.recommendations == seed.recommendations)
        let second = try #require(inspection.recommendations.first { $0.number == 2 })
        #expect(second.text == "improve the quality of work to assess, plan for, manage and review the risk of harm")
        #expect(second.source.line == 145)
    }

    @Test(arguments: ["•", "-", "–", "▪"])
    func tabAfterBulletKeepsEveryFinding(marker: String) throws {
        let seed = ModelFields(Self.original(Seeds.leeds), locations: .lines)
        let corpus = Self.bulletsWithTab(Seeds.leeds, marker: marker)
        #expect(ModelFields.firstDifference(expected: seed, actual: ModelFields(corpus, locations: .lines)) == nil)
        let leadership = try #require(corpus.inspections.first?.findings.first { $0.standard == "1.1" })
        #expect(leadership.findings.strengths.count == 10)
        #expect(
            leadership.findings.strengths.first?.text.hasPrefix(
                "The Leeds Reducing Reoffending Board was chaired by the head of PDU") == true)
        #expect(leadership.findings.strengths.first?.source.line == 190)
    }

    @Test func tabAfterNumberKeepsFinding() throws {
        // Word numbers a list `1.<TAB>`: outside recommendations the number stays in the text.
        let corpus = Self.edited(Seeds.leeds, [190: { "1.\t" + $0.dropFirst(2) }])
        let strengths = try #require(
            corpus.inspections.first?.findings.first { $0.standard == "1.1" }?.findings.strengths)
        let seed = try #require(
            Self.original(Seeds.leeds).inspections.first?.findings.first { $0.standard == "1.1" }?.findings.strengths)
        #expect(strengths.count == seed.count)
        #expect(strengths.first?.text == "1. " + seed[0].text)
    }

    @Test func trailingTabKeepsParagraph() throws {
        let line = LayoutTransforms.lines(Seeds.text(Seeds.leeds))[185]
        #expect(line.hasPrefix("The senior leadership team had all been in post for less than eight months"))
        let corpus = Self.edited(Seeds.leeds, [186: { $0 + "\t" }, 190: { $0 + "\t" }, 145: { $0 + "\t" }])
        #expect(
            ModelFields.firstDifference(
                expected: ModelFields(Self.original(Seeds.leeds), locations: .lines),
                actual: ModelFields(corpus, locations: .lines)) == nil)
        let narrative = try #require(
            corpus.inspections.first?.findings.first { $0.standard == "1.1" }?.findings.narrative)
        #expect(
            narrative.contains {
                $0.text.hasPrefix("The senior leadership team had all been in post") && $0.source.line == 186
            })
    }

    @Test func tabMidSentenceKeepsFindingAndRecommendation() throws {
        let corpus = Self.edited(
            Seeds.leeds,
            [
                190: { $0.replacing(" was chaired", with: "\twas chaired") },
                145: { $0.replacing(" quality of", with: "\tquality of") },
            ])
        #expect(
            ModelFields.firstDifference(
                expected: ModelFields(Self.original(Seeds.leeds), locations: .lines),
                actual: ModelFields(corpus, locations: .lines)) == nil)
    }

    @Test func tabInQuoteKeepsQuote() throws {
        #expect(
            LayoutTransforms.lines(Seeds.text(Seeds.york))[266]
                == "\"They explain what I need to do in detail, very helpful.\"")
        let corpus = Self.edited(Seeds.york, [267: { $0.replacing(" in detail,", with: "\tin detail,\t") + "\t" }])
        let quotes = try #require(corpus.inspections.first?.quotes)
        #expect(
            quotes.contains {
                $0.text == "They explain what I need to do in detail, very helpful." && $0.source.line == 267
            })
        #expect(quotes == Self.original(Seeds.york).inspections.first?.quotes)
    }

    @Test func tabsInLetterKeepEveryFinding() throws {
        // The regional letter's bullets (`•<TAB>`) and a tab mid-sentence in each long line.
        let seed = ModelFields(Self.original(Seeds.eastMidlands), locations: .lines)
        for variant in [LayoutVariant.tabsAfterListMarkers, .tabsInSentences, .trailingTabs] {
            let corpus = Seeds.parse(variant.apply(to: Seeds.text(Seeds.eastMidlands)), path: Seeds.eastMidlands)
            #expect(
                ModelFields.firstDifference(expected: seed, actual: ModelFields(corpus, locations: .lines)) == nil,
                "\(variant)")
        }
    }

    // MARK: Point 2: unclosed elements

    @Test(arguments: ["script", "svg", "math", "style"])
    func unclosedElementKeepsTheWordsAfterIt(element: String) throws {
        let line = LayoutTransforms.lines(Seeds.text(Seeds.leeds))[189]
        let split = try #require(line.firstRange(of: " was chaired"))
        let after = line[split.lowerBound...].split(whereSeparator: \.isWhitespace).count
        let corpus = Self.edited(
            Seeds.leeds, [190: { _ in String(line[..<split.lowerBound]) + " <\(element)>" + line[split.lowerBound...] }]
        )
        #expect(
            ModelFields.firstDifference(
                expected: ModelFields(Self.original(Seeds.leeds), locations: .lines),
                actual: ModelFields(corpus, locations: .lines)) == nil)
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("unclosed <\(element)>") })
        #expect(warning.severity == .warning)
        #expect(
            warning.location.file == Seeds.leeds && warning.location.line == 190
                && warning.location.column == split.lowerBound.utf16Offset(in: line) + 2)
        #expect(warning.message.contains("kept the \(after) words after it"))
    }

    @Test func elementClosedOnALaterLineStillGoesWithItsContent() throws {
        let corpus = Self.edited(Seeds.leeds, [190: { $0 + " <script>" }, 191: { "alert(1)</script>" + $0 }])
        let strengths = try #require(
            corpus.inspections.first?.findings.first { $0.standard == "1.1" }?.findings.strengths)
        #expect(!strengths.contains { $0.text.contains("alert") })
        #expect(!corpus.diagnostics.contains { $0.message.contains("unclosed") })
    }

    // MARK: Recommendations with nowhere to go

    @Test func recommendationsToAnUnratedPDUAreReported() throws {
        // Annexe one's heading renamed: its recommendations match no PDU the letter rates (found by make fuzz).
        #expect(
            LayoutTransforms.lines(Seeds.text(Seeds.eastMidlands))[271] == "Leicester, Leicestershire, and Rutland PDU")
        let seed = try #require(Seeds.inspection("Leicester, Leicestershire, and Rutland", in: Seeds.eastMidlands))
        let corpus = Self.edited(Seeds.eastMidlands, [272: { _ in "Lincolnshire PDU" }])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("to Lincolnshire not published") })
        #expect(warning.severity == .warning && warning.location.line == 276)
        #expect(warning.message.hasPrefix("\(seed.recommendations.count) recommendations"))
        let lines = LayoutTransforms.lines(Seeds.text(Seeds.eastMidlands))
        let edited = ContentSource(
            path: Seeds.eastMidlands,
            bytes: Array(
                LayoutTransforms.joined(
                    lines.enumerated().map { $0.offset == 271 ? "Lincolnshire PDU" : $0.element }
                ).utf8))
        #expect(ProseAccount(edited).lost.isEmpty)
    }

    @Test func secondRecommendationListToOnePDUIsReported() throws {
        // Annexe one names Derby City twice: the second list is reported, not dropped silently (found by make fuzz).
        let seed = try #require(Seeds.inspection("Leicester, Leicestershire, and Rutland", in: Seeds.eastMidlands))
        let corpus = Self.edited(
            Seeds.eastMidlands, [272: { _ in "Derby City PDU" }, 274: { _ in "Derby City PDU should:" }])
        let warning = try #require(corpus.diagnostics.first { $0.message.contains("to Derby City not published") })
        #expect(warning.location.line == 276)
        #expect(
            warning.message
                == "\(seed.recommendations.count) recommendations to Derby City not published: an earlier list (line 257) gives that PDU's recommendations"
        )
    }

    // MARK: The account of every prose line

    @Test(arguments: Seeds.all)
    func seedLosesNoWordOfProse(seed: String) {
        let account = ProseAccount(Seeds.source(seed))
        #expect(account.lost.isEmpty, "\(account.lost.prefix(20))")
        #expect(account.linesKept > 20 && account.linesKept + account.linesSetAside == account.linesRead)
    }

    @Test(arguments: Seeds.all, LayoutVariant.allCases)
    func variantLosesNoWordOfProse(seed: String, variant: LayoutVariant) {
        let account = ProseAccount(ContentSource(path: seed, bytes: variant.bytes(of: Seeds.text(seed))))
        #expect(account.lost.isEmpty, "\(variant) of \(seed): \(account.lost.prefix(20))")
    }

    /// The fuzzer's corpus (`Tests/Fuzz/corpus`, grown by `make fuzz`): mutated seeds and
    /// what libFuzzer kept.
    @Test func fuzzCorpusLosesNoWordOfProse() throws {
        let folder = Seeds.repository.appendingPathComponent("Tests/Fuzz/corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count >= 8)
        for name in names {
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
            let account = ProseAccount(ContentSource(path: name, bytes: [UInt8](bytes)))
            #expect(account.lost.isEmpty, "\(name): \(account.lost.prefix(20))")
        }
    }

    @Test func linkSplitOverLinesKeepsItsTextAndAccountsForItsAddress() throws {
        // A Markdown link wrapped over two lines: its text stays, its address and title are
        // dropped from the block, and the account records them (found by make fuzz).
        let text = LayoutTransforms.lines(Seeds.text(Seeds.leeds)).enumerated().map { index, line in
            index == 189 ? line + " [see the\nplan](https://example.org/a \"Plan title\") today." : line
        }
        let source = ContentSource(path: Seeds.leeds, bytes: Array(LayoutTransforms.joined(text).utf8))
        let account = ProseAccount(source)
        #expect(account.lost.isEmpty, "\(account.lost.prefix(10))")
        let strengths = try #require(
            account.document.inspections.first?.findings.first { $0.standard == "1.1" }?.findings.strengths)
        #expect(strengths.first?.text.hasSuffix("[see the plan today.") == false)
        #expect(strengths.first?.text.hasSuffix(" see the plan today.") == true)
        #expect(!(strengths.first?.text.contains("example") ?? true))
    }

    @Test func accountFindsALineNoReaderTook() {
        var account = LineAccount()
        account.read(TextLine(number: 3, text: "1.\tkept words"))
        account.read(TextLine(number: 4, text: "•\tdropped unseen"))
        account.kept(Block(kind: .bullet, text: "kept words", line: 3, lines: [3]))
        let lost = ProseAccount.lostWords(account, known: ["kept", "words"])
        #expect(
            lost.map(\.description) == [
                "line 4: 'dropped' (the line was dropped unseen)", "line 4: 'unseen' (the line was dropped unseen)",
            ])
    }

    @Test func accountFindsAWordTheModelLacks() {
        var account = LineAccount()
        account.read(TextLine(number: 7, text: "improve the <quality> of work"))
        account.read(TextLine(number: 8, text: "Strengths:"))
        account.kept(Block(kind: .paragraph, text: "improve the of work", line: 7, lines: [7]))
        account.setAside([8], "a list label")
        let lost = ProseAccount.lostWords(account, known: ["improve", "the", "of", "work"])
        #expect(lost == [ProseAccount.LostWord(line: 7, word: "quality", lineUnaccounted: false)])
    }
}
