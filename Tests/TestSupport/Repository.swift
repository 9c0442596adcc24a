import Foundation

/// The repository the tests run from (found from this file's path), and its files.
public enum Repository {
    /// The repository's root folder, without a trailing slash.
    public static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The absolute path of a repository-relative path.
    public static func path(_ relative: String) -> String { path + "/" + relative }

    /// The bytes of a repository file; empty when it cannot be read.
    public static func bytes(_ relative: String) -> [UInt8] {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) } ?? []
    }
}

/// The real report texts of the example site, `Content/reports/*.txt` (the seeds), read
/// from the repository.
public enum SeedTexts {
    /// The seeds' folder, relative to the repository.
    public static let folder = "Content/reports"

    /// Every seed, by its repository-relative path (`Content/reports/…`), sorted by name.
    public static let paths: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.path(folder))) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }()

    /// Every seed as (repository-relative path, bytes), sorted by path.
    public static var all: [(path: String, bytes: [UInt8])] { paths.map { ($0, Repository.bytes($0)) } }
}
