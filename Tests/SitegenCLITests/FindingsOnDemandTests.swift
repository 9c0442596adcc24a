import CompactCoding
import Dispatch
import Foundation
import InspectionModel
import ParallelWork
import ReportParser
import SourceAndOutput
import TestSupport
import Testing

@testable import SitegenCLI

/// An inspection read back from the build cache keeps its findings, diversity and
/// inclusion and quotes undecoded (``OnDemand``) until something reads them: then they
/// are the parsed ones, decoded once however many threads read them.
@Suite struct FindingsOnDemandTests {
    let seeds = SeedTexts.all.map { path, bytes in
        CorpusParser.parseDocument(ContentSource(path: path, bytes: bytes))
    }

    /// `document` written as the models file holds it and read back as a build reads it.
    func readBack(_ document: CorpusParser.Document) throws -> CorpusParser.Document {
        let bytes = try CompactEncoder().encode(StoredDocument(document))
        return try CompactDecoder().decode(
            StoredDocument.self, from: CompactStorage(copying: bytes), range: 0..<bytes.count, origin: "models"
        ).document
    }

    func inspections(_ document: CorpusParser.Document) -> [Inspection] {
        document.inspections + document.regions.flatMap(\.inspections)
    }

    @Test func everySeedsFindingsAreDecodedWhenFirstReadAsTheParserGaveThem() throws {
        #expect(seeds.count == 5)
        var (compared, sections, quotes) = (0, 0, 0)
        for document in seeds {
            let back = try readBack(document)
            let parsed = inspections(document)
            #expect(inspections(back).count == parsed.count)
            for (inspection, original) in zip(inspections(back), parsed) {
                #expect(original.findingsAreMade)
                #expect(!inspection.findingsAreMade)
                // Every other field is read without them.
                #expect(inspection.pdu == original.pdu)
                #expect(inspection.keyQuestions == original.keyQuestions)
                #expect(inspection.recommendations == original.recommendations)
                #expect(inspection.progressOnPreviousRecommendations == original.progressOnPreviousRecommendations)
                #expect(inspection.source == original.source)
                #expect(!inspection.findingsAreMade)
                #expect(inspection.findings == original.findings)
                #expect(inspection.findingsAreMade)
                #expect(inspection.diversityAndInclusion == original.diversityAndInclusion)
                #expect(inspection.quotes == original.quotes)
                #expect(inspection == original)
                #expect(inspection.hashValue == original.hashValue)
                (compared, sections, quotes) = (
                    compared + 1, sections + inspection.findings.count, quotes + inspection.quotes.count
                )
            }
            #expect(back.regions == document.regions)
            #expect(back.partialInspections == document.partialInspections)
        }
        #expect(compared == 8)
        #expect(sections == 34)
        #expect(quotes == 8)
        let york = try readBack(try #require(seeds.first { $0.inspections.first?.pdu.value == "York" }))
        let diversity = try #require(york.inspections[0].diversityAndInclusion)
        #expect(diversity.strengths.count + diversity.areasForImprovement.count + diversity.narrative.count == 7)
    }

    /// The findings of a document read back from a models file stay undecoded in the file's
    /// mapping, which outlives the models read and the file itself: replaced by the next
    /// build's file (a rename) and then deleted, it still gives the parsed findings.
    @Test func findingsReadBackDecodeAfterTheModelsFileIsReplacedAndDeleted() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/Output"
        let york = try #require(seeds.first { $0.inspections.first?.pdu.value == "York" })
        let other = try #require(seeds.first { $0.inspections.first?.pdu.value != "York" })
        let (yorkKey, otherKey) = (ContentDigest("york"), ContentDigest("other"))
        let save = { (key: ContentDigest, document: CorpusParser.Document) in
            ParsedModels.load(for: output).save(
                [.init(key: key, document: document, isStored: false)], for: output, parallelism: .serial
            ).count
        }
        #expect(save(yorkKey, york) == 1)
        let inspection = try #require(ParsedModels.load(for: output).document(yorkKey)?.inspections.first)
        let file = ParsedModels.path(for: output)
        let inode = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
        #expect(save(otherKey, other) == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int != inode)
        #expect(ParsedModels.load(for: output).document(yorkKey) == nil)
        #expect(ParsedModels.load(for: output).document(otherKey) != nil)
        try FileManager.default.removeItem(atPath: file)
        #expect(!inspection.findingsAreMade)
        #expect(inspection.findings == york.inspections[0].findings)
        #expect(inspection.quotes == york.inspections[0].quotes)
        #expect(inspection == york.inspections[0])
    }

    @Test func threadsReadingOneInspectionsFindingsTogetherGetTheParsedOnes() throws {
        let york = try #require(seeds.first { $0.inspections.first?.pdu.value == "York" })
        let parsed = york.inspections[0]
        for _ in 0..<50 {
            let inspection = try readBack(york).inspections[0]
            let copy = inspection
            #expect(!inspection.findingsAreMade)
            let read = Locked<[[SectionFindings]]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                let findings = (thread.isMultiple(of: 2) ? inspection : copy).findings
                read.withLock { $0.append(findings) }
            }
            #expect(read.value.count == 4)
            #expect(read.value.allSatisfy { $0 == parsed.findings })
            #expect(copy.findingsAreMade)
        }
    }

    @Test func theWorkIsDoneOnceForEveryCopyAndThread() {
        let runs = Locked(0)
        let value = OnDemand<[Int]> {
            runs.withLock { $0 += 1 }
            return [1, 2, 3]
        }
        let copy = value
        #expect(!value.isMade && runs.value == 0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            #expect((thread.isMultiple(of: 2) ? value : copy).value == [1, 2, 3])
        }
        #expect(runs.value == 1)
        #expect(value.isMade && copy.isMade)
        #expect(OnDemand([1, 2, 3]) == value)
        #expect(OnDemand([1, 2, 3]).hashValue == value.hashValue)
    }

    /// Setting a copy's findings leaves the inspection it was copied from as it was.
    @Test func aCopySetToOtherFindingsLeavesTheOriginal() throws {
        let york = try #require(seeds.first { $0.inspections.first?.pdu.value == "York" })
        let inspection = try readBack(york).inspections[0]
        var edited = inspection
        edited.findings = []
        edited.quotes.append(Quote("Another", at: inspection.source))
        #expect(edited.findings.isEmpty)
        #expect(edited.quotes.count == york.inspections[0].quotes.count + 1)
        #expect(edited != inspection)
        #expect(inspection.findings == york.inspections[0].findings)
        #expect(inspection.quotes == york.inspections[0].quotes)
        #expect(inspection == york.inspections[0])
        // Its compact bytes are the edited values', read back the same.
        let bytes = try CompactEncoder().encode(edited)
        let back = try bytes.withUnsafeBytes { try CompactDecoder().decode(Inspection.self, from: $0) }
        #expect(back == edited)
        #expect(back.findings.isEmpty)
    }
}
