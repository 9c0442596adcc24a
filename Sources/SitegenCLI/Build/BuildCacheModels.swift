import CompactCoding
import Foundation
import InspectionModel
import ParallelWork
import ReportParser
import SourceAndOutput

/// The parsed model of each text, kept in the build cache (`.sitegen-cache/<output
/// name>/models`, a ``CachedBlobs`` file) so that a text that did not change is read back
/// instead of parsed again: its inspections, letters, partial inspections and diagnostics,
/// exactly as the parser gave them, written by ``CompactEncoder``.
///
/// Each document is found by its **parse key**, the digest of everything its parse reads:
/// sitegen's executable (a new parser is a new sitegen), this format's version, the text's
/// path (which its locations and diagnostics name, and which tells an HTML page) and the
/// digest of its bytes. A document whose recorded bytes are damaged or do not decode is
/// parsed again, never trusted. The file is known by its stamp once written, which the
/// build's manifest records (``BuildCache/models``): while the file has that stamp, its
/// entries are taken without digesting their bytes again (``CachedBlobs``).
struct ParsedModels: Sendable {
    static let formatLine = "sitegen models 4"
    private let blobs: CachedBlobs
    /// The file's path: what a model's findings that do not decode, when first read, name.
    private let origin: String

    static func path(for output: String) -> String { BuildCache.folder(of: output) + "/models" }

    /// The parse key of the text at `path` whose bytes have the digest `digest`, for the
    /// sitegen executable of digest `executable`.
    static func key(of path: String, digest: ContentDigest, executable: ContentDigest) -> ContentDigest {
        ContentDigest("\(executable) \(formatLine) \(path.utf8.count):\(path) \(digest)")
    }

    /// The documents recorded for `output`; none when there are none or the file is damaged.
    /// Taken unchecked when the file is the one `previous` (the last build's cache) recorded.
    static func load(for output: String, previous: BuildCache? = nil) -> ParsedModels {
        let blobs = CachedBlobs.load(path(for: output), formatLine: formatLine) { stamp in
            previous.map { $0.isRecorded(stamp, as: $0.models) } ?? false
        }
        return ParsedModels(blobs: blobs, origin: path(for: output))
    }

    /// The document with the parse key `key`, if it is recorded, intact and decodes. Its
    /// inspections' findings are not decoded yet: they keep their place in the file's
    /// mapping (checked against the entry's digest here) and are decoded when first read.
    func document(_ key: ContentDigest) -> CorpusParser.Document? {
        guard let (storage, range) = blobs.bytes(of: key) else { return nil }
        return try? CompactDecoder().decode(StoredDocument.self, from: storage, range: range, origin: origin).document
    }

    /// The texts' documents: read back from this file where recorded, the rest parsed
    /// with `parse` (which reads them again); each with its parse key (for the sitegen
    /// executable of digest `executable`), and whether it was read back. The texts this
    /// file does not name are parsed on this thread while the others are read back (on
    /// every core); a recorded document that turns out damaged is parsed after.
    func documents(
        of texts: [TextFile], executable: ContentDigest, parallelism: Parallelism,
        parse: ([TextFile]) throws -> [CorpusParser.Document]
    ) rethrows -> [Parsed] {
        let keys = texts.map { Self.key(of: $0.path, digest: $0.digest, executable: executable) }
        let unrecorded = keys.indices.filter { !blobs.holds(keys[$0]) }
        let (parsed, readBack) = try parallelism.run(
            { try unrecorded.isEmpty ? [] : parse(unrecorded.map { texts[$0] }) },
            alongside: { [self] in keys.parallelMap(parallelism) { blobs.holds($0) ? document($0) : nil } })
        var documents = readBack
        for (index, document) in zip(unrecorded, parsed) { documents[index] = document }
        let damaged = documents.indices.filter { documents[$0] == nil }
        if !damaged.isEmpty {
            for (index, document) in zip(damaged, try parse(damaged.map { texts[$0] })) { documents[index] = document }
        }
        return keys.indices.map { Parsed(key: keys[$0], document: documents[$0]!, isStored: readBack[$0] != nil) }
    }

    /// A text's document, its parse key (nil for a text whose digest is unknown: not
    /// recorded), and whether it was read back from the file.
    struct Parsed: Sendable {
        var key: ContentDigest?
        var document: CorpusParser.Document
        var isStored: Bool
    }

    /// Records `parsed` for `output`: the documents read back kept as they are in the file
    /// (checked when they were read, or the file was the one recorded), the others encoded
    /// (on every core) and appended. Writes nothing when the file holds exactly these.
    /// Returns how many documents were encoded, and the file's stamp (for the manifest to
    /// record: ``BuildCache/models``; nil when it could not be written).
    @discardableResult
    func save(_ parsed: [Parsed], for output: String, parallelism: Parallelism) -> (count: Int, stamp: FileStamp?) {
        let keyed = parsed.filter { $0.key != nil }
        let keys = keyed.map { $0.key! }
        let fresh = keyed.count(where: { !$0.isStored })
        guard fresh > 0 || !blobs.holdsExactly(Set(keys)) else { return (0, blobs.stamp) }
        let stamp = blobs.save(
            keys, to: Self.path(for: output), formatLine: Self.formatLine, parallelism: parallelism
        ) {
            if keyed[$0].isStored { return .kept }
            return (try? CompactEncoder().encode(StoredDocument(keyed[$0].document))).map { .made($0) }
        }
        return (fresh, stamp)
    }
}

/// A parsed document as the file holds it (``CorpusParser/Document``'s fields), each
/// value read and written by itself (``CompactCodable``).
struct StoredDocument: CompactCodable {
    var inspections: [Inspection]
    var regions: [RegionalInspection]
    var partialInspections: [PartialInspection]
    var diagnostics: [Diagnostic]

    init(_ document: CorpusParser.Document) {
        inspections = document.inspections
        regions = document.regions
        partialInspections = document.partialInspections
        diagnostics = document.diagnostics
    }

    var document: CorpusParser.Document {
        CorpusParser.Document(
            inspections: inspections, regions: regions, partialInspections: partialInspections,
            diagnostics: diagnostics)
    }

    init(compact reader: CompactReader) throws {
        inspections = try reader.read()
        regions = try reader.read()
        partialInspections = try reader.read()
        diagnostics = try reader.read()
    }

    func write(compact writer: CompactWriter) throws {
        try writer.write(inspections)
        try writer.write(regions)
        try writer.write(partialInspections)
        try writer.write(diagnostics)
    }
}
