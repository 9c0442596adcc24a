import MarkdownPages
import Testing

/// Rendering view models with templates: escaping in pages and partials, sections, names,
/// optionals, unescaped values, pragmas, normalisation and determinism.
@Suite struct RenderingTests {
    struct Rating { let label: String }
    struct Standard { let code: String; let rating: Rating }
    struct Region { let name: String; let standards: [Standard]; let note: String? }
    struct Site { let title: String; let regions: [Region]; let summary: String? }

    static func set(_ templates: [String: String]) -> TemplateSet {
        TemplateSet(
            templates.sorted { $0.key < $1.key }.map {
                TemplateSource(name: $0.key, path: "Templates/\($0.key).mustache", text: $0.value)
            })
    }

    @Test func pageAndPartialBothEscapeValuesAsMarkdown() throws {
        let set = Self.set([
            "page": "# {{title}}\n\n{{> partials/intro}}\n{{#items}}\n{{> partials/item}}\n{{/items}}\n",
            "partials/intro": "Intro: {{title}}\n",
            "partials/item": "- {{.}}\n",
        ])
        #expect(set.diagnostics.isEmpty)
        let page = try set.render(
            ["title": "*Leeds* & <b>", "items": ["1. a_b", "<i>"]] as [String: Any], template: "page")
        #expect(page == "# \\*Leeds\\* & \\<b\\>\n\nIntro: \\*Leeds\\* & \\<b\\>\n- 1\\. a\\_b\n- \\<i\\>\n")
    }

    @Test func nestedSectionsDottedNamesInvertedSectionsAndOptionals() throws {
        let set = Self.set([
            "site": """
            # {{title}}
            {{#summary}}Summary: {{summary}}{{/summary}}{{^summary}}No summary.{{/summary}}
            {{#regions}}

            ## {{name}}
            {{#standards}}
            - {{code}}: {{rating.label}} ({{title}})
            {{/standards}}
            {{^standards}}
            No standards.
            {{/standards}}
            Note: {{note}}{{missing}}.
            {{/regions}}

            """
        ])
        let site = Site(
            title: "PDUs",
            regions: [
                Region(
                    name: "Leeds",
                    standards: [
                        Standard(code: "1.1", rating: Rating(label: "Good")),
                        Standard(code: "1.2", rating: Rating(label: "Requires *improvement*")),
                    ], note: "see annex"),
                Region(name: "York", standards: [], note: nil),
            ], summary: nil)
        #expect(
            try set.render(site, template: "site") == """
                # PDUs
                No summary.

                ## Leeds
                - 1.1: Good (PDUs)
                - 1.2: Requires \\*improvement\\* (PDUs)
                Note: see annex.

                ## York
                No standards.
                Note: .

                """)
        let summarised = Site(title: site.title, regions: [], summary: "All <good>")
        #expect(try set.render(summarised, template: "site") == "# PDUs\nSummary: All \\<good\\>\n")
    }

    @Test func tripleMustacheAndAmpersandInsertUnescaped() throws {
        let set = Self.set(["raw": "{{{table}}}\n{{& link}}\n{{table}}\n"])
        let page = try set.render(["table": "| *a* |", "link": "[x](y.md)"], template: "raw")
        #expect(page == "| *a* |\n[x](y.md)\n\\| \\*a\\* \\|\n")
    }

    @Test func aTemplateMaySwitchContentTypeWithItsOwnPragma() throws {
        let set = Self.set([
            "html": "{{x}}\n{{% CONTENT_TYPE: HTML }}\n{{x}}\n{{> text}}\n",
            "text": "{{% CONTENT_TYPE: TEXT }}\n{{x}}\n",
        ])
        #expect(try set.render(["x": "<*>"], template: "html") == "\\<\\*\\>\n&lt;*&gt;\n<*>\n")
    }

    @Test func numbersAndBooleansRenderAsText() throws {
        let set = Self.set(["n": "{{count}} cases, {{share}}%, {{#ok}}ok{{/ok}}{{^bad}}, not bad{{/bad}}\n"])
        #expect(
            try set.render(["count": 12, "share": 2.5, "ok": true, "bad": false] as [String: Any], template: "n")
                == "12 cases, 2.5%, ok, not bad\n")
    }

    @Test func pagesAreNormalised() throws {
        let set = Self.set([
            "page": "\n\n# T   \n\n\n\nText\t\n{{#none}}\nhidden\n{{/none}}\n\n\n\n| a |  \n\n\n",
            "crlf": "# T\r\n\r\n\r\n{{x}}\r\nend",
            "blank": "\n  \n{{missing}}\n\n",
        ])
        #expect(try set.render([String: String](), template: "page") == "# T\n\nText\n\n| a |\n")
        #expect(try set.render(["x": "v"], template: "crlf") == "# T\n\nv\nend\n")
        #expect(try set.render([String: String](), template: "blank") == "")
    }

    @Test func renderingAMissingTemplateThrowsNamingIt() throws {
        let set = Self.set(["page": "ok\n", "broken": "{{#a}}\n"])
        #expect(set.names == ["page"])
        #expect(throws: TemplateSet.MissingTemplate(name: "nope", failedToParse: false)) {
            try set.render([String: String](), template: "nope")
        }
        #expect(throws: TemplateSet.MissingTemplate(name: "broken", failedToParse: true)) {
            try set.render([String: String](), template: "broken")
        }
        #expect(
            "\(TemplateSet.MissingTemplate(name: "nope", failedToParse: false))" == "there is no template named 'nope'")
        #expect(
            "\(TemplateSet.MissingTemplate(name: "broken", failedToParse: true))"
                == "template 'broken' could not be parsed, so no page can be rendered with it")
    }

    @Test func renderingIsDeterministicAndSafeFromManyTasks() async throws {
        let templates = ["page": "# {{title}}\n{{#items}}\n- {{.}}\n{{/items}}\n{{> p}}\n", "p": "*{{title}}*\n"]
        let view: [String: any Sendable] = ["title": "A_b", "items": (1...50).map { "item \($0) <x>" }]
        let expected = try Self.set(templates).render(view, template: "page")
        let set = Self.set(templates)
        let pages = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<32 { group.addTask { try? set.render(view, template: "page") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(pages.count == 32)
        #expect(pages.allSatisfy { $0 == expected })
        #expect(expected.hasPrefix("# A\\_b\n- item 1 \\<x\\>\n"))
    }
}
