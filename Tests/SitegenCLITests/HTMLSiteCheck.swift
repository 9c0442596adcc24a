import Foundation

/// Checks a built HTML site, a folder on disk, as a reader's browser and a security
/// reviewer would meet it: every relative link and fragment leads somewhere in the folder,
/// nothing can run script but the site's own script file, and every page passes HTML Tidy.
///
/// The pages are read with a small tag scanner made for the HTML that cmark-gfm and the
/// Mustache layout write, following the HTML tokenizer where it matters for safety: tag and
/// attribute names in any letter case, attributes quoted, single-quoted, unquoted or bare,
/// `/` and newlines between them; comments (also `<!-->` and `--!>`), doctypes and `<?…>`;
/// the raw text of `<script>`, `<style>`, `<title>`, `<textarea>`, `<iframe>` and the like;
/// character references in attribute values decoded before a URL is read. Text outside tags
/// is never taken for markup, so `&lt;script&gt;` or the word `onerror=` in a paragraph is
/// nothing. Inside `<svg>` or `<math>` (and in `.svg` files) no element has raw text: a
/// `<style>` there holds markup, as a browser reads it.
enum HTMLSiteCheck {
    /// The `.html` files under `folder`, as paths relative to it, sorted.
    static func htmlFiles(in folder: String) -> [String] {
        Listing(folder).files.filter { $0.lowercased().hasSuffix(".html") }
    }

    // MARK: - References

    /// `page: attribute "url": problem` for every `href` or `src` of a page (any element:
    /// `<a>`, `<link>`, `<img>`, `<script>`…, and `xlink:href`) that does not lead to a file
    /// of the site. A relative URL must name an existing file (percent-decoded), not a folder
    /// (no `index.html` fallback: the site must work from `file://`), without `../` above the
    /// root; a `#fragment`, alone or after a path, must be an `id` of the target page.
    /// `http:`, `https:` and `mailto:` URLs are not followed. An empty URL, an absolute path
    /// (`/x`, `//host/x`), a backslash or any other scheme (`javascript:`, `data:`, `file:`…)
    /// is always reported. In a page with a `<base href>` (the 404 page, when a base URL is
    /// configured) relative URLs resolve against the base, not the folder, so they are skipped.
    static func brokenReferences(in folder: String) -> [String] {
        let listing = Listing(folder)
        var pages: [String: ScannedPage] = [:]
        for path in listing.files where isMarkup(path) {
            pages[path] = ScannedPage(path: path, html: listing.read(path))
        }
        return listing.files.filter { $0.lowercased().hasSuffix(".html") }.flatMap { path -> [String] in
            let page = pages[path]!
            var lines = UniqueLines()
            for tag in page.tags where !tag.isEnd {
                for attribute in tag.attributes where ["href", "src", "xlink:href"].contains(attribute.name) {
                    guard
                        let problem = referenceProblem(
                            attribute.value, from: path, skipRelative: page.hasBase,
                            listing: listing, pages: pages)
                    else { continue }
                    lines.append("\(path): \(attribute.name) \"\(attribute.raw)\": \(problem)")
                }
            }
            return lines.lines
        }
    }

    /// `page: id "x" appears n times` for every `id` given to more than one element of a page.
    static func duplicateIDs(in folder: String) -> [String] {
        let listing = Listing(folder)
        return htmlFiles(in: folder).flatMap { path -> [String] in
            var counts: [String: Int] = [:]
            var order: [String] = []
            for tag in ScannedPage(path: path, html: listing.read(path)).tags where !tag.isEnd {
                guard let id = tag.attribute("id")?.value, !id.isEmpty else { continue }
                if counts[id] == nil { order.append(id) }
                counts[id, default: 0] += 1
            }
            return order.filter { counts[$0]! > 1 }.map { "\(path): id \"\($0)\" appears \(counts[$0]!) times" }
        }
    }

    /// What is wrong with the URL `value` (entities decoded) of an attribute of `page`; nil if fine.
    private static func referenceProblem(
        _ value: String, from page: String, skipRelative: Bool,
        listing: Listing, pages: [String: ScannedPage]
    ) -> String? {
        let url = normalizedURL(value)
        if url.isEmpty { return "empty URL" }
        if let scheme = scheme(of: url) {
            return ["http", "https", "mailto"].contains(scheme) ? nil : "scheme \"\(scheme):\" is not allowed"
        }
        if url.hasPrefix("//") { return "network-path URL (no scheme): not allowed" }
        if url.hasPrefix("/") { return "absolute path: the site must work from any folder and from file://" }
        if url.contains("\\") { return "backslash in URL" }
        if skipRelative { return nil }
        let hash = url.firstIndex(of: "#")
        let fragment = hash.map { String(url[url.index(after: $0)...]) }
        let beforeHash = url[..<(hash ?? url.endIndex)]
        let pathPart = String(beforeHash[..<(beforeHash.firstIndex(of: "?") ?? beforeHash.endIndex)])
        let target: String
        if pathPart.isEmpty {
            target = page
        } else {
            guard let decoded = pathPart.removingPercentEncoding else { return "bad percent-encoding" }
            guard let resolved = resolve(decoded, from: page) else { return "leaves the site folder" }
            if resolved.isFolder || listing.folders.contains(resolved.path) {
                return
                    "\(resolved.path.isEmpty ? "the site root" : resolved.path) is a folder (no index.html fallback from file://)"
            }
            guard listing.fileSet.contains(resolved.path) else { return "no file \(resolved.path)" }
            target = resolved.path
        }
        guard let fragment, !fragment.isEmpty else { return nil }
        guard let targetPage = pages[target] else { return "fragment \"#\(fragment)\" on \(target), which is not HTML" }
        if targetPage.ids.contains(fragment) || fragment.removingPercentEncoding.map(targetPage.ids.contains) == true {
            return nil
        }
        return "no id \"\(fragment)\" in \(target)"
    }

    /// A relative, percent-decoded `path` from the page at `page`, as a path in the site; nil
    /// when it leaves the site. `isFolder` when it ends in `/`, `.` or `..`.
    static func resolve(_ path: String, from page: String) -> (path: String, isFolder: Bool)? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if segment != "." {
                parts.append(String(segment))
            }
        }
        let last = segments.last ?? ""
        let isFolder = last == "." || last == ".." || (segments.count > 1 && last.isEmpty)
        if isFolder, parts.last == "" { parts.removeLast() }
        return (parts.joined(separator: "/"), isFolder || parts.isEmpty)
    }

    // MARK: - Executable content

    /// `file: what: <snippet>` for everything in an `.html` or `.svg` file that could run
    /// script in a reader's browser: a `<script>` other than an empty one whose `src` is one of
    /// `allowedScripts` (paths from the site root; in a page with `<base href>`, `src` is read
    /// from the root, as the base is the site's own address); any `on…` event-handler
    /// attribute; a `javascript:`, `vbscript:` or `data:` URL in `href`, `src`, `action`,
    /// `formaction`, `xlink:href`, `srcset` and like attributes (or in an SVG animation's
    /// `values`, `to`, `from`, `by`), or an SVG animation of an `on…` attribute; `<iframe>`,
    /// `<frame>`, `<object>`, `<embed>`, `<applet>`, `<form>`; `<meta http-equiv="refresh">`;
    /// `<base>` whose `href` is not `http(s):`; `srcdoc`; a `style` attribute or `<style>`
    /// element with `expression(`, `javascript:`, `vbscript:`, `behavior:`, `-moz-binding` or
    /// a CSS escape (`\`). External files (`.css`, `.js`) are not read.
    static func executableContent(
        in folder: String, allowedScripts: Set<String> = ["assets/site.js", "assets/search.js"]
    ) -> [String] {
        let listing = Listing(folder)
        return listing.files.filter(isMarkup).flatMap { path -> [String] in
            let page = ScannedPage(path: path, html: listing.read(path))
            var lines = UniqueLines()
            for tag in page.tags where !tag.isEnd {
                for problem in executableProblems(tag, in: path, fromRoot: page.hasBase, allowedScripts: allowedScripts)
                {
                    lines.append("\(path): \(problem): \(tag.snippet)")
                }
            }
            return lines.lines
        }
    }

    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "lowsrc", "dynsrc",
        "data", "codebase",
    ]
    static let srcsetAttributes: Set<String> = ["srcset", "imagesrcset"]
    static let animationValueAttributes: Set<String> = ["values", "to", "from", "by"]
    static let embeddingElements: Set<String> = [
        "iframe", "frame", "frameset", "object", "embed", "applet", "form", "portal",
    ]
    static let scriptSchemes: Set<String> = ["javascript", "vbscript", "data"]

    private static func executableProblems(
        _ tag: Tag, in page: String, fromRoot: Bool,
        allowedScripts: Set<String>
    ) -> [String] {
        var problems: [String] = []
        if tag.name == "script" {
            let source = tag.attribute("src") ?? tag.attribute("href") ?? tag.attribute("xlink:href")
            if let source {
                if let script = scriptPath(source.value, from: fromRoot ? "index.html" : page),
                    allowedScripts.contains(script)
                {
                    if !(tag.content ?? "").allSatisfy(\.isWhitespace) { problems.append("<script> with content") }
                } else {
                    problems.append("<script> with a source that is not an allowed script")
                }
            } else {
                problems.append("inline <script>")
            }
        }
        // The site's own search form may stay: it goes to the search page of the site.
        let isSearchForm =
            tag.name == "form"
            && tag.attribute("action").flatMap {
                scriptPath($0.value, from: fromRoot ? "index.html" : page)
            } == "search.html"
        if embeddingElements.contains(tag.name), !isSearchForm { problems.append("<\(tag.name)>") }
        if tag.name == "meta", tag.attribute("http-equiv").map({ trimmed($0.value).lowercased() == "refresh" }) == true
        {
            problems.append("<meta http-equiv=\"refresh\">")
        }
        if tag.name == "base", let href = tag.attribute("href"),
            !["http", "https"].contains(scheme(of: normalizedURL(href.value)) ?? "")
        {
            problems.append("<base> with a non-http(s) href")
        }
        if let animated = tag.attribute("attributename")?.value.lowercased(), animated.hasPrefix("on") {
            problems.append("animation of an event-handler attribute")
        }
        if tag.name == "style", let content = tag.content, cssCanRunScript(content) {
            problems.append("<style> that can run script")
        }
        for attribute in tag.attributes {
            let name = attribute.name
            if name.count > 2, name.hasPrefix("on") {
                problems.append("event-handler attribute \"\(name)\"")
            } else if name == "srcdoc" {
                problems.append("srcdoc attribute")
            } else if urlAttributes.contains(name) {
                if let scheme = scheme(of: normalizedURL(attribute.value)), scriptSchemes.contains(scheme) {
                    problems.append("\(scheme): URL in \(name)")
                }
            } else if srcsetAttributes.contains(name) || animationValueAttributes.contains(name) {
                let squeezed = String(attribute.value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
                if let scheme = scriptSchemes.sorted().first(where: { squeezed.contains($0 + ":") }) {
                    problems.append("\(scheme): URL in \(name)")
                }
            } else if name == "style", cssCanRunScript(attribute.value) {
                problems.append("style attribute that can run script")
            }
        }
        return problems
    }

    /// The site path of a script's `src`, if it is a plain relative URL inside the site.
    private static func scriptPath(_ value: String, from page: String) -> String? {
        let url = normalizedURL(value)
        guard !url.isEmpty, scheme(of: url) == nil, !url.hasPrefix("/"), !url.contains("\\") else { return nil }
        let path = url[..<(url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex)]
        guard let decoded = String(path).removingPercentEncoding, let resolved = resolve(decoded, from: page),
            !resolved.isFolder
        else { return nil }
        return resolved.path
    }

    /// Whether CSS text can run script in some browser, or hides what it says behind escapes.
    static func cssCanRunScript(_ css: String) -> Bool {
        var text = String(css.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        while let open = text.range(of: "/*") {
            let close = text.range(of: "*/", range: open.upperBound..<text.endIndex)
            text.removeSubrange(open.lowerBound..<(close?.upperBound ?? text.endIndex))
        }
        return text.contains("\\")
            || ["expression(", "javascript:", "vbscript:", "behavior:", "-moz-binding", "url(javascript"]
                .contains { text.contains($0) }
    }

    // MARK: - HTML Tidy

    /// The arguments for HTML Tidy: errors only (`-e`: no tidied output), quiet (`-q`: no
    /// summary), warnings and notes not shown, every error shown (not the first 6), UTF-8.
    static let tidyArguments = [
        "-e", "-q", "--show-warnings", "no", "--show-info", "no",
        "--show-errors", "1000", "--input-encoding", "utf8",
    ]

    /// `page: tidy's error lines` for every `.html` file that HTML Tidy finds errors in (exit
    /// status 2; 1, warnings only, passes). A single line when no HTML5-capable tidy (5 or
    /// later; macOS's own `/usr/bin/tidy` is from 2006) is on `PATH` or at `/usr/bin/tidy`.
    ///
    /// With `warnings`, tidy's warnings count too, except those containing one of
    /// `ignoring` (tidy 5.6 does not know some valid HTML5, e.g. `aria-current`), so that
    /// misnesting, which tidy only warns about, is caught.
    static func tidyErrors(in folder: String, warnings: Bool = false, ignoring: [String] = []) -> [String] {
        guard let tidy = tidyExecutable() else {
            return ["HTML Tidy is not installed: no tidy on PATH or at /usr/bin/tidy (install the tidy package)"]
        }
        let version = run(tidy, ["-v"]).output
        guard
            let major = version.range(of: #"version (\d+)\."#, options: .regularExpression)
                .flatMap({ Int(version[$0].dropFirst("version ".count).dropLast()) }), major >= 5
        else {
            return ["\(tidy) is not HTML Tidy 5 or later, which knows HTML5: \(trimmed(version))"]
        }
        return htmlFiles(in: folder).compactMap { page -> String? in
            let arguments = warnings ? tidyArguments.map { $0 == "no" ? "yes" : $0 } : tidyArguments
            let (status, output) = run(tidy, arguments + [folder + "/" + page])
            let errors = output.split(separator: "\n").map(String.init).filter { line in
                line.contains("Error:")
                    || (warnings && line.contains("Warning:") && !ignoring.contains { line.contains($0) })
            }
            guard (0...2).contains(status) else {
                return "\(page): tidy exited with status \(status): \(trimmed(output))"
            }
            guard status == 2 || !errors.isEmpty else { return nil }
            return "\(page): " + (errors.isEmpty ? trimmed(output) : errors.joined(separator: "; "))
        }
    }

    /// tidy on `PATH`, else `/usr/bin/tidy`.
    static func tidyExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { $0 + "/tidy" } + ["/usr/bin/tidy"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program, no input, its standard output and error together; status -1 if it cannot start.
    private static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HTML_TIDY"] = nil  // no configuration file but the command line's
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "cannot run \(executable): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    // MARK: - Files

    /// The regular files and the folders under a folder, relative to it.
    struct Listing {
        let root: String
        let files: [String]
        let fileSet: Set<String>
        let folders: Set<String>

        init(_ root: String) {
            self.root = root
            var files: [String] = []
            var folders: Set<String> = [""]
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let item = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isFolder) else {
                    continue
                }
                if isFolder.boolValue { folders.insert(item) } else { files.append(item) }
            }
            self.files = files.sorted()
            fileSet = Set(files)
            self.folders = folders
        }

        func read(_ path: String) -> String {
            FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    /// Whether a file is scanned for markup: `.html`, or `.svg` (read as XML).
    static func isMarkup(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".svg")
    }

    /// A page's tags, the ids they give (the first `id` of each tag, as a browser reads it),
    /// and whether it has a `<base href>`.
    struct ScannedPage {
        let tags: [Tag]
        let ids: Set<String>
        let hasBase: Bool

        init(path: String, html: String) {
            tags = HTMLSiteCheck.tags(in: html, xml: path.lowercased().hasSuffix(".svg"))
            ids = Set(tags.filter { !$0.isEnd }.compactMap { $0.attribute("id")?.value })
            hasBase = tags.contains { !$0.isEnd && $0.name == "base" && $0.attribute("href") != nil }
        }
    }

    /// Lines in the order first given, each once.
    struct UniqueLines {
        private(set) var lines: [String] = []
        private var seen: Set<String> = []

        mutating func append(_ line: String) {
            if seen.insert(line).inserted { lines.append(line) }
        }
    }

    // MARK: - Scanner

    struct Attribute: Equatable {
        /// ASCII-lowercased, as written otherwise (`xlink:href`).
        let name: String
        /// As written between the quotes, or unquoted; "" for a bare attribute.
        let raw: String
        /// `raw` with character references decoded.
        var value: String { HTMLSiteCheck.decodeCharacterReferences(raw) }
    }

    struct Tag {
        /// ASCII-lowercased.
        let name: String
        let isEnd: Bool
        let attributes: [Attribute]
        /// The tag as written, on one line, shortened.
        let snippet: String
        /// For `<script>` and `<style>`: the text up to their end tag.
        let content: String?

        /// The first attribute of that name, the one a browser uses.
        func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
    }

    /// Elements whose content is text up to their end tag, in HTML (not in SVG or MathML).
    static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea",
    ]
    /// HTML start tags that end SVG or MathML content in an HTML page.
    static let breakoutElements: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
        "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
        "ul", "var", "font",
    ]

    /// The start and end tags of an HTML page (or, with `xml`, an SVG file), in order.
    static func tags(in text: String, xml: Bool = false) -> [Tag] {
        let b = Array(text.utf8)
        let n = b.count
        var tags: [Tag] = []
        var foreignDepth = 0
        var i = 0

        func string(_ from: Int, _ to: Int) -> String { String(decoding: b[from..<min(to, n)], as: UTF8.self) }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
        func startsWith(_ s: String, at j: Int, caseless: Bool = false) -> Bool {
            var k = j
            for p in s.utf8 {
                guard k < n, caseless ? lower(b[k]) == lower(p) : b[k] == p else { return false }
                k += 1
            }
            return true
        }
        /// The index just after the first `s` at or after `j`, or `n`.
        func after(_ s: String, from j: Int) -> Int {
            var k = j
            while k < n {
                if startsWith(s, at: k) { return k + s.utf8.count }
                k += 1
            }
            return n
        }
        /// Where the end tag `</name` (followed by space, `/` or `>`) starts, at or after `j`, or `n`.
        func endTag(_ name: String, from j: Int) -> Int {
            var k = j
            while k < n {
                if b[k] == 0x3C, k + 1 < n, b[k + 1] == 0x2F, startsWith(name, at: k + 2, caseless: true) {
                    let m = k + 2 + name.utf8.count
                    if m >= n || isSpace(b[m]) || b[m] == 0x2F || b[m] == 0x3E { return k }
                }
                k += 1
            }
            return n
        }
        /// The tag as written, newlines and tabs as spaces, cut after 160 bytes.
        func snippet(_ from: Int, _ to: Int) -> String {
            var end = min(to, n)
            let long = end - from > 160
            if long {
                end = from + 157
                while end > from, b[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
            }
            let bytes = b[from..<end].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
            return String(decoding: bytes, as: UTF8.self) + (long ? "..." : "")
        }

        while i < n {
            guard b[i] == 0x3C else {  // text up to the next "<"
                i = b[i...].firstIndex(of: 0x3C) ?? n
                continue
            }
            let start = i
            guard i + 1 < n else { break }
            let c = b[i + 1]
            if c == 0x21 {  // "<!"
                if startsWith("<!--", at: i) {
                    let j = i + 4
                    if startsWith(">", at: j) {
                        i = j + 1
                    } else if startsWith("->", at: j) {
                        i = j + 2
                    } else {
                        var k = j
                        while k < n, !startsWith("-->", at: k), !startsWith("--!>", at: k) { k += 1 }
                        i = k >= n ? n : k + (b[k + 2] == 0x21 ? 4 : 3)
                    }
                } else if xml || foreignDepth > 0, startsWith("<![CDATA[", at: i) {
                    i = after("]]>", from: i + 9)
                } else {  // doctype or bogus comment
                    i = after(">", from: i + 2)
                }
                continue
            }
            if c == 0x3F {  // "<?": a bogus comment
                i = after(">", from: i + 2)
                continue
            }
            let isEnd = c == 0x2F
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < n, isLetter(b[nameStart]) else {
                if isEnd {
                    i = nameStart < n && b[nameStart] == 0x3E ? nameStart + 1 : after(">", from: nameStart)
                } else {
                    i += 1
                }
                continue
            }
            var j = nameStart
            while j < n, !isSpace(b[j]), b[j] != 0x2F, b[j] != 0x3E { j += 1 }
            let name = String(decoding: b[nameStart..<j].map(lower), as: UTF8.self)
            var attributes: [Attribute] = []
            var selfClosing = false
            while j < n {
                var slash = false
                while j < n, isSpace(b[j]) || b[j] == 0x2F { slash = b[j] == 0x2F; j += 1 }
                guard j < n else { break }
                if b[j] == 0x3E { selfClosing = slash; j += 1; break }
                let attributeStart = j
                j += 1  // the first character, even "=", is part of the name
                while j < n, !isSpace(b[j]), b[j] != 0x2F, b[j] != 0x3E, b[j] != 0x3D { j += 1 }
                let attributeName = String(decoding: b[attributeStart..<j].map(lower), as: UTF8.self)
                var k = j
                while k < n, isSpace(b[k]) { k += 1 }
                var raw = ""
                if k < n, b[k] == 0x3D {
                    k += 1
                    while k < n, isSpace(b[k]) { k += 1 }
                    if k < n, b[k] == 0x22 || b[k] == 0x27 {
                        let quote = b[k]
                        let end = b[(k + 1)...].firstIndex(of: quote) ?? n
                        raw = string(k + 1, end)
                        k = min(end + 1, n)
                    } else {
                        let valueStart = k
                        while k < n, !isSpace(b[k]), b[k] != 0x3E { k += 1 }
                        raw = string(valueStart, k)
                    }
                    j = k
                }
                attributes.append(Attribute(name: attributeName, raw: raw))
            }
            let tagEnd = j
            var content: String?
            if !isEnd {
                if !xml, foreignDepth > 0, breakoutElements.contains(name) { foreignDepth = 0 }
                if name == "svg" || name == "math", !selfClosing { foreignDepth += 1 }
            } else if name == "svg" || name == "math", foreignDepth > 0 {
                foreignDepth -= 1
            }
            let html = !xml && foreignDepth == 0  // in HTML, `/>` does not close a script or style
            if !isEnd, !selfClosing || html,
                name == "script" || name == "style" || (html && rawTextElements.contains(name))
            {
                let close = endTag(name, from: tagEnd)
                content = string(tagEnd, close)
                if html { j = close }  // raw text: not markup
            }
            tags.append(
                Tag(name: name, isEnd: isEnd, attributes: attributes, snippet: snippet(start, tagEnd), content: content)
            )
            i = j
        }
        return tags
    }

    /// A URL as a browser reads it: tabs and newlines removed, spaces and controls trimmed.
    static func normalizedURL(_ value: String) -> String {
        trimmed(String(value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
    }

    /// `s` without leading and trailing C0 controls and spaces.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
            let last = scalars.lastIndex(where: { $0.value > 0x20 })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The scheme of a URL, lowercased (`javascript` for `JaVaScRiPt:x`), or nil if it has none.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            scheme.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
            })
        else { return nil }
        return scheme.lowercased()
    }

    /// Named references that matter in URLs: the markup ones, and those that spell a scheme's
    /// punctuation or the whitespace a browser drops from a URL.
    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":",
        "Tab": "\t", "NewLine": "\n", "sol": "/", "bsol": "\\", "lpar": "(", "rpar": ")", "period": ".",
        "excl": "!", "num": "#", "semi": ";", "equals": "=", "comma": ",", "plus": "+", "quest": "?",
        "commat": "@", "lowbar": "_", "percnt": "%", "dollar": "$", "ast": "*", "lsqb": "[", "rsqb": "]",
        "lcub": "{", "rcub": "}", "grave": "`", "Hat": "^", "verbar": "|",
    ]

    /// Character references (`&amp;`, `&#106;`, `&#x6A`, `&colon;`…) in an attribute value
    /// decoded. Unknown names are left as written; `&amp`, `&lt`, `&gt` and `&quot` without
    /// `;` are decoded unless a letter, digit or `=` follows, as in an attribute.
    static func decodeCharacterReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let s = Array(value.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isAlnum(_ c: Unicode.Scalar) -> Bool {
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))
        }
        while i < s.count {
            guard s[i] == "&", i + 1 < s.count else { out.append(s[i]); i += 1; continue }
            if s[i + 1] == "#" {
                var j = i + 2
                let hex = j < s.count && (s[j] == "x" || s[j] == "X")
                if hex { j += 1 }
                let digitsStart = j
                while j < s.count, hex ? s[j].properties.isASCIIHexDigit : ("0"..."9").contains(s[j]) { j += 1 }
                guard j > digitsStart else { out.append(s[i]); i += 1; continue }
                let digits = String(String.UnicodeScalarView(s[digitsStart..<j]))
                let code = digits.count > 8 ? nil : UInt32(digits, radix: hex ? 16 : 10)
                out.append(code.flatMap { $0 == 0 ? nil : Unicode.Scalar($0) } ?? "\u{FFFD}")
                i = j < s.count && s[j] == ";" ? j + 1 : j
                continue
            }
            var j = i + 1
            while j < s.count, isAlnum(s[j]) { j += 1 }
            let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            if j < s.count, s[j] == ";", let decoded = namedReferences[name] {
                out.append(contentsOf: decoded.unicodeScalars)
                i = j + 1
            } else if ["amp", "lt", "gt", "quot"].contains(name), let decoded = namedReferences[name],
                j >= s.count || s[j] != "="
            {
                out.append(contentsOf: decoded.unicodeScalars)
                i = j
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
