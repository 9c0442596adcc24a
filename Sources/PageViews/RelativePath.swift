/// Relative links between files of the site, whose paths are relative to the output
/// folder with `/` separators (`pdus/leeds.md`, `source/leeds-2024.txt`).
public enum RelativePath {
    /// The link from the page at `page` to `target`: `../source/leeds-2024.txt` from
    /// `pdus/leeds.md`, `regions/east-midlands.md` from `index.md`.
    public static func link(from page: String, to target: String) -> String {
        // On the UTF-8 bytes: the paths are the site's slugs, and a `Character` split is slow.
        let slash = UInt8(ascii: "/")
        var from = page.utf8.split(separator: slash, omittingEmptySubsequences: false).dropLast()[...]
        var to = target.utf8.split(separator: slash, omittingEmptySubsequences: false)[...]
        while let a = from.first, let b = to.first, to.count > 1, a.elementsEqual(b) {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return (Array(repeating: "..", count: from.count) + to.map { String(Substring($0)) }).joined(separator: "/")
    }
}
