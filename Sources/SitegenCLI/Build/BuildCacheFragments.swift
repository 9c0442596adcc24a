import Foundation
import InspectionModel
import OpenData
import ParallelWork
import SourceAndOutput

/// The JSON of each inspection in `data/inspections.json` (the largest part of the open
/// data), kept in the build cache (`.sitegen-cache/<output name>/inspections-json`, a
/// ``CachedBlobs`` file) so that a build writes again only the inspections whose text
/// changed and copies the others.
///
/// An inspection's key is the parse key of its text (``ParsedModels/key(of:digest:)``:
/// sitegen itself, the text's path and bytes) and the place it was read from in it: the
/// same text read by the same sitegen gives the same inspection there, and
/// ``OpenDataExport`` writes an inspection's JSON from the inspection alone. Inspections
/// read from the same place (none in a well-formed corpus) have no key and are always
/// written.
struct InspectionFragments: Sendable {
    static let formatLine = "sitegen inspection json 1"
    private let blobs: CachedBlobs
    private let keys: [SourceLocation: ContentDigest]
    private let path: String
    /// Whether the fragments made are recorded (not with `build --check`).
    private let records: Bool

    /// The fragments recorded for `output`, and the keys of `corpus`'s inspections, whose
    /// texts have the digests `digests`.
    init(output: String, corpus: Corpus, digests: [String: ContentDigest], records: Bool) {
        path = BuildCache.folder(of: output) + "/inspections-json"
        blobs = CachedBlobs.load(path, formatLine: Self.formatLine)
        let places = corpus.inspections.map(\.source)
        let repeated = Set(Dictionary(grouping: places, by: { $0 }).filter { $0.value.count > 1 }.keys)
        var keys: [SourceLocation: ContentDigest] = [:]
        for place in places where !repeated.contains(place) {
            guard let digest = digests[place.file] else { continue }
            keys[place] = ContentDigest(
                "\(ParsedModels.key(of: place.file, digest: digest)) inspection at \(place.line):\(place.column)")
        }
        self.keys = keys
        self.records = records
    }

    /// The map ``OpenDataExport/makers(map:)`` writes the inspections' JSON with: each
    /// inspection's text copied from the file when recorded and intact, else made (on every
    /// core); then the file replaced by these, unless it holds exactly them.
    func map(_ parallelism: Parallelism) -> OpenDataExport.InspectionMap {
        { (inspections: [Inspection], make: @Sendable (Inspection) -> String) -> [String] in
            let keys = inspections.map { self.keys[$0.source] }
            // Each inspection's text, and its recorded bytes when it was copied from them.
            let made = zip(inspections, keys).map { ($0, $1) }.parallelMap(parallelism) {
                (inspection, key) -> (String, Data?) in
                if let key, let bytes = blobs.bytes(of: key) { return (String(decoding: bytes, as: UTF8.self), bytes) }
                return (make(inspection), nil)
            }
            let fresh = zip(keys, made).contains { key, made in key != nil && made.1 == nil }
            if records, fresh || !blobs.holdsExactly(Set(keys.compactMap { $0 })) {
                CachedBlobs.save(count: made.count, to: path, formatLine: Self.formatLine, parallelism: parallelism) {
                    index in keys[index].map { ($0, made[index].1 ?? Data(made[index].0.utf8)) }
                }
            }
            return made.map(\.0)
        }
    }
}
