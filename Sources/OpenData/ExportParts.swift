import SourceAndOutput

/// One file of the site made in parts, each made on its own (so that parts can be made on
/// several threads at once, written as they come, and taken from the previous build when
/// what they are made from did not change): the file is the parts' text joined in order.
public struct ExportParts: Sendable {
    /// One part: what it is made from, and how to make it.
    public struct Part: Sendable {
        /// The content texts (by path) whose facts the part shows; nil for all of them (a
        /// part that shows what the whole corpus gives). What the corpus's checks add
        /// (diagnostics) is named in ``place``.
        public var dependsOn: [String]?
        /// What else, besides sitegen, the site's outline and those texts, its bytes depend
        /// on: where it is in its file (`first` holds the file's header) and what it holds
        /// (its inspections' places, its PDUs' slugs: one text may give several
        /// inspections), so that no two parts of a file have the same.
        public var place: String
        /// The part's text as UTF-8 bytes, made when called.
        public var make: @Sendable () -> [UInt8]

        public init(dependsOn: [String]?, place: String, _ make: @escaping @Sendable () -> [UInt8]) {
            self.dependsOn = dependsOn
            self.place = place
            self.make = make
        }

        /// The part's text: ``make``'s bytes read as UTF-8 (for a reader, such as a test).
        public func text() -> String { String(decoding: make(), as: UTF8.self) }
    }

    /// Where the file is written in the site, as ``ExportFile/path``.
    public var path: String
    public var parts: [Part]

    public init(path: String, parts: [Part]) {
        self.path = path
        self.parts = parts
    }

    /// The whole file, its parts made one after another.
    public func joined() -> ExportFile {
        ExportFile(path: path, contents: Array(parts.map { $0.make() }.joined()))
    }

    /// `0..<names.count` cut in runs of about `size` (at least 1) names, in order, where the
    /// names themselves say: a run ends after a name whose digest is 0 modulo `size`, or
    /// at `4 × size` names. So a name added or removed moves only the run it falls in (and
    /// a run cut at the limit, until the next cut a name makes): the other runs keep their
    /// names. One empty run when there are no names.
    public static func runs(of names: [String], size: Int) -> [Range<Int>] {
        let size = UInt64(max(1, size))
        var runs: [Range<Int>] = []
        var start = 0
        for (index, name) in names.enumerated() {
            if stableDigest(name) % size == 0 || UInt64(index + 1 - start) >= 4 * size {
                runs.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < names.count || runs.isEmpty { runs.append(start..<names.count) }
        return runs
    }

    /// A digest of `name`'s bytes that is the same in every process (FNV-1a, 64 bits, mixed).
    static func stableDigest(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        return hash ^ (hash >> 33)
    }
}
