/// Relative links between files of the site, whose paths are relative to the output
/// folder with `/` separators (`pdus/leeds.md`, `source/leeds-2024.txt`).
public enum RelativePath {
    /// The link from the page at `page` to `target`: `../source/leeds-2024.txt` from
    /// `pdus/leeds.md`, `regions/east-midlands.md` from `index.md`. The folders both paths
    /// begin with are left out, and each other folder of `page` is a `..`.
    public static func link(from page: String, to target: String) -> String {
        // On the UTF-8 bytes, in one pass: the shared folders end at the last `/` of the
        // bytes both paths begin with. (The paths are the site's slugs; a `Character` split
        // is slow.)
        let slash = UInt8(ascii: "/")
        let from = page.utf8, to = target.utf8
        var fromIndex = from.startIndex, toIndex = to.startIndex
        var shared = (from: fromIndex, to: toIndex)
        while fromIndex < from.endIndex, toIndex < to.endIndex, from[fromIndex] == to[toIndex] {
            let byte = from[fromIndex]
            from.formIndex(after: &fromIndex)
            to.formIndex(after: &toIndex)
            if byte == slash { shared = (fromIndex, toIndex) }
        }
        var link = String(repeating: "../", count: from[shared.from...].count { $0 == slash })
        link += target[shared.to...]
        return link
    }
}
