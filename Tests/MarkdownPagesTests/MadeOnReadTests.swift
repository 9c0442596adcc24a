import ParallelWork
import Testing

@testable import MarkdownPages

/// A page's values hold only the names its template and its partials read (not every
/// template's), so that a ``MadeOnRead`` field another template shows is never made; where it
/// is read, every way of rendering sees the value as if it were stored.
@Suite struct MadeOnReadTests {
    /// A row, written by its own fields.
    struct Row: TemplateFields, Sendable {
        var name: String
        func writeTemplateFields(to object: inout TemplateObject) throws { object.add("name", name) }
    }

    /// A view whose rows are made on read, counting how often they are made.
    struct LazyView: TemplateFields, Sendable {
        var title = "Trends"
        var rows: MadeOnRead<[Row]>
        func writeTemplateFields(to object: inout TemplateObject) throws {
            object.add("title", title)
            try object.add("rows", rows)
        }
    }

    /// The same view with its rows stored (what the lazy one must render as).
    struct StoredView: Encodable {
        var title = "Trends"
        var rows = [Row(name: "Leeds"), Row(name: "York")]
    }

    static func lazyView(_ made: Locked<Int>) -> LazyView {
        LazyView(
            rows: MadeOnRead {
                made.withLock { $0 += 1 }
                return [Row(name: "Leeds"), Row(name: "York")]
            })
    }

    static let templates = [
        "trends": "# {{title}}\n{{>partials/notes}}",
        "partials/notes": "{{#title}}notes{{/title}}",
        "region-trends": "# {{title}}\n{{>partials/rows}}",
        "partials/rows": "{{#rows}}- {{name}}\n{{/rows}}",
    ]

    @Test func aTemplateThatNeverNamesTheFieldNeverMakesIt() throws {
        let set = CompiledTemplateTests.set(Self.templates)
        let made = Locked(0)
        let page = try set.render(Self.lazyView(made), template: "trends")
        #expect(page == "# Trends\nnotes\n")
        #expect(made.value == 0)
        // Every template's names still include `rows` (the region's partial reads it).
        #expect(set.compiledNames.number(of: "rows") != nil)
        #expect(set.namesByTemplate["trends"]?.number(of: "rows") == nil)
        #expect(set.namesByTemplate["trends"]?.number(of: "title") == set.compiledNames.number(of: "title"))
    }

    @Test func aTemplateWhosePartialNamesTheFieldMakesItOnceAsIfStored() throws {
        let set = CompiledTemplateTests.set(Self.templates)
        let made = Locked(0)
        let lazy = try set.render(Self.lazyView(made), template: "region-trends")
        #expect(lazy == "# Trends\n- Leeds\n- York\n")
        #expect(made.value == 1)
        #expect(try set.render(StoredView(), template: "region-trends") == lazy)
        // Mustache's snapshot and the `Encodable` form see the rows too.
        #expect(try set.renderWithMustache(Self.lazyView(made), template: "region-trends") == lazy)
        let names = set.namesByTemplate["region-trends"]!
        let written = try TemplateValueEncoder(names: names).value(of: Self.lazyView(made))
        let encoded = try TemplateValueEncoder(names: names, viewsWriteFields: false).value(of: Self.lazyView(made))
        let stored = try TemplateValueEncoder(names: names).value(of: StoredView())
        #expect(written == stored)
        #expect(encoded == stored)
    }

    /// The partials of partials count, and a missing partial ends the search.
    @Test func namesReadThroughNestedPartials() {
        let set = CompiledTemplateTests.set([
            "page": "{{>a}}", "a": "{{one}}{{>b}}{{>missing}}", "b": "{{#two}}{{three}}{{>c}}{{/two}}", "c": "{{.}}",
            "other": "{{four}}",
        ])
        #expect(set.diagnostics.count == 1)
        let names = set.namesByTemplate["page"]!
        #expect(["one", "two", "three"].allSatisfy { names.number(of: $0) == set.compiledNames.number(of: $0) })
        #expect(names.number(of: "four") == nil)
    }
}
