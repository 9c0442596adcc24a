import Foundation
import PageViews
import Testing

@testable import MarkdownPages

/// README.md's "Pages and templates" lists, for each view a template reads, its variables;
/// these tests hold that list to the view types' stored properties (what Mustache sees),
/// read with `Mirror` from the views of a site of the seeds.
@Suite struct TemplateVariablesDocTests {
    static let doc = TemplateVariablesDoc(
        readme: (try? String(
            contentsOf: SeedSite.repository.appendingPathComponent("README.md"), encoding: .utf8)) ?? "")
    /// The seeds with two partial texts, so that every view type has a value to read.
    static let site = Site(corpus: PartialInspectionPagesTests.corpus)
    /// Every page's view, then every value inside them, breadth first.
    static func values() -> [Any] {
        var values: [Any] = site.pages.map(\.view)
        var index = 0
        while index < values.count {
            values += Mirror(reflecting: values[index]).children.map { made($0.value) }
            index += 1
        }
        return values
    }

    /// The value of a ``MadeOnRead`` (what templates see), else `value`.
    static func made(_ value: Any) -> Any {
        (value as? any MadeOnReadValue)?.anyValue ?? value
    }

    /// `value` itself (a ``MadeOnRead``'s value), or the first element of an array or a present optional.
    static func firstElement(_ value: Any) -> Any {
        let value = made(value)
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional || mirror.displayStyle == .collection,
            let first = mirror.children.first
        else { return value }
        return firstElement(first.value)
    }

    /// The stored properties of ``firstElement(_:)`` of `value`; nil when it is no struct or class.
    static func properties(of value: Any) -> [(label: String, value: Any)]? {
        let mirror = Mirror(reflecting: firstElement(value))
        guard mirror.displayStyle == .struct || mirror.displayStyle == .class else { return nil }
        return mirror.children.compactMap { child in child.label.map { ($0, child.value) } }
    }

    /// The names of the stored properties of `value` and of every struct inside it.
    static func allNames(in value: Any) -> Set<String> {
        guard let properties = properties(of: value) else { return [] }
        return properties.reduce(into: Set(properties.map(\.label))) { $0.formUnion(allNames(in: $1.value)) }
    }

    /// Shapes documented once for all (`Link`, `SourcedValue`, `Image`), not where they are used.
    static let shapes: Set<String> = ["Link", "SourcedValue", "Image"]

    /// Every page's template is in the template table with its view's type, and has an entry.
    @Test func everyPageTemplateIsDocumentedWithItsView() throws {
        #expect(Self.doc.templates.count >= 10, "the template table of README.md was not found")
        for page in Self.site.pages {
            let view = String(describing: type(of: page.view))
            #expect(
                Self.doc.templates["\(page.template).mustache"] == view,
                "README.md's template table does not give \(view) for \(page.template).mustache")
            #expect(
                Self.doc.entries.contains { $0.name == page.template && $0.type == view },
                "README.md has no entry **`\(page.template)`** (`\(view)`): listing its variables")
        }
    }

    /// Each entry lists exactly its type's stored properties. The fields in parentheses after
    /// a variable may be the part its page's template uses (the trends page and a region's
    /// use different fields of `StandardsMatrix`), but each must be a stored property of that
    /// value or of a value inside it.
    @Test func documentedVariablesAreTheViewsStoredProperties() throws {
        // The shapes every page shares have entries of their own, which the parser must find.
        let shared: Set = [
            "InspectionView", "FindingsView", "PartialInspectionView", "PDUHeadline", "GroupHeadline",
            "InspectionRow", "RecommendationGroup",
        ]
        #expect(shared.subtracting(Self.doc.entries.map(\.type)).isEmpty, "README.md's entries were not all found")
        let values = Self.values()
        for entry in Self.doc.entries {
            let value = try #require(
                values.first { String(describing: type(of: $0)) == entry.type },
                "no \(entry.type) in the site (README.md entry \(entry.name))")
            let properties = try #require(Self.properties(of: value))
            let documented = entry.variables.map(\.name)
            let missing = properties.map(\.label).filter { !documented.contains($0) }
            let extra = documented.filter { name in !properties.contains { $0.label == name } }
            #expect(
                missing.isEmpty && extra.isEmpty,
                """
                README.md's \(entry.name) lists the variables of \(entry.type) wrongly: \
                missing \(missing), not in the view \(extra)
                """)
            for variable in entry.variables where !variable.fields.isEmpty {
                guard let property = properties.first(where: { $0.label == variable.name })?.value,
                    Self.properties(of: property) != nil
                else { continue }
                let fieldType = String(describing: type(of: Self.firstElement(property)))
                guard !Self.shapes.contains(fieldType) else { continue }
                let extraFields = variable.fields.subtracting(Self.allNames(in: property)).sorted()
                #expect(
                    extraFields.isEmpty,
                    """
                    README.md's \(entry.name) lists fields of \(entry.type).\(variable.name) (\(fieldType)) \
                    that it does not have: \(extraFields)
                    """)
            }
        }
    }
}
