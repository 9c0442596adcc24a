import InspectionModel
import MarkdownHTML
import OpenData
import PageViews

extension SiteRenderer {
    /// The files made in parts (the open data), each part a job. A
    /// part whose input key the previous build recorded is read from the old file when its
    /// bytes there are unchanged, and made otherwise; every part goes to its file's
    /// ``PartedFile`` (by path), which writes the parts into `sink` in order.
    static func partJobs(_ input: Input, into sink: any FileSink) -> (files: [String: PartedFile], jobs: [RenderJob]) {
        let plan = input.plan
        var files: [String: PartedFile] = [:]
        var jobs: [RenderJob] = []
        for file in partedFiles(input) {
            let path = file.path
            let keys = file.parts.map { plan.inputKey(ofPart: $0.place, in: path, dependsOn: $0.dependsOn) }
            files[path] = PartedFile(path: path, partKeys: keys, sink: sink, inputKey: plan.inputKey(of: path))
            jobs += file.parts.indices.map { number in
                let (make, key) = (file.parts[number].make, keys[number])
                return RenderJob.part(path: path, number: number) {
                    if let key, let old = plan.previousPart(in: path, key: key),
                        let bytes = sink.previousBytes(of: old, in: path)
                    {
                        return (bytes, old.digest)
                    }
                    return (.made(make()), nil)
                }
            }
        }
        return (files, jobs)
    }

    /// The files made in parts, in parts of the input's sizes: the open data.
    static func partedFiles(_ input: Input) -> [ExportParts] {
        OpenDataExport.parts(for: input.corpus, inspectionsPerPart: input.partSizes.openDataInspections)
    }

    /// The search index's files: each chunk a job with an input key of its own (as a part's:
    /// ``InputKeys/key(ofPart:in:dependsOn:)``, its place naming its PDUs or regions), so that
    /// a chunk whose key the previous build recorded is taken from the old output (linked)
    /// instead of made; then the list of the chunks, made each time (a few kilobytes).
    static func searchIndexJobs(_ input: Input) -> [RenderJob] {
        let chunks = SearchIndex.chunks(
            of: input.site.map, size: input.partSizes.searchPDUs, anchor: MarkdownHeading.id(of:))
        return chunks.map { chunk in
            .keyedFile(
                path: chunk.path,
                inputKey: input.plan.inputKey(ofPart: chunk.place, in: chunk.path, dependsOn: chunk.dependsOn),
                make: chunk.make)
        } + [.keyedFile(path: SearchIndex.path, inputKey: nil) { SearchIndex.listScript(of: chunks) }]
    }

    /// How large the parts of the files made in parts are, on average (where a part ends is
    /// chosen by what it holds: see ``ExportParts/runs(of:size:)``). Smaller parts remake
    /// less when one report changes, and record more lines in the build cache.
    public struct PartSizes: Sendable {
        /// Inspections a part of the open data's files.
        public var openDataInspections: Int
        /// PDUs (or regions) a chunk of the search index (a file of its own).
        public var searchPDUs: Int

        public init(openDataInspections: Int, searchPDUs: Int) {
            self.openDataInspections = openDataInspections
            self.searchPDUs = searchPDUs
        }

        public static let standard = PartSizes(openDataInspections: 25, searchPDUs: 8)
    }
}
