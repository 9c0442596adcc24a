/// Rewrites links between Markdown pages into links between the HTML pages they become.
///
/// A relative link destination whose path ends in `.md` (any letter case), optionally
/// followed by a `#fragment`, gets `.html` instead: `../regions/east-midlands.md#leadership`
/// → `../regions/east-midlands.html#leadership`; so does a root-relative one
/// (`/regions/a.md`). Left alone: URLs with a scheme (`https:`, `mailto:`, …),
/// protocol-relative ones (`//host/a.md`), fragments (`#a.md`), paths with a query
/// (`a.md?x`), and anything else.
enum MarkdownLinks {
    /// The rewritten destination, or `nil` when `url` is to be left as it is.
    static func rewritten(_ url: String) -> String? {
        if !mentionsMD(url) || url.hasPrefix("#") || url.hasPrefix("//") || hasScheme(url) { return nil }
        let path: Substring
        let fragment: Substring?
        if let hash = url.firstIndex(of: "#") {
            path = url[..<hash]
            fragment = url[hash...]
        } else {
            path = url[...]
            fragment = nil
        }
        // (Foundation's search only where the byte is: most paths have none.)
        if path.utf8.contains(UInt8(ascii: "?")) && path.contains("?") { return nil }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard name.count > 3, name.lowercased().hasSuffix(".md") else { return nil }
        return String(path.dropLast(3)) + ".html" + (fragment ?? "")
    }

    /// Whether `url`'s bytes hold `.md` in any letter case: a path that ends in `.md` once
    /// lower-cased does (only `.`, `m`, `M`, `d` and `D` lower-case to those three), so a
    /// URL without it is left alone at the cost of one pass over its bytes.
    static func mentionsMD(_ url: String) -> Bool { mentionsMD(utf8: url.utf8) }

    /// ``mentionsMD(_:)`` of a URL's UTF-8 bytes (cmark-gfm's, before any `String` is made of
    /// them: most links of a page, to report texts' lines, have no `.md`).
    static func mentionsMD(utf8 url: some Sequence<UInt8>) -> Bool {
        var last = (UInt8(0), UInt8(0))
        for byte in url {
            if last.0 == UInt8(ascii: ".") && last.1 | 0x20 == UInt8(ascii: "m") && byte | 0x20 == UInt8(ascii: "d") {
                return true
            }
            last = (last.1, byte)
        }
        return false
    }

    /// Whether `url` starts with a URI scheme (RFC 3986: a letter, then letters, digits,
    /// `+`, `-` or `.`, then `:`), which makes it absolute.
    static func hasScheme(_ url: String) -> Bool {
        for (offset, scalar) in url.unicodeScalars.enumerated() {
            switch scalar {
            case "a"..."z", "A"..."Z": continue
            case "0"..."9", "+", "-", ".": if offset == 0 { return false }
            case ":": return offset > 0
            default: return false
            }
        }
        return false
    }
}
