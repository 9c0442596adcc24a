import InspectionModel
import OpenData
import SourceAndOutput

/// What the site's search box searches (`search-index.js`): every PDU and region name,
/// finding, recommendation, quote and background figure, each as a passage of text with
/// the page section it is shown in and the source line it was read from.
///
/// The index is written in chunks, each a file of its own (``chunks(of:size:anchor:)``:
/// `search-index/pdus-leeds.js`), and a list of them (``path``, ``listScript(of:)``); each
/// is a classic script that sets a global (``globalName``, ``listName``), so that a page can
/// load them from `file://`, under any sub-path and from any static server (no `fetch`, no
/// module). `assets/search.js` loads the list, then every chunk at once, and searches them
/// in the browser.
public struct SearchIndex: Sendable {
    /// Where the list of the index's chunks is written in the site: what the search box loads first.
    public static let path = "search-index.js"
    /// The folder the chunks are written in.
    public static let folder = "search-index"
    /// The global variable each chunk adds itself to: an object of the chunks by path.
    public static let globalName = "sitegenSearchIndex"
    /// The global variable the list assigns: the chunks' paths, in order.
    public static let listName = "sitegenSearchChunks"

    /// A part of a page that passages are shown in.
    public struct Section: Hashable, Sendable {
        /// The HTML page, from the site's root: `pdus/leeds.html`.
        public var page: String
        /// The text of the heading the section starts at, as the page shows it
        /// (`Inspection published May 2024`); nil for the top of the page.
        public var heading: String?
        /// What a result is called: `Leeds · Inspection published May 2024 · 1.1 Leadership`.
        public var title: String
        /// Index into ``SearchIndex/sources``: the text the passages were read from.
        public var source: Int
    }

    /// One searchable passage.
    public struct Passage: Hashable, Sendable {
        /// Index into ``SearchIndex/sections``.
        public var section: Int
        /// The line of the section's source text the passage was read from.
        public var line: Int
        public var text: String
        /// A PDU's or region's name: shown before other results.
        public var isName: Bool
    }

    /// The report texts the passages were read from: their pages (`source/leeds-2024.html`)
    /// and file names (`leeds-2024.txt`), in the site map's order.
    public private(set) var sources: [SiteMap.SourceText] = []
    private var sourceIndex: [String: Int] = [:]
    private var lastSource: (file: String, number: Int?)?
    public private(set) var sections: [Section] = []
    public private(set) var passages: [Passage] = []

    /// The passages of every PDU page (names, then each inspection's findings,
    /// recommendations, quotes, background and progress) and every region page (names,
    /// then each letter's findings), in the site map's order.
    public init(map: SiteMap) { self.init(map: map, pdus: map.pdus, regions: map.regions) }

    /// The passages of the pages of `pdus` and then of `regions`, as ``init(map:)`` has them.
    public init(map: SiteMap, pdus: some Collection<SiteMap.PDU>, regions: some Collection<SiteMap.Region>) {
        for pdu in pdus {
            let page = SiteMap.htmlPath(of: pdu.path)
            let region = map.region(slug: pdu.regionSlug)?.name ?? pdu.latest.region.value
            add(
                pdu.name, "\(pdu.name), a Probation Delivery Unit in the \(region) region",
                page: page, heading: nil, at: pdu.latest.pdu.source, map: map, isName: true)
            for inspection in pdu.inspections.reversed() {
                addPassages(of: inspection, page: page, map: map)
            }
        }
        for region in regions {
            let page = SiteMap.htmlPath(of: region.path)
            // Named where a letter, or else its first PDU's latest inspection, names it.
            if let named = region.letters.first?.region ?? region.pduSlugs.first.flatMap(map.pdu(slug:))?.latest.region
            {
                add(
                    region.name, "\(region.name) region", page: page, heading: nil, at: named.source, map: map,
                    isName: true)
            }
            for letter in region.letters {
                let heading = RegionPage.Letter.heading(of: letter)
                for section in letter.sections {
                    add(
                        findings: section.findings, page: page, heading: heading,
                        title: "\(region.name) · \(heading) · \(section.heading)", map: map)
                }
            }
        }
    }

    private mutating func addPassages(of inspection: Inspection, page: String, map: SiteMap) {
        let heading = InspectionView.heading(of: inspection)
        let title = "\(inspection.pdu.value) · \(heading)"
        for section in inspection.findings {
            let standard = section.standard.flatMap { id in inspection.standards.first { $0.id == id } }
            add(
                findings: section.findings, page: page, heading: heading,
                title: title + " · " + (standard.map { "\($0.id) \($0.name)" } ?? section.heading), map: map)
        }
        if let diversity = inspection.diversityAndInclusion {
            add(
                findings: diversity, page: page, heading: heading, title: title + " · Diversity and inclusion", map: map
            )
        }
        for recommendation in inspection.recommendations {
            add(
                title + " · Recommendation \(recommendation.number)", recommendation.text,
                page: page, heading: heading, at: recommendation.source, map: map)
        }
        for quote in inspection.quotes {
            add(
                title + " · What people on probation said", quote.text, page: page, heading: heading, at: quote.source,
                map: map)
        }
        let background = inspection.background
        let figures: [(String, String, SourceLocation)?] = [
            background.caseload.map { ("People on probation (caseload)", Numbers.grouped($0.value), $0.source) },
            background.population.map { ("Population of the area", Numbers.grouped($0.value), $0.source) },
            background.provenReoffendingRate.map { ("Proven reoffending rate", Numbers.percent($0.value), $0.source) },
        ]
        for case (let label, let value, let source)? in figures {
            add(title + " · Background", "\(label): \(value)", page: page, heading: heading, at: source, map: map)
        }
        for row in inspection.progressOnPreviousRecommendations {
            add(
                title + " · Progress on the previous recommendations", row.recommendation + " " + row.actionTaken,
                page: page, heading: heading, at: row.source, map: map)
        }
    }

    private mutating func add(findings: Findings, page: String, heading: String, title: String, map: SiteMap) {
        for list in [findings.narrative, findings.strengths, findings.areasForImprovement] {
            for paragraph in list {
                add(title, paragraph.text, page: page, heading: heading, at: paragraph.source, map: map)
            }
        }
    }

    private mutating func add(
        _ title: String, _ text: String, page: String, heading: String?, at location: SourceLocation,
        map: SiteMap, isName: Bool = false
    ) {
        guard !text.isEmpty, let source = sourceNumber(of: location.file, map: map) else { return }
        // Compared field by field in place: most passages go on in the section before.
        let last = sections.count - 1
        if last < 0 || sections[last].source != source || sections[last].title != title
            || sections[last].heading != heading || sections[last].page != page
        {
            sections.append(Section(page: page, heading: heading, title: title, source: source))
        }
        passages.append(Passage(section: sections.count - 1, line: location.line, text: text, isName: isName))
    }

    /// The number of the text at `file` in ``sources``, added when new; nil when the site
    /// map publishes no such text. Passages come a text at a time: the last text's number
    /// is kept at hand.
    private mutating func sourceNumber(of file: String, map: SiteMap) -> Int? {
        if let last = lastSource, last.file == file { return last.number }
        let number =
            sourceIndex[file]
            ?? map.sources[file].map { published in
                sources.append(published)
                sourceIndex[file] = sources.count - 1
                return sources.count - 1
            }
        lastSource = (file, number)
        return number
    }

    /// The index as the classic script of the chunk at `path` (from the site's root): it adds
    /// itself to the one global, an object of the chunks by path
    /// (`(window.sitegenSearchIndex = … || {})["search-index/pdus-leeds.js"] = {…};`), one
    /// section or passage a line, its sections and sources numbered within it, so that each
    /// chunk stands alone (see ``chunks(of:size:anchor:)``). `anchor` gives the `id` a
    /// heading's text has on its page. Every string is a JSON string literal that is also
    /// safe inside any script: `<` is written `\u003c` (no `</script>`, no `<!--`), and the
    /// line and paragraph separators and control characters are escaped.
    public func script(as path: String = "search-index/all.js", anchor: (String) -> String) -> String {
        String(decoding: scriptBytes(as: path, anchor: anchor), as: UTF8.self)
    }

    /// ``script(as:anchor:)`` as its UTF-8 bytes, written without a `String` in between.
    public func scriptBytes(as path: String, anchor: (String) -> String) -> [UInt8] {
        // `out` is handed down, never captured: a closure that captured it would have each
        // access checked at run time.
        var out: [UInt8] = []
        func quote(_ text: String, _ out: inout [UInt8]) { JSONWriter.quote(text, into: &out, script: true) }
        func number(_ value: Int, _ out: inout [UInt8]) { out += String(value).utf8 }
        /// The items written by `item`, each in brackets, a line each.
        func lines<Item>(_ items: [Item], _ out: inout [UInt8], _ item: (Item, inout [UInt8]) -> Void) {
            for (n, element) in items.enumerated() {
                out += (n == 0 ? "[" : ",\n[").utf8
                item(element, &out)
                out.append(UInt8(ascii: "]"))
            }
        }
        out += Self.chunkHeader.utf8
        out += "(window.\(Self.globalName) = window.\(Self.globalName) || {})[".utf8
        quote(path, &out)
        out += "] = {\n\"sources\": [\n".utf8
        lines(sources, &out) { source, out in
            quote(source.page, &out)
            out.append(UInt8(ascii: ","))
            quote(source.name, &out)
        }
        out += "\n],\n\"sections\": [\n".utf8
        // An inspection's sections follow one another under one heading: its anchor is made once.
        var last: (heading: String, anchor: String)?
        lines(sections, &out) { section, out in
            quote(section.page, &out)
            out.append(UInt8(ascii: ","))
            if let heading = section.heading {
                if last?.heading != heading { last = (heading, anchor(heading)) }
                quote(last?.anchor ?? "", &out)
            } else {
                quote("", &out)
            }
            out.append(UInt8(ascii: ","))
            quote(section.title, &out)
            out.append(UInt8(ascii: ","))
            number(section.source, &out)
        }
        out += "\n],\n\"passages\": [\n".utf8
        lines(passages, &out) { passage, out in
            number(passage.section, &out)
            out.append(UInt8(ascii: ","))
            number(passage.line, &out)
            out.append(UInt8(ascii: ","))
            quote(passage.text, &out)
            if passage.isName { out += ",1".utf8 }
        }
        out += "\n]\n};\n".utf8
        return out
    }

    /// The comment each chunk starts with.
    static let chunkHeader = "// A chunk of the search index of this site, made by sitegen (see search-index.js).\n"

    /// One file of the index: a chunk that stands alone (see ``script(as:anchor:)``), made
    /// when asked for.
    public struct Chunk: Sendable {
        /// Where it is written in the site: `search-index/pdus-leeds.js`, named after its
        /// first PDU (or region).
        public var path: String
        /// The content texts (by path) whose facts it shows.
        public var dependsOn: [String]
        /// What else, besides sitegen, the site's outline and those texts, its bytes depend
        /// on: the slugs of its PDUs or regions (`pdus leeds leicester`).
        public var place: String
        /// The script's UTF-8 bytes, made when called.
        public var make: @Sendable () -> [UInt8]

        /// The chunk of the PDUs or regions (`kind`) with the slugs `slugs`: the script of the
        /// index `index` makes, its headings' ids given by `anchor`.
        init(
            _ kind: String, _ slugs: [String], dependsOn: [String], anchor: @escaping @Sendable (String) -> String,
            index: @escaping @Sendable () -> SearchIndex
        ) {
            let path = "\(SearchIndex.folder)/\(kind)-\(slugs.first ?? "").js"
            self.path = path
            self.dependsOn = dependsOn
            place = ([kind] + slugs).joined(separator: " ")
            make = { index().scriptBytes(as: path, anchor: anchor) }
        }
    }

    /// The index of `map` in chunks, each a file of its own: runs of about `size` PDUs, then
    /// of about `size` regions, cut where their slugs say (``ExportParts/runs(of:size:)``), each
    /// named after its first slug, so a PDU added, changed or deleted moves no other chunk
    /// nor renames it. A chunk depends on the texts of its PDUs' inspections, or of its
    /// regions' letters and PDUs' inspections (a region's name passage may be read from its
    /// first PDU's latest inspection). None when the site has no PDU and no region.
    public static func chunks(of map: SiteMap, size: Int, anchor: @escaping @Sendable (String) -> String) -> [Chunk] {
        func texts(_ pdus: some Sequence<SiteMap.PDU>) -> [String] {
            pdus.flatMap { $0.inspections.map(\.source.file) }
        }
        let pduRuns = ExportParts.runs(of: map.pdus.map(\.slug), size: size).filter { !$0.isEmpty }
        let regionRuns = ExportParts.runs(of: map.regions.map(\.slug), size: size).filter { !$0.isEmpty }
        let pduChunks = pduRuns.map { run in
            Chunk("pdus", map.pdus[run].map(\.slug), dependsOn: texts(map.pdus[run]), anchor: anchor) {
                SearchIndex(map: map, pdus: map.pdus[run], regions: [])
            }
        }
        let regionChunks = regionRuns.map { run in
            let regions = map.regions[run]
            let dependsOn = regions.flatMap {
                texts($0.pduSlugs.compactMap(map.pdu(slug:))) + $0.letters.map(\.source.file)
            }
            return Chunk("regions", regions.map(\.slug), dependsOn: dependsOn, anchor: anchor) {
                SearchIndex(map: map, pdus: [], regions: regions)
            }
        }
        return pduChunks + regionChunks
    }

    /// The list of `chunks` (``path``): a classic script that sets ``listName`` to their
    /// paths, in order, one a line.
    public static func listScript(of chunks: [Chunk]) -> [UInt8] {
        var out = Array(
            "// The search index of this site, made by sitegen (see assets/search.js): its chunks, in order.\n".utf8)
        out += "window.\(listName) = [".utf8
        for (number, chunk) in chunks.enumerated() {
            out += (number == 0 ? "\n" : ",\n").utf8
            JSONWriter.quote(chunk.path, into: &out, script: true)
        }
        out += "\n];\n".utf8
        return out
    }
}
