import Foundation
import MarkdownHTML
import SourceAndOutput

/// Checks a built site as a reader's browser would meet it.
enum SiteCheck {
    /// `page: target` for every relative link or image of a Markdown page that leads
    /// nowhere in `files`, or out of the site. Absolute `https:` links are not followed.
    static func brokenLinks(in files: [ExportFile]) -> [String] {
        let paths = Set(files.map(\.path))
        return files.filter { $0.path.hasSuffix(".md") }.flatMap { page in
            linkTargets(in: String(decoding: page.contents, as: UTF8.self)).compactMap { target -> String? in
                guard !target.hasPrefix("#"), !target.hasPrefix("https://") else { return nil }
                let file = String(target.split(separator: "#", maxSplits: 1).first ?? "")
                return resolve(file, from: page.path).map(paths.contains) == true ? nil : "\(page.path): \(target)"
            }
        }
    }

    /// How many relative links and images the Markdown pages have.
    static func linkCount(in files: [ExportFile]) -> Int {
        files.filter { $0.path.hasSuffix(".md") }.reduce(0) {
            $0 + linkTargets(in: String(decoding: $1.contents, as: UTF8.self)).count
        }
    }

    /// Lines of the pages' HTML (through cmark-gfm) that show Markdown that did not parse
    /// as meant: a table row left as a paragraph, or a stray emphasis marker.
    static func unparsedMarkdown(in files: [ExportFile]) -> [String] {
        let converter = MarkdownConverter()
        return files.filter { $0.path.hasSuffix(".md") }.flatMap { page in
            converter.html(from: String(decoding: page.contents, as: UTF8.self))
                .split(separator: "\n").filter { $0.hasPrefix("<p>|") || $0.hasPrefix("<p>**") }.map {
                    "\(page.path): \($0)"
                }
        }
    }

    /// `target` from the page at `page`, as a path in the site; nil when it leaves the site.
    static func resolve(_ target: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `](target)` and `](target "title")` link and image destinations, skipping escaped `\]`.
    static func linkTargets(in markdown: String) -> [String] {
        var targets: [String] = []
        var rest = markdown[...]
        while let open = rest.range(of: "](") {
            let after = rest[open.upperBound...]
            let end = after.firstIndex { $0 == ")" || $0 == " " } ?? after.endIndex
            if open.lowerBound == rest.startIndex || rest[rest.index(before: open.lowerBound)] != "\\" {
                targets.append(String(after[..<end]))
            }
            rest = after[end...]
        }
        return targets
    }
}
