import Foundation

/// Lexical path helpers (`/`-separated, as on Linux and macOS).
enum Paths {
    /// `path` with `.`, `..`, empty components and trailing slashes removed.
    static func standardize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", isAbsolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func absolute(_ path: String, against base: String) -> String {
        standardize(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// Whether `path` is `ancestor` or lies inside it (both absolute and standardized).
    static func isSameOrInside(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }

    /// The absolute path with symbolic links resolved as far as it exists: its longest
    /// existing ancestor's real path, followed by the rest (`CL/reports/site`, where
    /// `CL -> Content`, is `/…/Content/reports/site`).
    /// A dangling link is followed too (`Output -> /var/www/site`, where `site` does not exist
    /// yet, is `/var/www/site`), up to 40 links deep.
    static func resolved(_ path: String) -> String {
        var existing = standardize(path)
        var rest: [String] = []
        var links = 0
        while existing != "/" && existing != "." {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                return standardize(([String(cString: real)] + rest.reversed()).joined(separator: "/"))
            }
            if links < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: existing) {
                links += 1
                existing = absolute(target, against: (existing as NSString).deletingLastPathComponent)
                continue
            }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return standardize(path)
    }
}
