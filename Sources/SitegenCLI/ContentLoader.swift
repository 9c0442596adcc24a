import Foundation
import InspectionModel
import ReportParser

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
    public static func load(directory: String, currentDirectory: String,
                            extensions: Set<String>? = extensions) -> Result {
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

        var found: [String] = []          // paths relative to root
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = []
        walk(root, relative: "", extensions: extensions, found: &found, diagnostics: &diagnostics,
             visited: &visited, prefix: prefix)
        found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var sources: [ContentSource] = []
        var relativePaths: [String] = []
        for relative in found {
            let shown = prefix + relative
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
                sources.append(ContentSource(path: shown, bytes: [UInt8](data)))
                relativePaths.append(relative)
            } catch {
                diagnostics.append(Diagnostic(.error, "cannot read file: \(reason(error))",
                                              at: SourceLocation(file: shown, line: 1)))
            }
        }
        return Result(sources: sources, relativePaths: relativePaths, diagnostics: diagnostics,
                      documentCount: found.count)
    }

    private static func walk(_ directory: String, relative: String, extensions: Set<String>?, found: inout [String],
                             diagnostics: inout [Diagnostic], visited: inout Set<String>, prefix: String) {
        // Follow symbolic links to folders, but never into a folder twice (no loops).
        guard visited.insert(Paths.resolved(directory)).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let shown = relative.isEmpty ? String(prefix.dropLast()) : prefix + relative
            diagnostics.append(Diagnostic(.error, "cannot read folder: \(reason(error))",
                                          at: SourceLocation(file: shown.isEmpty ? "." : shown, line: 1)))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let inner = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                walk(path, relative: inner, extensions: extensions, found: &found, diagnostics: &diagnostics,
                     visited: &visited, prefix: prefix)
            } else if extensions == nil || name.lastIndex(of: ".").map({
                extensions!.contains(name[name.index(after: $0)...].lowercased())
            }) == true {
                // Includes broken links, which then fail to read and are reported.
                found.append(inner)
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return (error as NSError).localizedDescription
    }
}
