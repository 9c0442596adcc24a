/// One template file as the CLI read it: `TemplateSet` parses it, the CLI does the I/O.
public struct TemplateSource: Hashable, Sendable {
    /// How pages and partials refer to the template: its path under the templates folder
    /// without `.mustache`, e.g. `pdu` or `partials/ratings-table` (`{{> partials/ratings-table}}`).
    public var name: String
    /// The path shown in diagnostics, e.g. `Templates/partials/ratings-table.mustache`.
    public var path: String
    /// The template text (Mustache producing Markdown). `\r\n` and `\r` line endings are read
    /// as `\n`.
    public var text: String

    /// - Parameters:
    ///   - name: how pages and partials refer to the template (see ``name``).
    ///   - path: the path shown in diagnostics.
    ///   - text: the template text.
    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}
