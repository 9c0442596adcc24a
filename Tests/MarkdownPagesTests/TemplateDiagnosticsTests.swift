import MarkdownPages
import SourceAndOutput
import Testing

/// Diagnostics for templates that do not parse and partials that do not exist.
@Suite struct TemplateDiagnosticsTests {
    static func diagnostics(_ text: String, path: String = "Templates/page.mustache") -> [Diagnostic] {
        TemplateSet([TemplateSource(name: "page", path: path, text: text)]).diagnostics
    }

    static func error(_ message: String, _ line: Int, _ column: Int) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: "Templates/page.mustache", line: line, column: column))
    }

    @Test func unclosedSectionIsReportedAtItsOpeningTag() {
        let set = TemplateSet([
            TemplateSource(
                name: "pdu", path: "Templates/pdu.mustache",
                text: "# Title\nIntro\n  {{#standards}}\n- {{name}}\n")
        ])
        #expect(
            set.diagnostics == [
                Diagnostic(
                    .error, "section 'standards' is never closed: add '{{/standards}}' where it ends",
                    at: SourceLocation(file: "Templates/pdu.mustache", line: 3, column: 3))
            ])
        #expect(set.names.isEmpty)
    }

    @Test func sectionClosedByTheWrongNameIsReportedAtTheClosingTag() {
        #expect(
            Self.diagnostics("line\n{{#standards}}\n- x\n {{/standard}}\n")
                == [Self.error("section 'standards' opened on line 2 is closed by 'standard'", 4, 2)])
    }

    @Test(arguments: [
        ("{{/x}}", "closing tag 'x' has no open section to close", 1, 1),
        (
            "Hello\nHello {{na me}}\n",
            "malformed tag: the name must be followed by '}}' ('}}}' after '{{{'), "
                + "and may contain only letters, digits and . - _ ? *", 2, 7
        ),
        (
            "a\n{{{raw}}\n",
            "malformed tag: the name must be followed by '}}' ('}}}' after '{{{'), "
                + "and may contain only letters, digits and . - _ ? *", 2, 1
        ),
        ("x {{=<% =}}\n", "malformed set-delimiter tag: write it like '{{=<% %>=}}'", 1, 3),
        ("{{$a(b)}}x{{/a(b)}}\n", "a block ('{{$name}}') cannot apply a transform such as 'uppercase(name)'", 1, 1),
        (
            "\n{{<parent}}\n{{x}}\n{{/parent}}\n",
            "a parent template call ('{{<parent}}') may contain only block "
                + "definitions ('{{$block}}…{{/block}}')", 2, 1
        ),
        ("{{%CONTENT_TYPE}}\n", "malformed pragma: write it like '{{% CONTENT_TYPE: MARKDOWN }}'", 1, 1),
        (
            "ok\n{{% CONTENT_TYPE: YAML }}\n",
            "unknown pragma or content type 'CONTENT_TYPE: YAML': the pragma "
                + "is CONTENT_TYPE, with MARKDOWN, HTML or TEXT", 2, 1
        ),
        ("text {{name", "the template ends inside a tag that is never closed", 1, 6),
        ("a\n\nb {{! comment\n", "the template ends inside a tag that is never closed", 3, 3),
    ])
    func everyParseErrorIsASentenceAtTheTag(text: String, message: String, line: Int, column: Int) {
        #expect(Self.diagnostics(text) == [Self.error(message, line, column)])
    }

    @Test func crlfTemplatesReportTheSameLinesAndColumns() {
        #expect(
            Self.diagnostics("a\r\nb\r\n  {{/x}}\r\n") == [
                Self.error("closing tag 'x' has no open section to close", 3, 3)
            ])
    }

    @Test func missingAndBrokenPartialsAreWarnedAtTheReference() throws {
        let set = TemplateSet([
            TemplateSource(
                name: "page", path: "Templates/page.mustache",
                text: "# T\n\n{{> partials/missing}}\nText {{>broken}} {{>*dynamic}}\n{{> ok}}\n"),
            TemplateSource(name: "ok", path: "Templates/ok.mustache", text: "ok\n"),
            TemplateSource(name: "broken", path: "Templates/broken.mustache", text: "{{#a}}"),
        ])
        #expect(
            set.diagnostics == [
                Diagnostic(
                    .error, "section 'a' is never closed: add '{{/a}}' where it ends",
                    at: SourceLocation(file: "Templates/broken.mustache", line: 1, column: 1)),
                Diagnostic(
                    .warning, "partial 'partials/missing' does not exist; it renders as nothing",
                    at: SourceLocation(file: "Templates/page.mustache", line: 3, column: 1)),
                Diagnostic(
                    .warning, "partial 'broken' could not be parsed; it renders as nothing",
                    at: SourceLocation(file: "Templates/page.mustache", line: 4, column: 6)),
            ])
        #expect(set.names == ["ok", "page"])
        let set2 = TemplateSet([
            TemplateSource(name: "page", path: "p", text: "# T\n\n{{> partials/missing}}\nText {{>broken}}.\n")
        ])
        #expect(try set2.render([String: String](), template: "page") == "# T\n\nText .\n")
    }

    @Test func partialReferencesFollowSetDelimiterTags() {
        let diagnostics = Self.diagnostics("{{=<% %>=}}\n{{> not-a-tag}}\n<%> missing %>\n<%={{ }}=%>\n{{>again}}\n")
        #expect(
            diagnostics.map(\.message) == [
                "partial 'missing' does not exist; it renders as nothing",
                "partial 'again' does not exist; it renders as nothing",
            ])
        #expect(diagnostics.map(\.location.line) == [3, 5])
    }

    @Test func aSecondTemplateWithTheSameNameIsIgnored() throws {
        let set = TemplateSet([
            TemplateSource(name: "page", path: "A/page.mustache", text: "first\n"),
            TemplateSource(name: "page", path: "B/page.mustache", text: "second\n"),
        ])
        #expect(
            set.diagnostics == [
                Diagnostic(
                    .error, "template 'page' is also defined by A/page.mustache; this one is ignored",
                    at: SourceLocation(file: "B/page.mustache", line: 1))
            ])
        #expect(try set.render([String: String](), template: "page") == "first\n")
    }

    @Test func diagnosticsAreSortedWhateverTheOrderOfTheSources() {
        let sources = [
            TemplateSource(name: "b", path: "T/b.mustache", text: "{{> gone}}\n{{/x}}\n"),
            TemplateSource(name: "a", path: "T/a.mustache", text: "x\n{{> gone}}\n"),
            TemplateSource(name: "c", path: "T/c.mustache", text: "{{#c}}\n"),
        ]
        let forward = TemplateSet(sources).diagnostics
        #expect(forward == TemplateSet(sources.reversed()).diagnostics)
        #expect(
            forward.map(\.description) == [
                "T/a.mustache:2:1: warning: partial 'gone' does not exist; it renders as nothing",
                "T/b.mustache:2:1: error: closing tag 'x' has no open section to close",
                "T/c.mustache:1:1: error: section 'c' is never closed: add '{{/c}}' where it ends",
            ])
    }
}
