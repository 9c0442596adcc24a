/// Relative links between files of the site, whose paths are relative to the output
/// folder with `/` separators (`pdus/leeds.md`, `source/leeds-2024.txt`).
public enum RelativePath {
    /// The link from the page at `page` to `target`: `../source/leeds-2024.txt` from
    /// `pdus/leeds.md`, `regions/east-midlands.md` from `index.md`.
    public static func link(from page: String, to target: String) -> String {
        var from = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()[...]
        var to = target.split(separator: "/", omittingEmptySubsequences: false)[...]
        while let a = from.first, let b = to.first, to.count > 1, a == b {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return (Array(repeating: "..", count: from.count) + to.map(String.init)).joined(separator: "/")
    }
}
