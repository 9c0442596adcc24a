import Foundation
import SourceAndOutput
import Testing

@testable import MarkdownPages

/// Issue 15 (6): templates that crashed Mustache (a segmentation fault) are errors at
/// `path:line:column`, and parsing time grows in step with the number of tags.
@Suite struct TemplateCrashTests {
    static func source(_ name: String, _ text: String) -> TemplateSource {
        TemplateSource(name: name, path: "Templates/\(name).mustache", text: text)
    }

    @Test func aSelfRecursivePartialIsAnErrorNotACrash() throws {
        let set = TemplateSet([
            Self.source("page", "# Title\n{{> partials/loop}}\n{{> partials/a}}\n"),
            Self.source("partials/loop", "x\n  {{#items}}{{> partials/loop}}{{/items}}\n"),
            Self.source("partials/a", "a {{> partials/b}}\n"),
            Self.source("partials/b", "b\n{{> partials/a}}\n"),
        ])
        let errors = set.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "Templates/partials/a.mustache:1:3: error: template 'partials/a' includes itself (partials/a → partials/b → partials/a); rendering it would never end",
                "Templates/partials/b.mustache:2:1: error: template 'partials/b' includes itself (partials/b → partials/a → partials/b); rendering it would never end",
                "Templates/partials/loop.mustache:2:13: error: template 'partials/loop' includes itself (partials/loop → partials/loop); rendering it would never end",
            ])
        #expect(set.names == ["page"])
        #expect(try set.render(["items": [1, 2]], template: "page") == "# Title\n")
    }

    @Test func fiveThousandNestedSectionsAreAnErrorNotACrash() {
        let names = (0..<5000).map { "s\($0)" }
        let text =
            "top\n" + names.map { "{{#\($0)}}" }.joined() + "x" + names.reversed().map { "{{/\($0)}}" }.joined() + "\n"
        let set = TemplateSet([Self.source("page", text)])
        let column = 1 + names.prefix(TemplateStructure.maximumDepth).map { "{{#\($0)}}".count }.reduce(0, +)
        #expect(
            set.diagnostics.map(\.description) == [
                "Templates/page.mustache:2:\(column): error: sections are nested more than 100 deep here ('s100'); Mustache cannot render that"
            ])
        #expect(set.names.isEmpty)
    }

    /// A template of `lines` lines mixing text, variables, sections and standalone tags.
    static func largeTemplate(lines: Int) -> String {
        (0..<lines).map { i in
            switch i % 5 {
            case 0: "## {{title}} \(i)"
            case 1: "{{#items}}"
            case 2: "- {{name}} ({{#first}}first{{/first}}) {{^name}}none{{/name}}"
            case 3: "  {{/items}}"
            default: "{{! a comment }}Text {{{raw}}} and {{missing}}."
            }
        }.joined(separator: "\n") + "\n"
    }

    @Test func aLargeTemplateRendersTheSameInPieces() throws {
        let text = Self.largeTemplate(lines: 200)
        let tags = TemplateTags(text)
        let pieces = try #require(TemplateStructure.chunks(of: text, tags: tags, name: "page", size: 7))
        #expect(pieces.count > 20)
        #expect(pieces.joined() == text)
        let view: [String: Any] = [
            "title": "T & <b>", "raw": "**bold**",
            "items": [["name": "a_b"], ["name": ""], ["name": "c*"]],
        ]
        let whole = TemplateSet([Self.source("page", text)], pieceTags: .max)
        let cut = TemplateSet([Self.source("page", text)], pieceTags: 7)
        #expect(whole.diagnostics.isEmpty && cut.diagnostics.isEmpty)
        #expect(cut.names == ["page"])
        let expected = try whole.render(view, template: "page")
        #expect(expected.contains("## T & \\<b\\> 5\n- a\\_b ()\n"))
        #expect(try cut.render(view, template: "page") == expected)
        for name in ["page.html"] {
            let html = text.replacingOccurrences(of: "{{{raw}}}", with: "<i>{{raw}}</i>")
            #expect(
                try TemplateSet([Self.source(name, html)], pieceTags: 7).render(view, template: name)
                    == TemplateSet([Self.source(name, html)], pieceTags: .max).render(view, template: name))
        }
    }

    @Test func anErrorInALargeTemplateIsReportedWhereItIs() {
        let text = Self.largeTemplate(lines: 3000) + "{{#open}}\n"
        let set = TemplateSet([Self.source("page", text)])
        #expect(
            set.diagnostics.map(\.description)
                == [
                    "Templates/page.mustache:3001:1: error: section 'open' is never closed: add '{{/open}}' where it ends"
                ])
    }

    @Test func parsingTimeGrowsInStepWithTheNumberOfTags() {
        func seconds(lines: Int) -> Double {
            let source = Self.source("page", Self.largeTemplate(lines: lines))
            return (0..<2).map { _ in
                let start = Date()
                _ = TemplateSet([source])
                return Date().timeIntervalSince(start)
            }.min()!
        }
        let small = seconds(lines: 500), large = seconds(lines: 4_000)  // ~900 and ~7,200 tags
        // Eight times the tags: about eight times the time, where it was sixty-four.
        #expect(large / small < 20, "\(small) s, then \(large) s")
    }
}
