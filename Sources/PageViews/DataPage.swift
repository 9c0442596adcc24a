import InspectionModel
import OpenData

/// The Data page (`data.md`, template `data`): every file of the open-data export with
/// what its records and columns mean, and the report texts the site was read from.
public struct DataPage: Sendable, Encodable {
    /// The page's title.
    public static let title = "Open data"
    public var title: String
    public var files: [File]
    /// Each report text: its page (a link target per line) and its plain file.
    public var sources: [Source]
    public var hasSources: Bool

    /// One file of the export.
    public struct File: Sendable, Encodable {
        public var file: Link
        /// `CSV` or `JSON`.
        public var format: String
        /// What one record is: `One row per inspection.`
        public var summary: String
        /// What a field is called: `Column` in a CSV file, `Member` in JSON.
        public var fieldKind: String
        public var fields: [DataDictionary.Field]
    }

    /// One report text.
    public struct Source: Sendable, Encodable {
        public var page: Link
        public var plainText: Link
    }

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.dataPath, map: map)
        title = Self.title
        files = DataDictionary.files.map { file in
            File(
                file: Link(text: file.path, href: linker.href(file.path)), format: file.format,
                summary: file.summary, fieldKind: file.format == "CSV" ? "Column" : "Member", fields: file.fields)
        }
        sources = map.sourcesByPage.map { text in
            Source(
                page: Link(text: text.name, href: linker.href(text.page)),
                plainText: Link(text: text.plainText, href: linker.href(text.plainText)))
        }
        hasSources = !sources.isEmpty
    }
}

/// A field as the Data page's template reads it (`{{name}}`, `{{meaning}}`), for the
/// compiled templates (`MarkdownPages`), which read `Encodable` views.
extension DataDictionary.Field: Encodable {
    private enum CodingKeys: String, CodingKey { case name, meaning }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(meaning, forKey: .meaning)
    }
}
