import Foundation
import MarkdownHTML
import MarkdownPages
import ReportParser
import SourceAndOutput

/// The invariants `make fuzz` checks on every input: the parser neither crashes nor hangs
/// and loses no word of prose (``ProseAccount``); escaped text shows verbatim and makes no
/// Markdown structure; a template either loads or gives diagnostics, and renders without
/// crashing. Each check returns what broke, empty when all held.
enum FuzzChecks {
    static func violations(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        let account = ProseAccount(ContentSource(path: "fuzz.txt", bytes: bytes))
        if !account.lost.isEmpty {
            found.append("words of prose lost: " + account.lost.prefix(10).map(\.description).joined(separator: "; "))
        }
        // Escaping and templates: a short text, as a value or a template is.
        let text = String(decoding: bytes.prefix(2048), as: UTF8.self)
        if let broken = escapingViolation(text) { found.append(broken) }
        loadAndRender(template: text)
        return found
    }

    /// `MarkdownEscaping.inline` through cmark-gfm must give one paragraph (or nothing)
    /// whose text is the input with its line-breaking whitespace collapsed, and no element
    /// but an autolink (GitHub's extension links bare addresses; their text still shows).
    static func escapingViolation(_ text: String) -> String? {
        let html = MarkdownConverter().html(from: MarkdownEscaping.inline(text))
        let expected = collapsed(text.replacing("\u{0}", with: "\u{FFFD}"))
        if expected.isEmpty { return html.isEmpty ? nil : "escaping: nothing to show, yet \(html.debugDescription)" }
        // On the bytes and scalars: a combining mark joins the `>` of `<p>` into one Character.
        let bytes = Array(html.utf8)
        guard bytes.starts(with: "<p>".utf8), bytes.reversed().starts(with: "</p>\n".utf8.reversed()) else {
            return "escaping: not one paragraph: \(html.debugDescription)"
        }
        let inner = withoutAutolinks(String(decoding: bytes[3..<(bytes.count - 5)], as: UTF8.self))
        if inner.unicodeScalars.contains("<") {
            return "escaping: structure made from \(text.debugDescription): \(html.debugDescription)"
        }
        let shown = unescapedHTML(inner)
        return shown == expected ? nil : "escaping: \(text.debugDescription) shows as \(shown.debugDescription)"
    }

    /// Loads `template` (as a page, with the site's partial names free) and renders it with
    /// a small view; errors are diagnostics, never a crash.
    static func loadAndRender(template: String) {
        let set = TemplateSet([TemplateSource(name: "page", path: "fuzz.mustache", text: template)])
        if set.diagnostics.isEmpty {
            _ = try? set.render(
                ["title": "Leeds", "items": [["text": "a"], ["text": "b"]], "flag": true] as [String: Any],
                template: "page")
        }
    }

    /// `s` with every whitespace run holding a line break or tab made one space, trimmed.
    static func collapsed(_ s: String) -> String {
        let breaks: Set<Unicode.Scalar> = ["\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var out = "", run = "", runBreaks = false
        for scalar in s.unicodeScalars {
            if scalar == " " || breaks.contains(scalar) {
                run.unicodeScalars.append(scalar)
                runBreaks = runBreaks || scalar != " "
            } else {
                if !run.isEmpty, !out.isEmpty { out += runBreaks ? " " : run }
                run = ""
                runBreaks = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `html` without its autolinks' tags (their text kept). Searched literally (UTF-16
    /// units), as a combining mark after `</a>` joins its `>` into one Character.
    private static func withoutAutolinks(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<a href=\"", options: .literal) {
            out += rest[..<open.lowerBound]
            guard let end = rest[open.upperBound...].range(of: "\">", options: .literal) else {
                return out + rest[open.lowerBound...]
            }
            rest = rest[end.upperBound...]
            if let close = rest.range(of: "</a>", options: .literal) {
                out += rest[..<close.lowerBound]; rest = rest[close.upperBound...]
            }
        }
        return out + rest
    }

    /// Entities back to characters, matched literally (UTF-16 units): a combining mark after
    /// `&lt;` joins the `;` into one Character, which a Character-level replace would miss.
    private static func unescapedHTML(_ html: some StringProtocol) -> String {
        var text = String(html)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character, options: .literal)
        }
        return text
    }
}
