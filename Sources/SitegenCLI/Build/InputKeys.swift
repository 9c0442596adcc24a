import PageViews

/// The input keys of the files a build makes (see ``BuildCache``): what a file is made from,
/// as a digest, so that a file whose key the previous build recorded can be taken from the
/// old output instead of made again (see ``BuildPlan``).
///
/// Every key starts from the salt (sitegen itself, the templates, the options). A Markdown
/// page or a chart adds the site's outline (its names, slugs and paths: everything a link
/// on it depends on) and the texts it shows facts from; an HTML page adds its frame's
/// fields and its Markdown's digest; a text's page adds the text's digest; a part of a file
/// made in parts adds its place in the file and the texts it shows facts from.
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

    /// The key of the file `path` drawn from the texts `dependsOn` (nil: from all of them):
    /// the salt, the outline, the path and each text's path and digest, as bytes (each
    /// path with its length, so that no two lists give the same bytes), digested once.
    func key(of path: String, dependsOn: [String]?) -> ContentDigest {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48 + path.utf8.count + (dependsOn?.count ?? 0) * 96)
        bytes.append(salt)
        bytes.append(outline)
        bytes.append(text: path)
        if let dependsOn {
            bytes.append(1)
            for text in dependsOn {
                bytes.append(text: text)
                bytes.append(texts[text])
            }
        } else {
            bytes.append(0)
            bytes.append(allTexts)
        }
        return ContentDigest(bytes)
    }

    /// The key of a part of the file `path` made in parts (see ``PartedFile``): as a
    /// file's, drawn from the texts `dependsOn` (nil: all of them), with its `place` in the
    /// file (what else its bytes depend on).
    func key(ofPart place: String, in path: String, dependsOn: [String]?) -> ContentDigest {
        key(of: "\(path)\npart \(place)", dependsOn: dependsOn)
    }

    /// The key of the plain copy of the text at `contentPath`: its bytes, and sitegen
    /// (which decodes them).
    func key(ofText contentPath: String) -> ContentDigest {
        ContentDigest("\(salt) text \(texts[contentPath]?.description ?? "-")")
    }

    /// The digest of the bytes of the text at `contentPath`, if it is one of the texts.
    func digest(ofText contentPath: String) -> ContentDigest? { texts[contentPath] }

    /// The key of the HTML page in `frame` made from content with the digest `content`: the
    /// digest of `<salt> <content>\n` and the frame's ``PageFrame/keyFields``, as bytes.
    func key(of frame: PageFrame, content: ContentDigest) -> ContentDigest {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        salt.append(to: &bytes)
        content.append(to: &bytes, then: UInt8(ascii: "\n"))
        frame.appendKeyFields(to: &bytes)
        return ContentDigest(bytes)
    }
}

extension PageFrame {
    /// Every field of the frame by name, one per line, each text with its length in bytes
    /// before it (so no two frames give the same lines): what an HTML page's input key
    /// takes from its frame. A field added to `PageFrame` must be added here (a test
    /// compares the names with the frame's fields).
    var keyFields: String {
        var bytes: [UInt8] = []
        appendKeyFields(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``keyFields``' UTF-8 bytes to `bytes`: `name value\n` per field, a text as
    /// `<its length in bytes>:<text>`, a link as its text and href, a space between; a list's
    /// items joined by spaces; `true`, `false`, or `none` for a missing link.
    func appendKeyFields(to bytes: inout [UInt8]) {
        func text(_ value: String) {
            bytes.append(contentsOf: String(value.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: value.utf8)
        }
        func link(_ link: Link) {
            text(link.text)
            bytes.append(UInt8(ascii: " "))
            text(link.href)
        }
        func flag(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
        func field(_ name: StaticString, _ value: () -> Void) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(UInt8(ascii: " "))
            value()
            bytes.append(UInt8(ascii: "\n"))
        }
        func list<Item>(_ items: [Item], _ item: (Item) -> Void) {
            for (index, element) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: " ")) }
                item(element)
            }
        }
        field("path") { text(path) }
        field("title") { text(title) }
        field("siteName") { text(siteName) }
        field("root") { text(root) }
        field("home") { text(home) }
        field("navigation") {
            list(navigation) { item in
                text(item.text)
                bytes.append(UInt8(ascii: " "))
                text(item.href)
                bytes.append(UInt8(ascii: " "))
                flag(item.isCurrent)
            }
        }
        field("trail") { list(trail, link) }
        field("hasTrail") { flag(hasTrail) }
        field("alternate") {
            if let alternate { link(alternate) } else { bytes.append(contentsOf: "none".utf8) }
        }
        field("filtersFirstTable") { flag(filtersFirstTable) }
    }
}

extension [UInt8] {
    /// Appends `text`'s UTF-8 bytes after their count (four bytes).
    fileprivate mutating func append(text: String) {
        Swift.withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { append(contentsOf: $0) }
        append(contentsOf: text.utf8)
    }

    /// Appends `digest`'s 16 bytes after a 1, or a 0 for none.
    fileprivate mutating func append(_ digest: ContentDigest?) {
        guard let digest else { return append(0) }
        append(1)
        Swift.withUnsafeBytes(of: (digest.high.littleEndian, digest.low.littleEndian)) { append(contentsOf: $0) }
    }
}
