/// The absolute URL the site is published at (`--base-url`), used only where a URL must
/// be absolute: canonical links, the sitemap and the not-found page's `<base>`. Every
/// other link of the site is relative.
public struct BaseURL: Hashable, Sendable {
    /// The URL, ending with `/`: `https://example.org/reports/probation/`.
    public let string: String

    /// Accepts an `http` or `https` URL with a host and no query, fragment, space,
    /// quote or credentials (``holdsCredentials(_:)``); adds the final `/` if missing. Nil
    /// for anything else.
    public init?(_ text: String) {
        guard !Self.holdsCredentials(text) else { return nil }
        let lower = text.lowercased()
        guard let schemeEnd = ["https://", "http://"].first(where: lower.hasPrefix) else { return nil }
        let rest = text.dropFirst(schemeEnd.count)
        guard let host = rest.split(separator: "/", omittingEmptySubsequences: false).first, !host.isEmpty,
            !text.contains(where: { $0.isWhitespace || "\"'<>?#\\`".contains($0) }),
            text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x21 })
        else { return nil }
        string = text.hasSuffix("/") ? text : text + "/"
    }

    /// Whether the URL names a user or password (`https://user:pw@host/`): the base URL is
    /// published on every page, so it must never carry them.
    public static func holdsCredentials(_ text: String) -> Bool {
        guard let schemeEnd = text.range(of: "://") else { return false }
        return text[schemeEnd.upperBound...].prefix { $0 != "/" }.contains("@")
    }

    /// The absolute URL of the site file at `path` (`pdus/leeds.html`).
    public func url(of path: String) -> String { string + path }
}
