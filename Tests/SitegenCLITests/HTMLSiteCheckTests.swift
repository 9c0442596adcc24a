import Foundation
import Testing

/// The checks of a built HTML site, on small sites written to temporary folders.
@Suite struct HTMLSiteCheckTests {
    /// A whole HTML5 page as the layout writes it, `body` in its `<main>`; `root` leads to the site root.
    static func page(_ body: String, root: String = "", head: String = "") -> String {
        """
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>A page · Inspections</title>
        \(head)<link rel="stylesheet" href="\(root)assets/site.css">
        <script src="\(root)assets/site.js" defer></script>
        </head>
        <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <main id="content" class="wrap" tabindex="-1">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The good site's index page (its anchor `leeds`, which another page links to) with `body`.
    static func index(_ body: String) -> String {
        page("<h2 id=\"leeds\">Leeds</h2>\n" + body)
    }

    /// A site in a subfolder `site` of a fresh folder: the given files and the assets.
    static func site(_ files: [String: String]) throws -> (folder: TemporaryFolder, path: String) {
        let folder = try TemporaryFolder()
        try folder.write("site/assets/site.css", "body { margin: 0; }\n")
        try folder.write("site/assets/site.js", "document.documentElement.classList.add('js');\n")
        for (path, text) in files { try folder.write("site/" + path, text) }
        return (folder, folder.path + "/site")
    }

    static func brokenReferences(_ files: [String: String]) throws -> [String] {
        let (folder, path) = try site(files)
        defer { folder.remove() }
        return HTMLSiteCheck.brokenReferences(in: path)
    }

    static func executableContent(_ files: [String: String]) throws -> [String] {
        let (folder, path) = try site(files)
        defer { folder.remove() }
        return HTMLSiteCheck.executableContent(in: path)
    }

    /// Two pages and a source page, linked both ways, with anchors and every kind of fine URL.
    static let goodSite: [String: String] = [
        "index.html": page(
            """
            <h1 id="inspections">Inspections</h1>
            <nav class="contents" aria-labelledby="contents-title">
            <h2 id="contents-title">On this page</h2>
            <ol>
            <li><a href="#leeds">Leeds</a></li>
            </ol>
            </nav>
            <h2 id="leeds">Leeds</h2>
            <p><a href="pdus/leeds.html">Leeds</a>, <a href="pdus/leeds.html#findings">its findings</a>,
            <a href="./pdus/leeds.html?from=index#findings">again</a>, <a href="#">the top</a>,
            <a href="https://www.justiceinspectorates.gov.uk/hmiprobation/">the inspectorate</a>,
            <a href="http://example.org/">an old link</a>, <a href="mailto:someone@example.org">mail</a>,
            <a href="index.md">this page as Markdown</a>.</p>
            <p><img src="assets/chart.svg" alt="A chart"></p>
            """),
        "index.md": "# Inspections\n",
        "assets/chart.svg":
            #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title id="t">x</title></svg>"#,
        "pdus/leeds.html": page(
            """
            <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
            <ol>
            <li><a href="../index.html">Home</a></li>
            <li><a href="../index.html#leeds">Leeds</a></li>
            <li aria-current="page">Leeds PDU</li>
            </ol>
            </nav>
            <h1 id="leeds-pdu">Leeds PDU</h1>
            <h2 id="findings">Findings</h2>
            <p>Rated <a href="../source/leeds-2024.html#L2">good</a>, see <a href="#findings">above</a>
            and <a href='../source/leeds-2024.html#L3'>line 3</a> or <a href=../source/leeds-2024.html#L1>line 1</a>.</p>
            """, root: "../"),
        "source/leeds-2024.html": page(
            """
            <pre class="source"><code><span id="L1">Leeds</span>
            <span id="L2">Good</span>
            <span id="L3">&lt;script&gt; is text here</span>
            </code></pre>
            """, root: "../"),
    ]

    // MARK: - References

    @Test func aGoodSiteHasNoProblems() throws {
        let (folder, path) = try Self.site(Self.goodSite)
        defer { folder.remove() }
        #expect(HTMLSiteCheck.htmlFiles(in: path) == ["index.html", "pdus/leeds.html", "source/leeds-2024.html"])
        #expect(HTMLSiteCheck.brokenReferences(in: path) == [])
        #expect(HTMLSiteCheck.duplicateIDs(in: path) == [])
        #expect(HTMLSiteCheck.executableContent(in: path) == [])
        #expect(HTMLSiteCheck.tidyErrors(in: path) == [])
    }

    @Test func reportsALinkToAMissingFile() throws {
        var files = Self.goodSite
        files["index.html"] = Self.index(#"<p><a href="pdus/york.html">York</a> <img src="missing.png" alt="x"></p>"#)
        let found = try Self.brokenReferences(files)
        #expect(
            found == [
                #"index.html: href "pdus/york.html": no file pdus/york.html"#,
                #"index.html: src "missing.png": no file missing.png"#,
            ])
    }

    @Test func reportsAMissingStylesheetOrScript() throws {
        let (folder, path) = try Self.site(["index.html": Self.page("<p>x</p>")])
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: path + "/assets/site.js")
        try FileManager.default.removeItem(atPath: path + "/assets/site.css")
        #expect(
            HTMLSiteCheck.brokenReferences(in: path) == [
                #"index.html: href "assets/site.css": no file assets/site.css"#,
                #"index.html: src "assets/site.js": no file assets/site.js"#,
            ])
    }

    @Test func reportsAFragmentWithNoID() throws {
        var files = Self.goodSite
        files["pdus/leeds.html"] = Self.page(
            ##"<p id="findings"><a href="../source/leeds-2024.html#L999">x</a> <a href="#b">y</a></p>"##, root: "../")
        let found = try Self.brokenReferences(files)
        #expect(
            found == [
                #"pdus/leeds.html: href "../source/leeds-2024.html#L999": no id "L999" in source/leeds-2024.html"#,
                ##"pdus/leeds.html: href "#b": no id "b" in pdus/leeds.html"##,
            ])
    }

    @Test func aFragmentOnAFileThatIsNotHTMLIsReported() throws {
        var files = Self.goodSite
        files["index.html"] = Self.index(#"<p><a href="index.md#leeds">x</a></p>"#)
        let found = try Self.brokenReferences(files)
        #expect(found == [##"index.html: href "index.md#leeds": fragment "#leeds" on index.md, which is not HTML"##])
    }

    @Test func reportsLinksLeavingTheSiteFolder() throws {
        let (folder, path) = try Self.site([
            "index.html": Self.page(#"<p><a href="../outside.html">x</a></p>"#),
            "pdus/leeds.html": Self.page(
                #"<p><a href="../../outside.html">x</a> <a href="../pdus/../../site/index.html">y</a></p>"#, root: "../"
            ),
        ])
        defer { folder.remove() }
        try folder.write("outside.html", Self.page("<p>outside</p>"))
        #expect(
            HTMLSiteCheck.brokenReferences(in: path) == [
                #"index.html: href "../outside.html": leaves the site folder"#,
                #"pdus/leeds.html: href "../../outside.html": leaves the site folder"#,
                #"pdus/leeds.html: href "../pdus/../../site/index.html": leaves the site folder"#,
            ])
    }

    @Test(arguments: [
        (
            #"href="/index.html""#,
            #"href "/index.html": absolute path: the site must work from any folder and from file://"#
        ),
        (#"href="//example.org/x""#, #"href "//example.org/x": network-path URL (no scheme): not allowed"#),
        (#"href="""#, #"href "": empty URL"#),
        (#"href"#, #"href "": empty URL"#),
        (#"href="  ""#, #"href "  ": empty URL"#),
        (#"href="javascript:void(0)""#, #"href "javascript:void(0)": scheme "javascript:" is not allowed"#),
        (#"href="data:text/html,x""#, #"href "data:text/html,x": scheme "data:" is not allowed"#),
        (#"href="file:///etc/passwd""#, #"href "file:///etc/passwd": scheme "file:" is not allowed"#),
        (#"href="ftp://example.org/""#, #"href "ftp://example.org/": scheme "ftp:" is not allowed"#),
        (#"href="pdus\leeds.html""#, #"href "pdus\leeds.html": backslash in URL"#),
    ])
    func reportsURLsThatAreNeverAcceptable(attribute: String, problem: String) throws {
        var files = Self.goodSite
        files["index.html"] = Self.index("<p><a \(attribute)>x</a></p>")
        let found = try Self.brokenReferences(files)
        #expect(found == ["index.html: " + problem])
    }

    @Test func aLinkToAFolderIsBroken() throws {
        var files = Self.goodSite
        files["index.html"] = Self.index(
            #"<p><a href="pdus/">a</a> <a href="pdus">b</a> <a href="./">c</a> <a href="source/..">d</a></p>"#)
        let found = try Self.brokenReferences(files)
        #expect(
            found == [
                #"index.html: href "pdus/": pdus is a folder (no index.html fallback from file://)"#,
                #"index.html: href "pdus": pdus is a folder (no index.html fallback from file://)"#,
                #"index.html: href "./": the site root is a folder (no index.html fallback from file://)"#,
                #"index.html: href "source/..": the site root is a folder (no index.html fallback from file://)"#,
            ])
    }

    @Test func entitiesInURLsAreDecodedBeforeResolving() throws {
        var files = Self.goodSite
        files["a&b.html"] = Self.page(#"<p id="x&y">x</p>"#)
        files["index.html"] = Self.index(
            #"""
            <p><a href="a&amp;b.html">a</a> <a href="a&#38;b.html#x&amp;y">b</a> <a href="a&b.html">c</a>
            <a href="pdus/leeds.html?x=1&amp;y=2#findings">d</a> <a href="a&amp;c.html">e</a></p>
            """#)
        let found = try Self.brokenReferences(files)
        #expect(found == [#"index.html: href "a&amp;c.html": no file a&c.html"#])
    }

    @Test func percentEncodedPathsAreDecoded() throws {
        var files = Self.goodSite
        files["source/leeds 2024.html"] = Self.page(#"<p id="L1">x</p>"#, root: "../")
        files["index.html"] = Self.index(
            #"""
            <p><a href="source/leeds%202024.html#L1">a</a> <a href="source/leeds%2D2024.html#L2">b</a>
            <a href="source/leeds%202025.html">c</a> <a href="source/leeds%zz.html">d</a></p>
            """#)
        let found = try Self.brokenReferences(files)
        #expect(
            found == [
                #"index.html: href "source/leeds%202025.html": no file source/leeds 2025.html"#,
                #"index.html: href "source/leeds%zz.html": bad percent-encoding"#,
            ])
    }

    @Test func aPageWithABaseSkipsRelativeURLsOnly() throws {
        var files = Self.goodSite
        files["404.html"] = Self.page(
            #"<p><a href="pdus/nowhere.html">x</a> <a href="/x">y</a></p>"#,
            head: "<base href=\"https://example.org/inspections/\">\n")
        let found = try Self.brokenReferences(files)
        #expect(found == [#"404.html: href "/x": absolute path: the site must work from any folder and from file://"#])
    }

    @Test func reportsDuplicateIDs() throws {
        let (folder, path) = try Self.site([
            "index.html": Self.page(
                #"<h2 id="a">A</h2><h2 ID='a'>A</h2><p id=b>b</p><p id="a" id="b">c</p><p id="c">d</p>"#),
            "other.html": Self.page(#"<h2 id="content">A</h2>"#),
        ])
        defer { folder.remove() }
        #expect(
            HTMLSiteCheck.duplicateIDs(in: path) == [
                #"index.html: id "a" appears 3 times"#,
                #"other.html: id "content" appears 2 times"#,
            ])
    }

    // MARK: - Scanner

    @Test func scansEveryFormOfAttribute() {
        let tags = HTMLSiteCheck.tags(
            in: "<!doctype html><!-- <a href=no> --><A\nHREF = \"x&amp;y\" data-x='a b' z=w/v flag/><br/></a>")
        #expect(tags.map(\.name) == ["a", "br", "a"])
        #expect(tags.map(\.isEnd) == [false, false, true])
        #expect(tags[0].attributes.map(\.name) == ["href", "data-x", "z", "flag"])
        #expect(tags[0].attributes.map(\.raw) == ["x&amp;y", "a b", "w/v", ""])
        #expect(tags[0].attribute("href")?.value == "x&y")
        #expect(tags[0].snippet == "<A HREF = \"x&amp;y\" data-x='a b' z=w/v flag/>")
    }

    @Test func rawTextIsNotMarkup() {
        let tags = HTMLSiteCheck.tags(in: "<title><b>x</title><script>if (a<b) { x('<img onerror=1>') }</script><p>")
        #expect(tags.map(\.name) == ["title", "title", "script", "script", "p"])
        #expect(tags[2].content == "if (a<b) { x('<img onerror=1>') }")
    }

    @Test func decodesCharacterReferences() {
        #expect(
            HTMLSiteCheck.decodeCharacterReferences("&#106;ava&#X73;cript&colon;a&Tab;b&amp;c&ampd&lt=&unknown;&#0;")
                == "javascript:a\tb&c&ampd&lt=&unknown;\u{FFFD}")
    }

    // MARK: - Executable content

    static let executable: [String] = [
        "<script>alert(1)</script>",
        "<script></script>",
        #"<script src="evil.js"></script>"#,
        #"<script src="https://cdn.example.org/site.js"></script>"#,
        #"<script src="assets/site.js">alert(1)</script>"#,
        #"<script src="/assets/site.js"></script>"#,
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x ONERROR=alert(1)>",
        "<img src=\"x\"\n  onerror\n  =\n  \"alert(1)\" alt=\"\">",
        #"<img src="x"onerror="alert(1)" alt="">"#,
        "<svg/onload=alert(1)></svg>",
        #"<svg onload="alert(1)"></svg>"#,
        #"<a href="x.html" onclick="go()">x</a>"#,
        #"<a href="javascript:alert(1)">x</a>"#,
        #"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
        "<a href=\"java\tscript:alert(1)\">x</a>",
        #"<a href="java&#x09;script:alert(1)">x</a>"#,
        #"<a href="javascript&colon;alert(1)">x</a>"#,
        #"<a href="&#106;&#97;vascript:alert(1)">x</a>"#,
        "<a href=javascript:alert(1)>x</a>",
        #"<a href="vbscript:msgbox(1)">x</a>"#,
        #"<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">"#,
        #"<img src="a.png" srcset="a.png 1x, javascript:alert(1) 2x" alt="">"#,
        #"<button formaction="javascript:alert(1)">x</button>"#,
        #"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#,
        #"<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>"#,
        #"<svg><set attributeName="onmouseover" to="alert(1)"/></svg>"#,
        #"<svg><style><img src=x onerror=alert(1)></style></svg>"#,
        "<!--> <img src=x onerror=alert(1)> -->",
        #"<iframe src="index.html"></iframe>"#,
        #"<IFRAME SRCDOC="<p>x</p>"></IFRAME>"#,
        #"<object data="x.swf"></object>"#,
        #"<embed src="x.swf">"#,
        #"<form><input name="x"></form>"#,
        #"<meta http-equiv="refresh" content="0;url=index.html">"#,
        "<META HTTP-EQUIV=Refresh CONTENT=0>",
        #"<base href="javascript:alert(1)//">"#,
        #"<div srcdoc="x">x</div>"#,
        #"<p style="width: expression(alert(1))">x</p>"#,
        #"<p style="background:url(javascript:alert(1))">x</p>"#,
        #"<p style="background: URL( 'JavaScript:alert(1)' )">x</p>"#,
        #"<p style="width: e\78pression(alert(1))">x</p>"#,
        "<style>p { behavior: url(x.htc) }</style>",
    ]

    @Test(arguments: executable)
    func flagsWhatCanRunScript(snippet: String) throws {
        let found = try Self.executableContent(["index.html": Self.page("<div>\(snippet)</div>")])
        #expect(!found.isEmpty, "not flagged: \(snippet)")
        #expect(found.allSatisfy { $0.hasPrefix("index.html: ") })
    }

    static let harmless: [String] = [
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<!-- raw HTML omitted -->",
        "<p>The report says onerror=alert(1) and javascript:alert(1), <b>onload</b>=x.</p>",
        "<pre><code>&lt;img src=x onerror=alert(1)&gt;\n&lt;iframe&gt;\n</code></pre>",
        #"<p title="onerror=alert(1) <script>">x</p>"#,
        #"<a href="https://example.org/?q=javascript:alert(1)" data-onclick="x" aria-label="on">x</a>"#,
        #"<table><tr><td style="text-align: right">1</td></tr></table>"#,
        #"<p>a < b and c > d; 1 <2</p>"#,
        #"<svg viewBox="0 0 10 10" role="img" aria-labelledby="t"><title id="t">x</title><rect x="0" y="0" width="1" height="1"/></svg>"#,
    ]

    @Test(arguments: harmless)
    func doesNotFlagText(snippet: String) throws {
        let found = try Self.executableContent(["index.html": Self.page(snippet)])
        #expect(found == [])
    }

    @Test func namesTheFileAndTheSnippet() throws {
        let found = try Self.executableContent([
            "pdus/leeds.html": Self.page("<p>x<IMG SRC=x\nONERROR=alert(1)></p>", root: "../")
        ])
        #expect(found == [#"pdus/leeds.html: event-handler attribute "onerror": <IMG SRC=x ONERROR=alert(1)>"#])
    }

    @Test func allowsOnlyTheAllowedScripts() throws {
        let (folder, path) = try Self.site([
            "index.html": Self.page(#"<script src="assets/extra.js"></script>"#),
            "pdus/leeds.html": Self.page(#"<script src="../assets/site.js?v=2"></script>"#, root: "../"),
            "404.html": Self.page("<p>Not found</p>", head: "<base href=\"https://example.org/x/\">\n"),
        ])
        defer { folder.remove() }
        try folder.write("site/assets/extra.js", "")
        #expect(
            HTMLSiteCheck.executableContent(in: path) == [
                #"index.html: <script> with a source that is not an allowed script: <script src="assets/extra.js">"#
            ])
        #expect(HTMLSiteCheck.executableContent(in: path, allowedScripts: ["assets/site.js", "assets/extra.js"]) == [])
        #expect(HTMLSiteCheck.executableContent(in: path, allowedScripts: []).count == 5)
    }

    @Test func checksSVGFiles() throws {
        let found = try Self.executableContent([
            "assets/a.svg": #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
            "assets/b.svg": #"<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[alert(1)]]></script></svg>"#,
            "assets/c.svg":
                #"<svg xmlns="http://www.w3.org/2000/svg"><title>&lt;script&gt;</title><!-- onload= --></svg>"#,
        ])
        #expect(
            found == [
                #"assets/a.svg: event-handler attribute "onload": <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
                "assets/b.svg: inline <script>: <script>",
            ])
    }

    // MARK: - HTML Tidy

    /// What the layout and cmark-gfm write: HTML5 landmarks, ARIA, a scrollable captioned
    /// table, a disclosure button, footnotes, an inline SVG chart, a task-list checkbox.
    @Test func aValidHTML5PagePassesTidy() throws {
        let (folder, path) = try Self.site([
            "index.html": Self.page(
                """
                <nav class="site-nav" aria-label="Site">
                <ul>
                <li><a href="index.html" aria-current="page">Home</a></li>
                </ul>
                </nav>
                <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
                <ol>
                <li><a href="index.html">Home</a></li>
                <li aria-current="page">Leeds</li>
                </ol>
                </nav>
                <h1 id="leeds">Leeds</h1>
                <details><summary>More</summary><p>Text</p></details>
                <div class="table-wrap" role="region" tabindex="0" aria-label="Ratings">
                <table>
                <caption>Ratings</caption>
                <thead>
                <tr>
                <th scope="col">Standard</th>
                <th scope="col" style="text-align: right">Score</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>1.1</td>
                <td style="text-align: right"><a href="#leeds">3</a></td>
                </tr>
                </tbody>
                </table>
                </div>
                <button type="button" aria-expanded="false" aria-controls="more">Show</button>
                <p id="more" hidden>Hidden</p>
                <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" role="img" aria-labelledby="c-t c-d"><title id="c-t">Chart</title><desc id="c-d">Scores</desc><rect x="0" y="0" width="5" height="5" fill="#123"><title>bar</title></rect><line x1="0" y1="0" x2="1" y2="1" stroke="#000" stroke-dasharray="2 2"/><polyline points="0,0 1,1" fill="none"/><polygon points="0,0 1,1 2,0"/><circle cx="1" cy="1" r="2"/><text x="1" y="2" text-anchor="end" font-size="10">A<tspan x="1" dy="1">B</tspan></text></svg><figcaption>Scores</figcaption></figure>
                <p>Note<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>Foot <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
                </li>
                </ol>
                </section>
                <pre><code class="language-text">&lt;script&gt;
                </code></pre>
                <!-- raw HTML omitted -->
                <ul><li><input type="checkbox" disabled checked> <del>done</del></li></ul>
                """)
        ])
        defer { folder.remove() }
        #expect(HTMLSiteCheck.tidyErrors(in: path) == [])
        #expect(HTMLSiteCheck.brokenReferences(in: path) == [])
        #expect(HTMLSiteCheck.executableContent(in: path) == [])
    }

    @Test func reportsTidyErrors() throws {
        let (folder, path) = try Self.site([
            "a.html": Self.page("<p>fine</p>"),
            "b.html": Self.page("<foo>x</foo>\n<p>y</p>"),
            "c.html": Self.page("<p>x</p>\n</main><main>\n<p>y</p>"),
        ])
        defer { folder.remove() }
        let errors = HTMLSiteCheck.tidyErrors(in: path)
        #expect(errors.map { $0.prefix(7) } == ["b.html:", "c.html:"])
        #expect(errors.first?.hasSuffix("Error: <foo> is not recognized!") == true)
        #expect(errors.last?.contains("Error: discarding unexpected <main>") == true)
    }
}
