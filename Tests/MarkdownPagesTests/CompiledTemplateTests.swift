import Foundation
import TestSupport
import Testing

@testable import MarkdownPages

/// The compiled templates against swift-mustache on small templates: each case renders
/// both ways, must be rendered by the compiled form, and gives the same bytes, which are
/// also checked against the text expected.
@Suite struct CompiledTemplateTests {
    struct Item: Encodable { var name: String; var rows: [String] = []; var note: String? = nil }
    struct View: Encodable {
        var title = "Leeds & *York*"
        var items: [Item] = [Item(name: "a_1", rows: ["x", "y"]), Item(name: "<b>")]
        var none: [Item] = []
        var flag = true
        var off = false
        var missing: String? = nil
        var note: String? = "outer note"
        var count = 12
        var share = 2.5
        var whole = 3.0
        var raw = "line one\nline two"
        var crlf = "ends in crlf\r\n"
        var region = Region(name: "North East", code: .northEast)
    }
    struct Region: Encodable { var name: String; var code: Code }
    enum Code: String, Encodable { case northEast = "NE" }

    static func set(_ templates: [String: String], pieceTags: Int = .max) -> TemplateSet {
        TemplateSet(
            templates.sorted { $0.key < $1.key }.map {
                TemplateSource(name: $0.key, path: "Templates/\($0.key).mustache", text: $0.value)
            }, pieceTags: pieceTags)
    }

    /// The page `name` rendered both ways (unnormalised), after checking they agree.
    static func rendered(
        _ templates: [String: String], _ name: String = "page", view: some Encodable = View(), pieceTags: Int = .max
    ) throws -> String? {
        let set = Self.set(templates, pieceTags: pieceTags)
        let expected = try set.renderWithMustache(view, template: name)
        let compiled = set.renderCompiled(view, template: name)
        #expect(compiled == Array(expected.utf8))
        return compiled.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func standaloneTagLinesAreRemoved() throws {
        let page = try Self.rendered([
            "page": """
            # {{title}}
            {{#items}}
              {{! a comment }}
            - {{name}}
            {{/items}}
              {{^none}}
            none
              {{/none}}
            end {{#flag}}yes{{/flag}} tail
            """
        ])
        #expect(page == "# Leeds & \\*York\\*\n- a\\_1\n- \\<b\\>\nnone\nend yes tail")
    }

    @Test func indentedPartialsNestAndIndentEveryLineThatStarts() throws {
        let page = try Self.rendered([
            "page":
                "list:\n  {{> partials/item}}\n{{#items}}\n    {{> partials/row}}\n{{/items}}\nx {{> partials/inline}} y\n",
            "partials/item":
                "a\n{{#items}}\nb {{name}}\n{{/items}}\n {{> partials/deep}}\n{{{raw}}}\n{{{crlf}}}after\n",
            "partials/deep": "deep {{title}}\nz\n",
            "partials/row": "{{#rows}}\nr {{.}}\n{{/rows}}\n",
            "partials/inline": "in\nline",
        ])
        // Mustache indents the lines a template's own tokens start: a section's second
        // element, or a partial's after the first, starts a string of its own, unindented.
        #expect(
            page == """
                list:
                  a
                  b a\\_1
                b \\<b\\>
                   deep Leeds & \\*York\\*
                   z
                  line one
                line two
                  ends in crlf\r
                after
                    r x
                r y
                    x in
                line y

                """)
    }

    @Test func sectionsAndInvertedSectionsOverEachKindOfValue() throws {
        let page = try Self.rendered([
            "page": """
            {{#flag}}T{{/flag}}{{#off}}F{{/off}}{{#missing}}M{{/missing}}{{#none}}N{{/none}}{{#count}}C{{.}}{{/count}}
            {{^flag}}T{{/flag}}{{^off}}f{{/off}}{{^missing}}m{{/missing}}{{^none}}n{{/none}}{{^count}}C{{/count}}{{^items}}I{{/items}}
            {{#region}}{{name}} {{code}} {{title}}{{/region}}
            """
        ])
        #expect(page == "TC12\nfmn\nNorth East northEast Leeds & \\*York\\*")
    }

    @Test func namesAreLookedUpDownTheContextStack() throws {
        let page = try Self.rendered([
            "page": """
            {{#items}}
            {{name}}: {{note}} / {{title}} / {{.note}}. / {{region.name}} / {{#region}}{{.name}}{{/region}}
            {{/items}}
            {{#region}}{{name.missing}}{{title.x}}{{/region}}{{count}} {{share}} {{whole}} {{flag}} {{off}}
            """
        ])
        #expect(
            page == """
                a\\_1: outer note / Leeds & \\*York\\* / . / North East / North East
                \\<b\\>: outer note / Leeds & \\*York\\* / . / North East / North East
                12 2.5 3.0 true false
                """)
    }

    @Test func sequencePositionsReachThroughTrueSectionsNotIntoPushedValues() throws {
        let page = try Self.rendered([
            "page": """
            {{#items}}{{name}}{{^last()}}, {{/last()}}{{/items}}
            {{#items}}{{index()}}{{#first()}}F{{/first()}}{{#even()}}E{{/even()}}{{#odd()}}O{{/odd()}}{{/items}}
            {{#items}}{{#flag}}{{^last()}}+{{/last()}}{{/flag}}{{#region}}{{^last()}}-{{/last()}}{{/region}}{{/items}}
            {{^last()}}outside{{/last()}}{{#items}}{{> partials/p}}{{/items}}
            """,
            "partials/p": "{{^first()}}p{{/first()}}",
        ])
        #expect(page == "a\\_1, \\<b\\>\n0FE1O\n+--\noutsidepp")
    }

    @Test func scalarsOfEveryWidthEnumsAndNilElements() throws {
        struct Scalars: Encodable {
            var small: Int8 = -3
            var big = UInt64.max
            var float: Float = 0.1
            var double = 1e100
            var counts: [Int?] = [1, nil, 3]
            var codes: [Code] = [.northEast]
            var byName = ["x": 1]
        }
        let page = try Self.rendered(
            [
                "page":
                    "{{small}} {{big}} {{float}} {{double}} {{#counts}}{{.}};{{/counts}} {{codes.first}}{{#codes}}{{.}}{{/codes}} {{byName.x}}"
            ],
            view: Scalars())
        #expect(page == "\\-3 18446744073709551615 0.1 1e+100 1;3; northEast 1")
    }

    @Test func escapingFollowsTheTemplateTypeAndPragmas() throws {
        let view = View(title: "<a href=\"x\">'&'</a>")
        let html = try Self.rendered(
            [
                "page.html": "{{title}} {{{title}}}\n{{> partials/md}}\n{{% CONTENT_TYPE: TEXT }}\n{{title}}\n",
                "partials/md": "{{title}}",
            ], "page.html", view: view)
        #expect(
            html
                == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; <a href=\"x\">'&'</a>\n"
                + "\\<a href=\\\"x\\\"\\>'&'\\</a\\><a href=\"x\">'&'</a>\n")
    }

    @Test func piecesOfACutTemplateRenderAlike() throws {
        let text = (0..<30).map { _ in "line {{count}} {{#items}}{{name}}{{/items}}\n" }.joined()
        let page = try Self.rendered(["page": text], pieceTags: 7)
        #expect(page == String(repeating: "line 12 a\\_1\\<b\\>\n", count: 30))
    }

    @Test func whatTheCompiledFormDoesNotRenderFallsBackToMustache() throws {
        let cases: [(templates: [String: String], reason: String)] = [
            (["page": "{{<parent}}{{$b}}child{{/b}}{{/parent}}", "parent": "[{{$b}}default{{/b}}]"], "parent"),
            (["page": "{{> parent}}", "parent": "[{{$b}}default{{/b}}]"], "partial with a block"),
            (["page": "{{#first(items)}}{{name}}{{/first(items)}}"], "transform on a value"),
            (["page": "{{#items}}{{rows}}{{/items}}"], "list as text"),
            (["page": "{{^none}}{{.}}{{/none}}"], "empty list as text"),
            (["page": "{{#items}}{{plusone(index())}}{{/items}}"], "chained transforms"),
        ]
        for (templates, reason) in cases {
            let set = Self.set(templates)
            #expect(set.renderCompiled(View(), template: "page") == nil, "\(reason)")
            #expect(
                try set.render(View(), template: "page")
                    == PageNormalisation.normalise(try set.renderWithMustache(View(), template: "page")), "\(reason)")
            #expect(try !set.renderWithMustache(View(), template: "page").isEmpty, "\(reason)")
        }
        let set = Self.set(["page": "{{title}}"])
        #expect(set.renderCompiled(["title": "x"] as [String: Any], template: "page") == nil)
        #expect(try set.render(["title": "x"] as [String: Any], template: "page") == "x\n")
    }

    /// The fuzzer's inputs (`Tests/Fuzz/corpus`), each as a template with a partial, render
    /// alike wherever the compiled form renders them.
    @Test func fuzzCorpusTemplatesRenderAlike() throws {
        let folder = Repository.path("Tests/Fuzz/corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var compiled = 0
        for name in names {
            let text = String(decoding: Repository.bytes("Tests/Fuzz/corpus/" + name), as: UTF8.self)
            let set = Self.set(["page": text, "partials/item": "  {{name}}\n{{#rows}}{{.}}{{/rows}}\n"])
            guard set.names.contains("page") else { continue }
            let expected = try set.renderWithMustache(View(), template: "page")
            if let page = set.renderCompiled(View(), template: "page") {
                compiled += 1
                #expect(page == Array(expected.utf8), "Tests/Fuzz/corpus/\(name)")
            }
        }
        #expect(compiled > 100)
    }
}
