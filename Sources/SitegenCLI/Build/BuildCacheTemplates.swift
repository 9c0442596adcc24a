import CompactCoding
import MarkdownPages

/// The templates' compiled form (``TemplateSet/Compiled``), kept in the build cache
/// (`.sitegen-cache/<output name>/templates`, a ``CachedBlobs`` file of one entry), so that a
/// build whose templates did not change makes its set from it instead of parsing them (most of
/// what reading the templates costs: swift-mustache's parse, and reading its tokens back by
/// reflection). swift-mustache then parses them only if a page must be rendered by it.
///
/// The entry's key is the digest of everything the set is made from: sitegen's executable (a
/// new sitegen is a new template compiler), this format's version, and each template's name,
/// path and text. A missing or damaged file, or one of another key, gives nothing: the
/// templates are parsed, and the file written again whole. A set with problems is not kept:
/// it is parsed each time, to report them.
struct StoredTemplates: Sendable {
    static let formatLine = "sitegen templates 1"
    /// The file.
    let path: String
    /// Whether a set parsed afresh is recorded (not by `build --check`, which writes nothing).
    let records: Bool

    /// The file for the output folder `output`.
    init(for output: String, records: Bool) {
        path = BuildCache.folder(of: output) + "/templates"
        self.records = records
    }

    /// The key of the set `sources` make, for the sitegen executable of digest `executable`.
    static func key(of sources: [TemplateSource], executable: ContentDigest) -> ContentDigest {
        let templates = sources.map {
            "\($0.name.utf8.count):\($0.name) \($0.path.utf8.count):\($0.path) \(ContentDigest($0.text))"
        }
        return ContentDigest(([executable.description, formatLine] + templates).joined(separator: "\n"))
    }

    /// The set of `sources` (for the sitegen executable of digest `executable`): made from the
    /// form the file holds for them; else parsed, and its form recorded when ``records``.
    func templates(_ sources: [TemplateSource], executable: ContentDigest) -> TemplateSet {
        let key = Self.key(of: sources, executable: executable)
        let blobs = CachedBlobs.load(path, formatLine: Self.formatLine)
        if let (storage, range) = blobs.bytes(of: key),
            let compiled = try? withExtendedLifetime(
                storage,
                {
                    try CompactDecoder().decode(
                        TemplateSet.Compiled.self, from: UnsafeRawBufferPointer(rebasing: storage.bytes[range]))
                })
        {
            return TemplateSet(sources, compiled: compiled)
        }
        let templates = TemplateSet(sources)
        if records, let compiled = templates.compiledForm, let bytes = try? CompactEncoder().encode(compiled) {
            blobs.save([key], to: path, formatLine: Self.formatLine, parallelism: .serial) { _ in .made(bytes) }
        }
        return templates
    }
}
