import Foundation

/// File-name slugs made from names: `Leicester, Leicestershire, and Rutland` becomes
/// `leicester-leicestershire-and-rutland`.
///
/// A slug holds only `a`–`z`, `0`–`9` and single inner hyphens, so whatever a report
/// says, a path built from it stays inside the output folder.
public enum Slug {
    /// The longest slug made; longer names are cut at a hyphen where possible.
    public static let maximumLength = 80

    /// The slug of `name`: letters of other scripts transliterated to Latin (`リーズ` →
    /// `rizu`), folded to ASCII lower case (accents dropped, `&` read as `and`), every other
    /// run of characters a single hyphen. When nothing is left, `fallback`, followed by a
    /// short digest of the name if it held anything but ASCII (`unnamed-3f2a9c1e`), so that
    /// two names without letters or digits still get two slugs.
    public static func make(_ name: String, fallback: String = "unnamed") -> String {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        var slug: [UInt8] = []
        if isASCII {
            // ASCII needs no transliteration or folding (the loop puts it in lower case), and
            // its `&` is read as " and " where it stands.
            slug.reserveCapacity(name.utf8.count)
            var pendingHyphen = false
            for byte in name.utf8 {
                if byte == UInt8(ascii: "&") {
                    for spelled in " and ".utf8 { append(spelled, to: &slug, pendingHyphen: &pendingHyphen) }
                } else {
                    append(byte, to: &slug, pendingHyphen: &pendingHyphen)
                }
            }
        } else {
            let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
            let folded = latin.replacing("&", with: " and ").folding(
                options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            var pendingHyphen = false
            for byte in folded.utf8 { append(byte, to: &slug, pendingHyphen: &pendingHyphen) }
        }
        // Only ASCII is left: a byte is a character.
        if slug.count > maximumLength {
            let cut = slug.prefix(maximumLength)
            slug = Array(cut.lastIndex(of: UInt8(ascii: "-")).map { cut[..<$0] } ?? cut)
        }
        guard slug.isEmpty else { return String(decoding: slug, as: UTF8.self) }
        return isASCII ? fallback : fallback + "-" + digest(name)
    }

    /// Adds one byte of a name to `slug`: a letter (in lower case) or digit after the hyphen
    /// the run before it left pending (none first); an apostrophe joins ("Women's" ->
    /// "womens"); any other byte leaves a hyphen pending.
    private static func append(_ byte: UInt8, to slug: inout [UInt8], pendingHyphen: inout Bool) {
        let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
            if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            slug.append(lower)
        } else if byte != 39 {
            pendingHyphen = true
        }
    }

    /// Eight hexadecimal digits of the FNV-1a hash of `text`'s UTF-8 bytes: short, and the
    /// same on every machine and run.
    public static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// Slugs for `names`, made unique in the order given by suffixing `-2`, `-3`, …
    public static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.map { name in
            let base = make(name)
            var candidate = base
            var n = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(base)-\(n)"
                n += 1
            }
            return candidate
        }
    }
}
