import Foundation

/// Gives the headings of one document their `id` attributes, in document order.
///
/// The id is the slug of the heading's text: letters are decomposed and stripped of their
/// accents (`é` → `e`), ASCII letters lower-cased, apostrophes dropped (`Inspector's` →
/// `inspectors`), and every run of other characters becomes one `-` between words, with
/// none at either end: `1.1 Leadership` → `1-1-leadership`. A text with no ASCII letter
/// or digit gives `section`. A slug that starts like the ids cmark-gfm gives footnotes
/// (`fn-`, `fnref-`) is prefixed with `section-` so that the two can never clash. An id
/// already given in the document gets the first free suffix `-2`, `-3`, …
struct HeadingIDs {
    private var used: Set<String> = []

    /// The id for the next heading, whose plain text is `text`.
    mutating func next(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        if base.hasPrefix("fn-") || base.hasPrefix("fnref-") { base = "section-" + base }
        var id = base
        var suffix = 2
        while used.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(id)
        return id
    }

    /// The slug of `text`: lower-case ASCII letters and digits, words joined by `-`. Written
    /// as bytes (each one ASCII), made a `String` once.
    static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var dashDue = false
        /// Appends `letter` (a lower-case ASCII letter or a digit), after a `-` if a word ended.
        func add(_ letter: UInt8) {
            if dashDue { slug.append(UInt8(ascii: "-")) }
            dashDue = false
            slug.append(letter)
        }
        let decomposed =
            text.unicodeScalars.allSatisfy(PlainScalars.contains) ? text : text.decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": add(UInt8(scalar.value))
            case "A"..."Z": add(UInt8(scalar.value + 0x20))
            case "'", "\u{2019}":
                continue  // an apostrophe stays inside its word
            default:
                // An accent (no ASCII character is one); anything else ends a word.
                if !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark { continue }
                dashDue = !slug.isEmpty
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}
