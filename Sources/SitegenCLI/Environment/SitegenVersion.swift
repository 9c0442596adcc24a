import MarkdownHTML

/// What `sitegen --version` prints: sitegen's version and the cmark-gfm it links.
enum SitegenVersion {
    /// sitegen's own version.
    static let number = "0.13.0"

    /// `sitegen 0.13.0 (cmark-gfm 0.29.0.gfm.13)`.
    static var description: String { "sitegen \(number) (cmark-gfm \(CmarkVersion.string))" }
}
