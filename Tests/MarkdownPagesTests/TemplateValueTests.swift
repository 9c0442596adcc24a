import TestSupport
import Testing

@testable import MarkdownPages

/// What ``TemplateValueEncoder`` keeps of a view, and ``MustacheHTMLEscaping`` against Mustache's
/// own `HTML` escaping.
@Suite struct TemplateValueTests {
    typealias View = CompiledTemplateTests.View
    typealias Item = CompiledTemplateTests.Item

    /// The names of the fields of an object, in order.
    static func fieldNames(_ value: TemplateValue?, _ names: TemplateNames, _ all: [String]) -> [String] {
        guard case .object(let fields) = value else { return [] }
        return fields.map { field in all.first { names.number(of: $0) == field.name } ?? "?" }
    }

    @Test func objectsKeepOnlyTheNamesTheTemplatesRead() throws {
        let set = CompiledTemplateTests.set([
            "page": "{{title}} {{#region}}{{name}}{{/region}}{{#items}}{{note}}{{/items}}", "other": "{{count}}",
        ])
        let names = set.compiledNames
        let all = ["title", "region", "name", "items", "note", "count", "code", "flag", "rows"]
        #expect(all.filter { names.number(of: $0) != nil } == ["title", "region", "name", "items", "note", "count"])
        let value = try TemplateValueEncoder(names: names).value(of: View())
        #expect(Self.fieldNames(value, names, all) == ["title", "items", "note", "count", "region"])
        #expect(Self.fieldNames(value?.field(names.number(of: "region")!), names, all) == ["name"])
        guard case .list(let items) = value?.field(names.number(of: "items")!) else {
            Issue.record("items is not a list")
            return
        }
        #expect(items.map { Self.fieldNames($0, names, all) } == [["name"], ["name"]])
    }

    /// Objects of one type whose optionals are present in turn, and dictionaries whose keys
    /// come in any order and outnumber what a key order remembers, render as Mustache does.
    @Test func fieldsFoundInAnyOrder() throws {
        struct Page: Encodable {
            var items = (0..<6).map {
                Item(name: "n\($0)", rows: $0 % 3 == 0 ? [] : ["r\($0)"], note: $0 % 2 == 0 ? nil : "o\($0)")
            }
            var table = Dictionary(uniqueKeysWithValues: (0..<100).map { ("k\($0)", $0) })
            var note = "outer"
        }
        let page = try CompiledTemplateTests.rendered(
            ["page": "{{#items}}{{name}}:{{note}}:{{#rows}}{{.}}{{/rows}};{{/items}} {{table.k7}} {{table.k99}}"],
            view: Page())
        #expect(page == "n0:outer:;n1:o1:r1;n2:outer:r2;n3:o3:;n4:outer:r4;n5:o5:r5; 7 99")
    }

    /// Mustache's own `HTML` escaping of `text` (`{{t}}` in an HTML template).
    static func mustacheHTML(_ text: String) throws -> String {
        try htmlSet.renderWithMustache(["t": text] as [String: Any], template: "page.html")
    }
    static let htmlSet = CompiledTemplateTests.set(["page.html": "{{t}}"])

    static func escaped(_ text: String) -> String? {
        var output: [UInt8] = Array("before ".utf8)
        guard MustacheHTMLEscaping.append(text, to: &output) else {
            #expect(output == Array("before ".utf8))
            return nil
        }
        return String(decoding: output.dropFirst(7), as: UTF8.self)
    }

    @Test func htmlEscapingGivesMustachesBytesForEverySeedLine() throws {
        var lines = 0, accepted = 0, special = 0
        for (path, bytes) in SeedTexts.all {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let line = String(line)
                lines += 1
                guard let escaped = Self.escaped(line) else { continue }
                accepted += 1
                if escaped != line { special += 1 }
                #expect(try escaped == Self.mustacheHTML(line), "\(path): \(line)")
            }
        }
        // The seeds' `&`, `'` and `"` all stand between ASCII bytes: no line needs Mustache.
        #expect(lines > 1_000)
        #expect(accepted == lines)
        #expect(special > 150)
    }

    @Test func htmlEscapingDeclinesWhereCharactersJoin() throws {
        #expect(Self.escaped("Leeds & <York> \"PDU\" 'x'") == "Leeds &amp; &lt;York&gt; &quot;PDU&quot; &#39;x&#39;")
        #expect(Self.escaped("Café Rouge’s") == "Café Rouge’s")
        // `<` and a combining long solidus are one character to Mustache, which keeps it.
        for text in ["a <\u{338} b", "é&", "\u{600}<"] {
            #expect(Self.escaped(text) == nil, "\(text)")
        }
        #expect(try Self.mustacheHTML("a <\u{338} b") == "a <\u{338} b")
    }
}
