import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when
/// the last reference to it goes (or earlier by `remove()`). Keep the value in a variable
/// for as long as its path is used.
public final class TemporaryFolder: Sendable {
    /// The folder's absolute path, without a trailing slash.
    public let path: String

    public init() throws {
        var base = FileManager.default.temporaryDirectory.path
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        path = base + "/sitegen-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The folder `.build/test-scratch/<name>` of the repository, emptied: for a folder held
    /// in a `static` (never released, so never removed), which the next run then reuses
    /// instead of leaving one more folder behind.
    public init(scratch name: String) throws {
        path = Repository.path(".build/test-scratch/" + name)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// Writes a text file at a path relative to the folder, creating its folders; its full path.
    @discardableResult
    public func write(_ relative: String, _ text: String = "text\n") throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// The text of a file relative to the folder; nil when it cannot be read.
    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    /// Every file under a subfolder (hidden ones included), relative to it, sorted.
    public func files(under relative: String) -> [String] {
        let root = path + "/" + relative
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        return e.compactMap { $0 as? String }.filter { item in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// The names in the folder itself, sorted.
    public func entries() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    /// Removes the folder and everything in it now (also done when the value goes).
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
