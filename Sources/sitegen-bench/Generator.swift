import Foundation

/// Writes a synthetic corpus of report texts from the seeds, deterministically from a
/// seed number: the same options give byte-identical files.
struct Generator {
    let seeds: Seeds
    let seed: UInt64

    /// Writes `documents` texts into `folder` (created; must not hold other texts).
    func generate(documents: Int, into folder: String) throws -> Corpus {
        let start = Clock.now()
        var random = SplitMix64(seed: seed)
        let plan = CorpusPlan(
            documents: documents, reportSeeds: seeds.indices(of: .pduReport),
            letterSeeds: seeds.indices(of: .regionalLetter), random: &random)
        try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
        var bytes = 0
        for (index, document) in plan.documents.enumerated() {
            let text = render(document, number: index)
            let data = Data(text.utf8)
            guard FileManager.default.createFile(atPath: folder + "/" + document.path, contents: data) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder + "/" + document.path])
            }
            bytes += data.count
        }
        return Corpus(
            folder: folder, documents: plan.documents.count, reports: plan.reports, letters: plan.letters,
            pdus: plan.pdus.count, bytes: bytes,
            reportPaths: plan.documents.filter { $0.kind == .pduReport }.map(\.path),
            seconds: Clock.now() - start)
    }

    /// The text of the `number`th planned document. Its percentages come from a generator
    /// of its own, so that they do not depend on the documents before it.
    func render(_ document: CorpusPlan.Document, number: Int) -> String {
        let template = seeds.templates[document.seed]
        var random = SplitMix64(seed: seed &* 0x1000_0000_01B3 &+ UInt64(number))
        let variant = DocumentVariant(
            pdus: document.pdus, region: document.region.name, published: document.published,
            percentages: template.percentages.map { KeyQuestionVariation.vary($0, using: &random) })
        return template.render(variant)
    }
}
