import Foundation
import TestSupport
import Testing

@testable import sitegen_bench

/// The benchmark's corpus generator on the repository's seed texts: deterministic,
/// distinct names, whole-word name replacement, consistent dates, ratings kept.
@Suite struct GeneratorTests {
    static let seedFolder = Repository.path(SeedTexts.folder)

    static func plan(_ documents: Int, seed: UInt64 = 1) throws -> (Generator, CorpusPlan) {
        let seeds = try Seeds(folder: seedFolder)
        var random = SplitMix64(seed: seed)
        let plan = CorpusPlan(
            documents: documents, reportSeeds: seeds.indices(of: .pduReport),
            letterSeeds: seeds.indices(of: .regionalLetter), random: &random)
        return (Generator(seeds: seeds, seed: seed), plan)
    }

    @Test func sameSeedSameTexts() throws {
        let (generator, plan) = try Self.plan(60)
        let (again, planAgain) = try Self.plan(60)
        #expect(plan.documents.map(\.path) == planAgain.documents.map(\.path))
        for index in [0, 17, 59] {
            #expect(
                generator.render(plan.documents[index], number: index)
                    == again.render(planAgain.documents[index], number: index))
        }
        let (_, other) = try Self.plan(60, seed: 2)
        #expect(plan.documents.map(\.path) != other.documents.map(\.path))
    }

    @Test func countsNamesAndPaths() throws {
        let (_, plan) = try Self.plan(1000)
        #expect(plan.documents.count == 1000)
        #expect(plan.letters == 50)
        #expect(Set(plan.documents.map(\.path)).count == 1000)
        #expect(Set(plan.pdus.map { Slug.make($0.name.name) }).count == plan.pdus.count)
        #expect(Set(plan.pdus.map(\.region.name)).count == 12)
        for document in plan.documents {
            #expect(document.published <= CorpusPlan.lastMonth)
        }
    }

    @Test func replacesWholeWordsAndMovesDates() throws {
        let (generator, plan) = try Self.plan(200)
        let seeds = try Seeds(folder: Self.seedFolder)
        guard let index = plan.documents.firstIndex(where: { seeds.templates[$0.seed].file.hasSuffix("york-2024.txt") })
        else {
            Issue.record("no document from the York seed")
            return
        }
        let document = plan.documents[index]
        let text = generator.render(document, number: index)
        #expect(!text.contains("York PDU"))
        #expect(text.contains("North Yorkshire Police"))  // "York" inside a word stays
        #expect(text.contains(document.pdus[0].name + " PDU"))
        #expect(text.contains("The Probation Service – \(document.region.name) Region"))
        #expect(text.contains("HM Inspectorate of Probation, \(document.published.name) \(document.published.year)"))
        #expect(!text.contains("Yorkshire and the Humber") || document.region.name == "Yorkshire and the Humber")
    }

    @Test func percentagesKeepTheirBandsAndTheLowest() {
        var random = SplitMix64(seed: 7)
        for original in [[70, 80, 25], [59, 65, 35], [51, 62, 52], [70, 70, 35], [0, 49, 100], [64, 64, 64]] {
            for _ in 0..<200 {
                let varied = KeyQuestionVariation.vary(original, using: &random)
                #expect(zip(original, varied).allSatisfy { RatingBand(percent: $0) == RatingBand(percent: $1) })
                let lowest = original.indices.min { original[$0] < original[$1] }!
                #expect(varied[lowest] == varied.min())
            }
        }
    }

    @Test func shiftsMonthsAcrossYears() {
        #expect(MonthDate(year: 2024, month: 12).adding(months: 1) == MonthDate(year: 2025, month: 1))
        #expect(MonthDate(year: 2024, month: 1).adding(months: -1).iso == "2023-12")
        #expect(MonthDate(year: 2024, month: 2).days == 29)
        #expect(MonthDate.month(named: "Sept") == 9)
        #expect(MonthDate.month(named: "Dec") == 12)
    }
}
