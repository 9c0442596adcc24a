import Foundation
import ParallelWork
import SourceAndOutput

/// How the files a build would write differ from an output folder on disk.
///
/// Only files count: folders (empty ones included) are ignored, and so is the marker file
/// `.sitegen-output` at the top of the folder.
public struct OutputComparison: Equatable, Sendable {
    /// How one path differs.
    public enum Change: Equatable, Sendable, Comparable {
        /// The build writes the file; the folder lacks it.
        case added
        /// Both have the path, with different bytes (or the folder's entry is not a readable file).
        case changed
        /// The folder has the entry; the build would not write it.
        case removed
    }

    /// One path that differs.
    public struct Difference: Equatable, Sendable, Comparable {
        /// The path relative to the output folder, `/`-separated.
        public var path: String
        /// How it differs.
        public var change: Change

        /// A difference at `path`.
        public init(path: String, change: Change) {
            self.path = path
            self.change = change
        }

        /// By path in UTF-8 byte order, then by change.
        public static func < (a: Difference, b: Difference) -> Bool {
            a.path == b.path ? a.change < b.change : a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
        }
    }

    /// The differences, sorted by path (UTF-8 order).
    public var differences: [Difference]

    /// Differences given in any order; they are sorted.
    public init(differences: [Difference]) {
        self.differences = differences.sorted()
    }

    /// Whether the folder holds exactly the files the build would write.
    public var isUpToDate: Bool { differences.isEmpty }

    /// One line per difference, e.g. `changed  pdus/leeds.html`, `added    data.html`, `removed  old.md`.
    public var lines: [String] {
        differences.map { difference in
            let label =
                switch difference.change {
                case .added: "added"
                case .changed: "changed"
                case .removed: "removed"
                }
            return label.padding(toLength: 9, withPad: " ", startingAt: 0) + difference.path
        }
    }

    /// Compares the files a build makes, by path and digest, with a listing of an output folder.
    static func compare(_ digests: [String: ContentDigest], with listing: [String: OutputListing.Entry])
        -> OutputComparison
    {
        let marker = OutputWriter.markerName
        let built = digests.filter { $0.key != marker }
        let opaque = Set(listing.compactMap { $0.value == .unreadable ? $0.key : nil })
        var covered: Set<String> = []
        var differences: [Difference] = []
        for (path, contents) in built {
            switch listing[path] {
            case .file(let bytes)?:
                if bytes != contents { differences.append(Difference(path: path, change: .changed)) }
            case .unreadable?: differences.append(Difference(path: path, change: .changed))
            case nil:
                let blocking = ancestors(of: path).filter(opaque.contains)
                covered.formUnion(blocking)
                differences.append(Difference(path: path, change: blocking.isEmpty ? .added : .changed))
            }
        }
        for path in listing.keys where path != marker && built[path] == nil && !covered.contains(path) {
            differences.append(Difference(path: path, change: .removed))
        }
        return OutputComparison(differences: differences)
    }

    /// `a/b/c` → `a`, `a/b`.
    static func ancestors(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    }
}

/// Reading an output folder for `OutputComparison`.
enum OutputListing {
    /// What is at one path in the folder.
    enum Entry: Equatable, Sendable {
        /// A regular file and the digest of its bytes.
        case file(ContentDigest)
        /// A symbolic link, an unreadable file or folder, or anything else that is not a
        /// regular file or a readable folder.
        case unreadable
    }

    /// Every non-folder entry under `directory`, by path relative to it; empty when the
    /// folder is missing or cannot be listed. Symbolic links inside it are not followed.
    static func read(_ directory: String) -> [String: Entry] {
        var listing: [String: Entry] = [:]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [:] }
        add(names, in: directory, prefix: "", to: &listing)
        return listing
    }

    /// The paths of every entry under `directory`, without reading them (links are not
    /// followed): regular files, folders, and anything else.
    static func scan(_ directory: String) -> (files: Set<String>, folders: Set<String>, others: Set<String>) {
        var scan: (files: Set<String>, folders: Set<String>, others: Set<String>) = ([], [], [])
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let path = enumerator?.nextObject() as? String {
            switch FileReading.kind(directory + "/" + path, following: false) {
            case .file: scan.files.insert(path)
            case .folder: scan.folders.insert(path)
            default: scan.others.insert(path)
            }
        }
        return scan
    }

    private static func add(_ names: [String], in folder: String, prefix: String, to listing: inout [String: Entry]) {
        let fm = FileManager.default
        for name in names {
            let path = folder + "/" + name
            let relative = prefix + name
            let type = (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?:
                if let inner = try? fm.contentsOfDirectory(atPath: path) {
                    add(inner, in: path, prefix: relative + "/", to: &listing)
                } else {
                    listing[relative] = .unreadable
                }
            case .typeRegular?:
                listing[relative] = fm.contents(atPath: path).map { .file(ContentDigest([UInt8]($0))) } ?? .unreadable
            default:
                listing[relative] = .unreadable
            }
        }
    }
}

/// `sitegen build --check`'s file sink: keeps the digest of each file the build makes;
/// ``comparison()`` then compares them with the output folder. Thread-safe.
final class OutputCheck: FileSink {
    let directory: String
    private let digests = Locked<[String: ContentDigest]>([:])

    init(directory: String) { self.directory = directory }

    func add(_ file: ExportFile, inputKey: ContentDigest?) throws {
        let digest = ContentDigest(file.contents)
        digests.withLock { $0[file.path] = digest }
    }

    /// Keeps only the digest of a file given in parts: of its bytes, as the folder's files are digested.
    func append(_ part: PartBytes, digest: ContentDigest?, to stream: inout FileStream) throws {
        try part.forEachChunk(of: stream.path) { stream.count($0) }
    }

    func end(_ stream: FileStream, inputKey: ContentDigest?) throws {
        let digest = stream.digest
        digests.withLock { $0[stream.path] = digest }
    }

    /// How the files added so far differ from the output folder.
    func comparison() -> OutputComparison {
        OutputComparison.compare(digests.value, with: OutputListing.read(directory))
    }

    /// How many files were added.
    var count: Int { digests.withLock { $0.count } }
}
