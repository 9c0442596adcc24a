/// What changed between two builds, as facts a reviewer cares about: a pure function of
/// the two builds' open data and of the digests of their files.
public struct BuildComparison: Equatable, Sendable {
    /// An inspection present in only one of the builds.
    public struct Listed: Equatable, Sendable {
        public var identity: String
        public var region: String?
        public var overallRating: String?
        public var score: String?
        /// `Content/reports/york-2024.txt:3`.
        public var source: String?
    }

    /// A fact whose value differs (nil where one build lacks the fact).
    public struct ChangedFact: Equatable, Sendable {
        public var name: String
        public var old: String?
        public var new: String?
        /// `Content/reports/derby-city-2025.txt:328`: the new build's line, or the old one's
        /// for a fact that went away.
        public var source: String?
    }

    /// An inspection in both builds with facts that differ.
    public struct ChangedInspection: Equatable, Sendable {
        public var identity: String
        public var facts: [ChangedFact]
    }

    /// A file of the output that differs.
    public struct ChangedFile: Equatable, Sendable {
        public enum Change: String, Sendable { case added, changed, removed }
        public var path: String
        public var change: Change
    }

    public var added: [Listed] = []
    public var removed: [Listed] = []
    public var changed: [ChangedInspection] = []
    /// Warnings and errors of the new build that the old one did not have (matched by
    /// file, severity and message, so a warning that only moved is not new), as printed.
    public var newWarnings: [String] = []
    /// Files that differ, sorted by path (UTF-8 order).
    public var files: [ChangedFile] = []

    /// Whether the two builds are the same: no fact and no file differs.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && newWarnings.isEmpty && files.isEmpty
    }

    /// Compares the builds `old` and `new`: their data, and their files (path to digest).
    public init(old: PublishedData, new: PublishedData, oldFiles: [String: String], newFiles: [String: String]) {
        let oldByIdentity = Dictionary(
            old.inspections.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let newIdentities = Set(new.inspections.map(\.identity))
        var seen: Set<String> = []
        for inspection in new.inspections where seen.insert(inspection.identity).inserted {
            guard let before = oldByIdentity[inspection.identity] else {
                added.append(Self.listed(inspection))
                continue
            }
            let facts = Self.changes(before, inspection)
            if !facts.isEmpty { changed.append(ChangedInspection(identity: inspection.identity, facts: facts)) }
        }
        removed = old.inspections.filter { !newIdentities.contains($0.identity) }.map(Self.listed)
        newWarnings = Self.newWarnings(old.diagnostics, new.diagnostics)
        files = Self.changedFiles(oldFiles, newFiles)
    }

    /// The facts of `old` and `new` (the same inspection) that differ, in the new order,
    /// then the facts only `old` has.
    static func changes(_ old: PublishedData.Inspection, _ new: PublishedData.Inspection) -> [ChangedFact] {
        let oldFacts = Dictionary(old.facts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newFacts = new.facts
        let newNames = Set(newFacts.map(\.name))
        var changes: [ChangedFact] = []
        for fact in newFacts where oldFacts[fact.name]?.value != fact.value {
            changes.append(
                ChangedFact(
                    name: fact.name, old: oldFacts[fact.name]?.value, new: fact.value,
                    source: source(new.source?.file, fact.line)))
        }
        for fact in old.facts where !newNames.contains(fact.name) {
            changes.append(
                ChangedFact(name: fact.name, old: fact.value, new: nil, source: source(old.source?.file, fact.line)))
        }
        return changes
    }

    static func listed(_ inspection: PublishedData.Inspection) -> Listed {
        let facts = inspection.facts
        return Listed(
            identity: inspection.identity, region: inspection.region, overallRating: inspection.overallRating,
            score: facts.first { $0.name == "score" }?.value,
            source: source(inspection.source?.file, inspection.source?.line))
    }

    static func newWarnings(_ old: [PublishedData.Diagnostic], _ new: [PublishedData.Diagnostic]) -> [String] {
        func key(_ d: PublishedData.Diagnostic) -> String { "\(d.file)\u{0}\(d.severity)\u{0}\(d.message)" }
        var remaining = Dictionary(old.map { (key($0), 1) }, uniquingKeysWith: +)
        var warnings: [String] = []
        for diagnostic in new where diagnostic.severity == "warning" || diagnostic.severity == "error" {
            if let count = remaining[key(diagnostic)], count > 0 {
                remaining[key(diagnostic)] = count - 1
                continue
            }
            let location = [diagnostic.file, diagnostic.line.map(String.init), diagnostic.column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
            warnings.append("\(location): \(diagnostic.severity): \(diagnostic.message)")
        }
        return warnings
    }

    static func changedFiles(_ old: [String: String], _ new: [String: String]) -> [ChangedFile] {
        let paths = Set(old.keys).union(new.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return paths.compactMap { path in
            switch (old[path], new[path]) {
            case (nil, _): ChangedFile(path: path, change: .added)
            case (_, nil): ChangedFile(path: path, change: .removed)
            case (let before?, let after?): before == after ? nil : ChangedFile(path: path, change: .changed)
            }
        }
    }

    static func source(_ file: String?, _ line: Int?) -> String? {
        guard let file else { return nil }
        return line.map { "\(file):\($0)" } ?? file
    }
}
