/// The page a static server shows for a missing file (`404.md`, template `404`).
public struct NotFoundPage: Sendable, Encodable {
    /// The page's title.
    public static let title = "Page not found"
    public var title: String
    public var home: Link
    public var trends: Link
    public var data: Link

    public init(map: SiteMap) {
        let linker = Linker(page: SiteMap.notFoundPath, map: map)
        title = Self.title
        home = linker.index
        trends = linker.trends
        data = linker.data
    }
}
