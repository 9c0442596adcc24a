import PageViews

/// The input keys of the files a build makes (see ``BuildCache``): what a file is made from,
/// as a digest, so that a file whose key the previous build recorded can be taken from the
/// old output instead of made again.
///
/// Every key starts from the salt (sitegen itself, the templates, the options). A Markdown
/// page or a chart adds the site's outline (its names, slugs and paths: everything a link
/// on it depends on) and the texts it shows facts from; an HTML page adds its frame and its
/// Markdown's digest; a text's page adds the text's digest.
struct InputKeys: Sendable {
    let salt: ContentDigest
    private let outline: ContentDigest
    private let texts: [String: ContentDigest]
    private let allTexts: ContentDigest

    /// - Parameter texts: the digest of each content text, by path (as `BuildInputs` made them).
    init(salt: ContentDigest, outline: String, texts: [String: ContentDigest]) {
        self.salt = salt
        self.outline = ContentDigest(outline)
        self.texts = texts
        allTexts = ContentDigest(texts.keys.sorted().map { "\($0) \(texts[$0]!)" }.joined(separator: "\n"))
    }

    /// The key of the file `path` drawn from the texts `dependsOn` (nil: from all of them).
    func key(of path: String, dependsOn: [String]?) -> ContentDigest {
        let drawnFrom = dependsOn.map { $0.map { "\($0) \(texts[$0]?.description ?? "-")" }.joined(separator: " ") }
            ?? allTexts.description
        return ContentDigest("\(salt) \(outline) \(path) \(drawnFrom)")
    }

    /// The key of the plain copy of the text at `contentPath`: its bytes, and sitegen
    /// (which decodes them).
    func key(ofText contentPath: String) -> ContentDigest {
        ContentDigest("\(salt) text \(texts[contentPath]?.description ?? "-")")
    }

    /// The key of the HTML page in `frame` made from content with the digest `content`.
    func key(of frame: PageFrame, content: ContentDigest) -> ContentDigest {
        Self.key(salt: salt, frame: frame, content: content)
    }

    /// The key of the HTML page in `frame` made from content with the digest `content`.
    static func key(salt: ContentDigest, frame: PageFrame, content: ContentDigest) -> ContentDigest {
        ContentDigest("\(salt) \(content) \(String(reflecting: frame))")
    }
}
