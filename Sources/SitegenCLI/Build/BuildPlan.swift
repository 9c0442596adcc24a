import PageViews
import ParallelWork
import ReportParser
import SourceAndOutput

/// What a build does with each file it could take from the previous build's output,
/// decided after parsing, before anything is rendered: take it (``StagedOutput`` links the
/// old output's copy) or make it. A file is taken when the previous build made it from the
/// same input key (see ``InputKeys``); an HTML page beside its Markdown only with its
/// Markdown. Files without a key (the assets) are always made, and so is every file when
/// there is no cache. The files made in parts (the open data) are always made, but a part
/// whose key the previous build recorded is read from the old file (see ``PartedFile``);
/// the search index's chunks, keyed as parts are, are taken by the render when their key
/// is the recorded one (``FileSink/reuse(_:inputKey:)``).
public struct BuildPlan: Sendable {
    /// The keys of the files, when there is a cache.
    private let keys: InputKeys?
    /// The input key of each file that has one before rendering, by path.
    private var inputKeys: [String: ContentDigest] = [:]
    /// The files taken (or, before ``taking(_:parallelism:)``, to take) from the previous
    /// output; an HTML page beside its Markdown is taken second, only if its Markdown was.
    private var taken: Set<String> = []
    /// The HTML page to take with each Markdown page taken, by the Markdown's path.
    private var pairedHTML: [String: String] = [:]
    /// The parts of files made in parts that the previous build recorded, by path, then by key.
    private var previousParts: [String: [ContentDigest: BuildCache.Part]] = [:]

    /// Make every file and record no keys (no cache, or `build --check`).
    public static let makeEverything = BuildPlan(keys: nil)

    private init(keys: InputKeys?) { self.keys = keys }

    /// The plan for `site`, whose texts have the paths `texts`: every file's key from `keys`,
    /// and the files to take: those whose key is the one `previous` recorded (none without a
    /// previous build). The keys of the texts' pages are made on every core.
    init(site: Site, texts: [String], keys: InputKeys, previous: BuildCache?, parallelism: Parallelism = .serial) {
        self.keys = keys
        let recorded = previous?.entries ?? [:]
        // A key recorded for two parts of other bytes is taken for neither.
        previousParts = (previous?.parts ?? [:]).mapValues { parts in
            Dictionary(grouping: parts, by: \.inputKey).compactMapValues {
                Set($0.map(\.digest)).count == 1 ? $0[0] : nil
            }
        }
        // Every page twice (Markdown and HTML), every chart, every text twice.
        let files = 2 * site.pages.count + site.charts.count + 2 * site.sourcePages.count
        inputKeys.reserveCapacity(files)
        taken.reserveCapacity(files)
        func plan(_ path: String, _ key: ContentDigest) {
            inputKeys[path] = key
            if recorded[path]?.inputKey == key { taken.insert(path) }
        }
        // Each page's key, and its HTML page's when the Markdown's key is the one recorded.
        let pageKeys = site.pages.parallelMap(parallelism) { page in
            let key = keys.key(of: page.path, dependsOn: page.dependsOn)
            let markdown = recorded[page.path].flatMap { $0.inputKey == key ? $0 : nil }
            return (markdown: key, html: markdown.map { keys.key(of: page.frame, content: $0.digest) })
        }
        for (page, key) in zip(site.pages, pageKeys) {
            plan(page.path, key.markdown)
            if let html = key.html, recorded[page.frame.path]?.inputKey == html {
                inputKeys[page.frame.path] = html
                taken.insert(page.frame.path)
                pairedHTML[page.path] = page.frame.path
            }
        }
        let chartKeys = site.charts.parallelMap(parallelism) { keys.key(of: $0.path, dependsOn: $0.dependsOn) }
        for (chart, key) in zip(site.charts, chartKeys) { plan(chart.path, key) }
        let texts = Set(texts)
        let sourcePages = site.sourcePages.filter { texts.contains($0.text.contentPath) }
        let sourceKeys = sourcePages.parallelMap(parallelism) { page in
            keys.digest(ofText: page.text.contentPath).map {
                (text: keys.key(ofText: page.text.contentPath), page: keys.key(of: page.frame, content: $0))
            }
        }
        for case (let page, let key?) in zip(sourcePages, sourceKeys) {
            plan(page.text.plainText, key.text)
            plan(page.frame.path, key.page)
        }
    }

    /// The plan once `take` was given the files to take (with their keys) and said which it
    /// took: a file it could not take (changed or missing in the old output) is made
    /// instead, and so is the HTML page of a Markdown page not taken (the pages beside their
    /// Markdown are given second, only those whose Markdown was taken).
    func taking(_ take: (_ files: [(path: String, key: ContentDigest)]) -> Set<String>) -> BuildPlan {
        func tried(_ paths: [String]) -> Set<String> {
            take(paths.compactMap { path in inputKeys[path].map { (path, $0) } })
        }
        var plan = self
        plan.taken = tried(taken.subtracting(pairedHTML.values).sorted())
        plan.taken.formUnion(tried(pairedHTML.filter { plan.taken.contains($0.key) }.map(\.value).sorted()))
        return plan
    }

    /// Whether the file at `path` is taken from the previous output (not made).
    func takes(_ path: String) -> Bool { taken.contains(path) }

    /// The input key of the file at `path`, when it has one before rendering.
    func inputKey(of path: String) -> ContentDigest? { inputKeys[path] }

    /// The input key of a part of the file at `path` (nil without a cache): see
    /// ``InputKeys/key(ofPart:in:dependsOn:)``.
    func inputKey(ofPart place: String, in path: String, dependsOn: [String]?) -> ContentDigest? {
        keys?.key(ofPart: place, in: path, dependsOn: dependsOn)
    }

    /// The part of the file at `path` that the previous build made from `key`, if it recorded one.
    func previousPart(in path: String, key: ContentDigest) -> BuildCache.Part? { previousParts[path]?[key] }

    /// The input key of the HTML page in `frame` made from `markdown`, UTF-8 (nil without a cache).
    func inputKey(of frame: PageFrame, markdown: [UInt8]) -> ContentDigest? {
        keys?.key(of: frame, content: ContentDigest(markdown))
    }
}
