import Foundation
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
        let cwd = Paths.standardize(currentDirectory)
        let root = Paths.absolute(directory, against: cwd)
        let prefix: String
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
        let found = walk.found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var sources: [ContentSource] = []
        var relativePaths: [String] = []
        var diagnostics = walk.diagnostics.sorted()
        for relative in found {
            let shown = prefix + relative
            switch FileReading.contents(of: root + "/" + relative) {
            case .success(let bytes):
                sources.append(ContentSource(path: shown, bytes: bytes))
                relativePaths.append(relative)
            case .failure(let failure):
                diagnostics.append(
                    Diagnostic(
                        .error, "cannot read file: \(failure.reason)",
                        at: SourceLocation(file: shown, line: 1)))
            }
        }
        return Result(
            sources: sources, relativePaths: relativePaths, diagnostics: diagnostics,
            documentCount: found.count)
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
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let shown = relative.isEmpty ? String(prefix.dropLast()) : prefix + relative
            diagnostics.append(
                Diagnostic(
                    .error, "cannot read folder: \(FileReading.reason(error))",
                    at: SourceLocation(file: shown.isEmpty ? "." : shown, line: 1)))
            return
        }
        for name in names where !name.hasPrefix(".") {
            visit(directory + "/" + name, name: name, relative: relative.isEmpty ? name : relative + "/" + name)
        }
    }

    private mutating func visit(_ path: String, name: String, relative: String) {
        var kind = FileReading.kind(path, following: false)
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
