/// File-name slugs for the generated texts: ASCII letters and digits, lower-cased, every other
/// run of characters one hyphen (`Kent, Surrey and Sussex` -> `kent-surrey-and-sussex`).
/// Not sitegen's rule (`Slug` in PageViews also joins words at apostrophes, reads `&` as
/// "and", transliterates other scripts and caps the length): the two agree only on names
/// like the generator's, short and made of ASCII letters, spaces and commas.
enum Slug {
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let isAlphanumeric =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
