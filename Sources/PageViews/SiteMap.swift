import InspectionModel
import ParallelWork
import SourceAndOutput

/// Where every page, chart and source text of the site lives, and which inspections
/// belong to which PDU and region. Built once from the corpus; every page builder asks it.
public struct SiteMap: Sendable {
    /// One PDU: every inspection of it in the content, oldest first.
    public struct PDU: Sendable {
        public var slug: String
        /// The name as the latest inspection prints it.
        public var name: String
        public var regionSlug: String
        public var inspections: [Inspection]
        /// Partial inspections of it (an opening, a report of another kind): shown on its
        /// page, never compared.
        public var partials: [PartialInspection] = []
        public var latest: Inspection { inspections[inspections.count - 1] }
        public var path: String { "pdus/\(slug).md" }
    }

    /// One region: its PDUs and its regional letters.
    public struct Region: Sendable {
        public var slug: String
        public var name: String
        public var pduSlugs: [String]
        public var letters: [RegionalInspection]
        /// Partial inspections of the region, or of its PDUs that have no page of their own.
        public var partials: [PartialInspection] = []
        public var path: String { "regions/\(slug).md" }
        /// The full trends matrices of the region's PDUs: `trends/<slug>.md`.
        public var trendsPath: String { "trends/\(slug).md" }
        /// The region's chart of scores over time.
        public var scoresChartPath: String { "charts/\(slug)-scores-over-time.svg" }
    }

    /// One published report text: a page with a link target per line, and the plain file.
    public struct SourceText: Sendable {
        /// Where the text was read: `Content/reports/leeds-2024.txt`.
        public var contentPath: String
        /// The file name: `leeds-2024.txt` (without bidirectional controls, which could make
        /// it display as another name).
        public var name: String
        /// The HTML page with an anchor per line: `source/leeds-2024.html` (`#L322`).
        public var page: String
        /// The text as it was decoded: `source/leeds-2024.txt`.
        public var plainText: String
    }

    public static let siteName = "Probation inspections"
    public static let indexPath = "index.md"
    public static let trendsPath = "trends.md"
    public static let dataPath = "data.md"
    /// The search page: the search box's results, and without JavaScript every PDU and region.
    public static let searchPath = "search.md"
    /// The list of every PDU, with a filter box.
    public static let pdusPath = "pdus.md"
    /// The list of every region.
    public static let regionsPath = "regions.md"
    /// The page a static server shows for a missing file.
    public static let notFoundPath = "404.md"
    /// The charts of how many PDUs got each rating of each standard, one per framework.
    public static func standardsChartPath(_ framework: Framework) -> String {
        "charts/standards-\(framework.rawValue)-framework.svg"
    }

    /// Every partial inspection, in the corpus's order; each is also on its PDU's page,
    /// else on its region's, when there is one.
    public private(set) var partials: [PartialInspection] = []
    /// PDUs sorted by name (then slug).
    public private(set) var pdus: [PDU] = []
    /// Regions sorted by name (then slug).
    public private(set) var regions: [Region] = []
    /// Content path of each source text (`Content/reports/leeds-2024.txt`) → where it is
    /// published.
    public private(set) var sources: [String: SourceText] = [:]
    /// The same texts, by the path of their page (in the order of its bytes).
    public private(set) var sourcesByPage: [SourceText] = []
    /// The content paths of ``sources``, in the order of their bytes.
    private var sourceFiles: [String] = []
    /// Content path of each text → its diagnostics, in reading order.
    public private(set) var diagnostics: [String: [Diagnostic]] = [:]
    /// Each inspection with key questions (by its source location) → its chart's path.
    private var keyQuestionCharts: [SourceLocation: String] = [:]
    private var pduIndex: [String: Int] = [:]
    private var regionIndex: [String: Int] = [:]
    /// The slug of every PDU and region name in the corpus, made once.
    private var slugs: [String: String] = [:]

    /// The map of `corpus`. Its PDUs and regions, and its source texts (which need nothing
    /// of them), are made side by side unless `parallelism` is serial.
    public init(corpus: Corpus, parallelism: Parallelism = .serial) {
        let (_, texts) = parallelism.run({ self.placeDocuments(of: corpus) }, alongside: { SourceTexts(corpus) })
        sources = texts.byPath
        sourcesByPage = texts.byPage
        sourceFiles = texts.files
    }

    /// Puts the corpus's inspections, letters and partial inspections in their PDUs and
    /// regions, names their key questions' charts and groups the diagnostics by text.
    private mutating func placeDocuments(of corpus: Corpus) {
        partials = corpus.partialInspections
        for name in Set(
            corpus.inspections.flatMap { [$0.pdu.value, $0.region.value] } + corpus.regions.map(\.region.value)
                + partials.compactMap(\.region?.value))
        {
            slugs[name] = Slug.make(name)
        }
        // Each PDU's inspections by their place in the corpus, each copied once, in order.
        var byPDU: [String: [Int]] = [:]
        for index in corpus.inspections.indices {
            byPDU[slug(of: corpus.inspections[index].pdu.value), default: []].append(index)
        }
        pdus = byPDU.map { pduSlug, indices in
            let sorted = corpus.inspections.sortedByIndex(at: indices, by: Self.chronologically)
            let latest = sorted[sorted.count - 1]
            return PDU(
                slug: pduSlug, name: latest.pdu.value, regionSlug: slug(of: latest.region.value),
                inspections: sorted)
        }.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        pduIndex = Dictionary(uniqueKeysWithValues: pdus.enumerated().map { ($1.slug, $0) })
        var regionPartials: [String: [PartialInspection]] = [:]
        for partial in partials {
            if let name = partial.pdu?.value, let index = pduIndex[slug(of: name)] {
                pdus[index].partials.append(partial)
            } else if let region = partial.region?.value {
                regionPartials[slug(of: region), default: []].append(partial)
            }
        }

        var regionNames: [String: String] = [:]
        var lettersByRegion: [String: [RegionalInspection]] = [:]
        for pdu in pdus { regionNames[pdu.regionSlug] = regionNames[pdu.regionSlug] ?? pdu.latest.region.value }
        for partial in partials where partial.pdu.map({ pduIndex[slug(of: $0.value)] == nil }) ?? true {
            guard let region = partial.region?.value else { continue }
            regionNames[slug(of: region)] = regionNames[slug(of: region)] ?? region
        }
        for letter in corpus.regions {
            let regionSlug = slug(of: letter.region.value)
            regionNames[regionSlug] = regionNames[regionSlug] ?? letter.region.value
            lettersByRegion[regionSlug, default: []].append(letter)
        }
        regions = regionNames.map { slug, name in
            Region(
                slug: slug, name: name,
                pduSlugs: pdus.filter { $0.regionSlug == slug }.map(\.slug),
                letters: (lettersByRegion[slug] ?? []).sorted { $0.date.value < $1.date.value },
                partials: regionPartials[slug] ?? [])
        }.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        regionIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.slug, $0) })

        let charted = pdus.flatMap { pdu in
            pdu.inspections.indices.filter { !pdu.inspections[$0].keyQuestions.isEmpty }.map {
                (pdu.slug, pdu.inspections[$0].published.value, pdu.inspections[$0].source)
            }
        }
        let chartNames = Slug.unique(charted.map { "\($0.0)-\($0.1)-key-questions" })
        keyQuestionCharts = Dictionary(
            zip(charted.map(\.2), chartNames.map { "charts/\($0).svg" }),
            uniquingKeysWith: { first, _ in first })

        diagnostics = Dictionary(grouping: corpus.diagnostics, by: \.location.file)
    }

    /// The corpus's source texts and where each is published.
    private struct SourceTexts: Sendable {
        /// Their content paths, in the order of their bytes.
        var files: [String] = []
        var byPath: [String: SourceText] = [:]
        /// By the path of their page, in the order of its bytes.
        var byPage: [SourceText] = []

        init(_ corpus: Corpus) {
            files = Set(
                corpus.inspections.map(\.source.file) + corpus.regions.map(\.source.file)
                    + corpus.partialInspections.map(\.source.file)
            )
            .sorted(by: SiteMap.precedesInBytes)
            let texts = zip(files, SiteMap.sourceNames(files)).map { file, name in
                SourceText(
                    contentPath: file,
                    name: BidiControls.removed(from: SiteMap.fileName(file)),
                    page: "source/\(name).html", plainText: "source/\(name).txt")
            }
            byPath = Dictionary(uniqueKeysWithValues: zip(files, texts))
            // The pages are unique (the names are), so no two compare equal.
            byPage = texts.sortedByIndex { SiteMap.precedesInBytes($0.page, $1.page) }
        }
    }

    /// Whether `a` comes before `b` in the order of their UTF-8 bytes (as paths sort on every
    /// platform), read on their contiguous bytes.
    static func precedesInBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { a in b.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
    }

    public func pdu(slug: String) -> PDU? { pduIndex[slug].map { pdus[$0] } }
    public func region(slug: String) -> Region? { regionIndex[slug].map { regions[$0] } }

    /// The PDU an inspection belongs to.
    public func pdu(of inspection: Inspection) -> PDU? { pdu(slug: slug(of: inspection.pdu.value)) }

    /// The region named `name`.
    public func region(named name: String) -> Region? { region(slug: slug(of: name)) }

    /// The slug of a PDU's or region's name.
    public func slug(of name: String) -> String { slugs[name] ?? Slug.make(name) }

    /// The chart of an inspection's key questions (`charts/york-2024-12-key-questions.svg`);
    /// nil when it has none.
    public func keyQuestionChartPath(for inspection: Inspection) -> String? {
        keyQuestionCharts[inspection.source]
    }

    /// Oldest first: by publication, then fieldwork, then source.
    public static func chronologically(_ a: Inspection, _ b: Inspection) -> Bool {
        let fa = a.fieldworkStarted?.value ?? a.published.value
        let fb = b.fieldworkStarted?.value ?? b.published.value
        return (a.published.value, fa, a.source) < (b.published.value, fb, b.source)
    }

    /// The structure of the site in plain text: every PDU and region with its name, slug
    /// and documents (in order), every source text's paths, every chart's path. Two
    /// corpora with the same outline give the same links, names and paths on every page,
    /// so a page whose own documents did not change either is the same page (the build
    /// cache relies on this).
    public var outline: String {
        var lines: [String] = []
        for pdu in pdus {
            lines.append("pdu \(pdu.slug) \(pdu.regionSlug) \(pdu.name)")
            lines += pdu.inspections.map { "  \($0.source) \(keyQuestionCharts[$0.source] ?? "-")" }
        }
        for region in regions {
            lines.append("region \(region.slug) \(region.name) \(region.pduSlugs.joined(separator: " "))")
            lines += region.letters.map { "  \($0.source)" }
        }
        lines += partials.map { "partial \($0.source) \($0.subject)" }
        for path in sourceFiles {
            guard let text = sources[path] else { continue }
            lines.append("source \(text.page) \(text.plainText) \(path)")
        }
        return lines.joined(separator: "\n")
    }

    /// The HTML page made from the Markdown page `path` (`pdus/leeds.md#history` →
    /// `pdus/leeds.html#history`); any other path as it is.
    public static func htmlPath(of path: String) -> String {
        // On the UTF-8 bytes (the site's paths are slugs; a `Character` search is slow, and
        // every page's frame calls this): `#` and `.md` are ASCII, never part of another
        // character's bytes.
        let bytes = path.utf8
        let fragmentStart = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        let file = bytes[..<fragmentStart]
        guard file.count >= 3, file.suffix(3).elementsEqual(".md".utf8) else { return path }
        let stem = bytes.index(fragmentStart, offsetBy: -3)
        return String(path[..<stem]) + ".html" + path[fragmentStart...]
    }

    /// The name each text is published under in `source/`, made from its own path only, so
    /// that adding a text never moves another: the file's base name when it is a slug
    /// already (`leeds-2024`); else its slug and a digest of the base name (`Leeds 2024.txt`
    /// → `leeds-2024-1b2c3d4e`). Only texts with the very same file name in different
    /// folders share a base name: each then adds a digest of its whole path.
    static func sourceNames(_ files: [String]) -> [String] {
        let bases = files.map(baseName)
        let repeated = Set(Dictionary(grouping: bases, by: { $0 }).filter { $0.value.count > 1 }.keys)
        let names = zip(files, bases).map { file, base in
            let slug = Slug.make(base)
            if repeated.contains(base) { return slug + "-" + Slug.digest(file) }
            return slug == base ? base : slug + "-" + Slug.digest(base)
        }
        return Slug.unique(names)
    }

    /// `Content/reports/leeds-2024.txt` → `leeds-2024`.
    static func baseName(_ path: String) -> String {
        let file = fileName(path)
        // An ASCII name's bytes are its characters (none joins a `.` to the next).
        let dot =
            file.utf8.allSatisfy { $0 < 0x80 } ? file.utf8.lastIndex(of: UInt8(ascii: ".")) : file.lastIndex(of: ".")
        guard let dot, dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The last part of `path` between `/`s that is not empty (`Content/reports/leeds-2024.txt`
    /// → `leeds-2024.txt`), else `path`: `path.split(separator: "/").last`, read on the bytes
    /// of an ASCII path (whose bytes are its characters: a `/` joins no other).
    static func fileName(_ path: String) -> String {
        var path = path
        let ascii: String?? = path.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let slash = UInt8(ascii: "/")
            var end = bytes.endIndex
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        switch ascii {
        case .some(.some(let name)): return name
        case .some(.none): return path
        case .none: return path.split(separator: "/").last.map(String.init) ?? path
        }
    }
}
