import Foundation
import ParallelWork
import SourceAndOutput

/// Reads the report texts of a content folder into `ContentSource`s.
public enum ContentLoader {
    /// File name extensions read as report texts (compared case-insensitively).
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// What a content folder held: its readable texts, and an error for each file or
    /// folder that could not be read.
    public struct Result: Sendable {
        public var sources: [ContentSource]
        /// Each source's path inside the folder (`reports/leeds-2024.txt`), in step with `sources`.
        public var relativePaths: [String]
        public var diagnostics: [Diagnostic]
        /// Texts found, read or not.
        public var documentCount: Int
    }

    /// Every file with one of `extensions` (by default `.txt`, `.md`, and saved web pages `.html` and `.htm`; nil for every file)
    /// under `directory`, recursively, skipping hidden files and folders (names starting with `.`), in
    /// byte-wise order of their paths.
    ///
    /// Each source's path is the file's path relative to `currentDirectory` when the
    /// folder lies inside it (`Content/reports/leeds-2024.txt`), else `directory` as
    /// given followed by the path inside it. A file that cannot be read becomes an
    /// error diagnostic instead of a source.
    ///
    /// Reads are bounded: a symbolic link is followed only when it leads to a place inside
    /// `boundary` (by default `directory` itself; both with their own links resolved), and
    /// a folder is never read twice, so a link to `/` or a loop of links reads nothing.
    /// Only regular files are read (a FIFO would block the build). Each thing skipped gets
    /// a warning naming it and why.
    public static func load(
        directory: String, currentDirectory: String,
        extensions: Set<String>? = extensions, boundary: String? = nil
    ) -> Result {
        let listing = Listing(
            directory: directory, currentDirectory: currentDirectory, extensions: extensions, boundary: boundary)
        var sources: [ContentSource] = []
        var relativePaths: [String] = []
        var diagnostics = listing.diagnostics
        for (file, relative) in zip(listing.files, listing.relativePaths) {
            let shown = listing.prefix + relative
            switch FileReading.contents(of: file) {
            case .success(let bytes):
                sources.append(ContentSource(path: shown, bytes: bytes))
                relativePaths.append(relative)
            case .failure(let failure):
                diagnostics.append(TextFile.Unreadable(path: shown, failure: failure).diagnostic)
            }
        }
        return Result(
            sources: sources, relativePaths: relativePaths, diagnostics: diagnostics,
            documentCount: listing.files.count)
    }

    /// What ``files(directory:currentDirectory:parallelism:)`` gives: the readable texts,
    /// each read once for its digest and let go, and the diagnostics of ``Result``.
    struct Files: Sendable {
        var texts: [TextFile]
        var diagnostics: [Diagnostic]
        /// Texts found, read or not.
        var documentCount: Int
    }

    /// The texts ``load(directory:currentDirectory:extensions:boundary:)`` reads, in the same
    /// order with the same diagnostics, as ``TextFile``s (read on every core; a text whose
    /// stamp `recorded` has is not read: see ``TextFile/read(_:shownAs:recorded:settled:)``).
    /// The folder is listed while `recorded` (the last build's cache) is read, on another
    /// thread unless `parallelism` is serial; the texts, and the cache.
    static func files(
        directory: String, currentDirectory: String, parallelism: Parallelism,
        recorded: @escaping @Sendable () -> BuildCache? = { nil }
    ) -> (files: Files, recorded: BuildCache?) {
        let (listing, recorded) = parallelism.run(
            {
                Listing(directory: directory, currentDirectory: currentDirectory, extensions: extensions, boundary: nil)
            }, alongside: recorded)
        return (files(listing, parallelism: parallelism, recorded: recorded), recorded)
    }

    /// The texts of `listing`, read (see ``files(directory:currentDirectory:parallelism:recorded:)``).
    private static func files(_ listing: Listing, parallelism: Parallelism, recorded: BuildCache?) -> Files {
        let settled = FileStamp.settledTime()
        let read = zip(listing.files, listing.relativePaths).map { ($0, listing.prefix + $1) }
            .parallelMap(parallelism) { TextFile.read($0, shownAs: $1, recorded: recorded, settled: settled) }
        var texts: [TextFile] = []
        var diagnostics = listing.diagnostics
        for result in read {
            switch result {
            case .success(let text): texts.append(text)
            case .failure(let unreadable): diagnostics.append(unreadable.diagnostic)
            }
        }
        return Files(texts: texts, diagnostics: diagnostics, documentCount: listing.files.count)
    }
}

/// The files a content folder holds, found and not yet read (see ``ContentLoader/load(directory:currentDirectory:extensions:boundary:)``).
private struct Listing {
    /// Each file's path to read it from, in byte-wise order of `relativePaths`.
    var files: [String]
    /// Each file's path inside the folder.
    var relativePaths: [String]
    /// What comes before a relative path in the path a text is shown by.
    var prefix: String
    /// The folders and files that could not be read or were skipped, sorted.
    var diagnostics: [Diagnostic]

    init(directory: String, currentDirectory: String, extensions: Set<String>?, boundary: String?) {
        let cwd = Paths.standardize(currentDirectory)
        let root = Paths.absolute(directory, against: cwd)
        if root == cwd {
            prefix = ""
        } else if cwd == "/" {
            prefix = String(root.dropFirst()) + "/"
        } else if root.hasPrefix(cwd + "/") {
            prefix = String(root.dropFirst(cwd.count + 1)) + "/"
        } else {
            var given = directory
            while given.count > 1, given.hasSuffix("/") { given.removeLast() }
            prefix = given == "/" ? "/" : given + "/"
        }

        var walk = FolderWalk(
            extensions: extensions, prefix: prefix,
            boundary: Paths.resolved(boundary.map { Paths.absolute($0, against: cwd) } ?? root))
        walk.walk(root, relative: "")
        relativePaths = walk.found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        files = relativePaths.map { root + "/" + $0 }
        diagnostics = walk.diagnostics.sorted()
    }
}

/// One walk through a folder for ``ContentLoader``: what it found and what it skipped.
private struct FolderWalk {
    let extensions: Set<String>?
    let prefix: String
    /// The resolved folder no link may lead out of.
    let boundary: String
    var found: [String] = []  // paths relative to the root
    var diagnostics: [Diagnostic] = []
    /// The resolved paths of the folders read so far.
    var visited: Set<String> = []

    mutating func walk(_ directory: String, relative: String) {
        guard visited.insert(Paths.resolved(directory)).inserted else { return }
        let entries: [FileReading.Entry]
        switch FileReading.entries(of: directory) {
        case .success(let listed): entries = listed
        case .failure(let failure):
            let shown = relative.isEmpty ? String(prefix.dropLast()) : prefix + relative
            diagnostics.append(
                Diagnostic(
                    .error, "cannot read folder: \(failure.reason)",
                    at: SourceLocation(file: shown.isEmpty ? "." : shown, line: 1)))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            visit(
                directory + "/" + name, name: name, relative: relative.isEmpty ? name : relative + "/" + name,
                kind: entry.kind)
        }
    }

    /// Visits the entry at `path`, of `kind` when its folder's listing said (else `lstat`ed).
    private mutating func visit(_ path: String, name: String, relative: String, kind listed: FileReading.Kind?) {
        var kind = listed ?? FileReading.kind(path, following: false)
        if kind == .link {
            switch FileReading.target(of: path) {
            case .failure(let failure) where failure.code != ENOENT:
                return skip(relative, "the symbolic link cannot be followed: \(failure.reason)")
            case .failure:
                kind = .missing  // a broken link: reported below if it names a text
            case .success(let target):
                guard Paths.isSameOrInside(target, boundary) else {
                    return skip(
                        relative, "the symbolic link leads outside '\(boundary)' (to '\(target)'); not followed")
                }
                kind = FileReading.kind(target, following: true)
                if kind == .folder, visited.contains(target) {
                    return skip(
                        relative, "the symbolic link leads back to a folder already read (a loop); not followed")
                }
            }
        }
        if kind == .folder { return walk(path, relative: relative) }
        guard wanted(name) else { return }
        switch kind {
        case .file, .missing: found.append(relative)
        case .other(let what): skip(relative, "\(what) is not a regular file; skipped")
        case .link, .folder: break
        }
    }

    private func wanted(_ name: String) -> Bool {
        guard let extensions else { return true }
        return name.lastIndex(of: ".").map { extensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
    }

    private mutating func skip(_ relative: String, _ why: String) {
        diagnostics.append(Diagnostic(.warning, why, at: SourceLocation(file: prefix + relative, line: 1)))
    }
}
