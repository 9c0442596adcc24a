/// File-name slugs as sitegen makes them: lower-case ASCII letters and digits joined by
/// single hyphens (`Kent, Surrey and Sussex` -> `kent-surrey-and-sussex`).
enum Slug {
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let isAlphanumeric = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
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
