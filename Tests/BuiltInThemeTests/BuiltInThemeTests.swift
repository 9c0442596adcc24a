import BuiltInTheme
import Foundation
import TestSupport
import Testing

/// The built-in theme is the repository's Templates/ folder, byte for byte.
@Suite struct BuiltInThemeTests {
    static let templates = Repository.path("Templates")

    /// Every file of Templates/ (hidden ones skipped), by path inside it.
    static func templateFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let manager = FileManager.default
        for case let relative as String in manager.enumerator(atPath: templates)! {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: templates + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                files[relative] = [UInt8](manager.contents(atPath: templates + "/" + relative)!)
            }
        }
        return files
    }

    @Test func builtInThemeIsTemplatesByteForByte() {
        let onDisk = Self.templateFiles()
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltInTheme.files.map { ($0.path, $0.bytes) })
        #expect(onDisk.count >= 10)
        #expect(onDisk["layout.html.mustache"] != nil)
        let stale = Set(onDisk.keys).union(builtIn.keys).filter { onDisk[$0] != builtIn[$0] }.sorted()
        #expect(
            stale.isEmpty,
            "the built-in theme differs from Templates/ in \(stale); run 'make theme' and commit Sources/BuiltInTheme/BuiltInThemeFiles.swift"
        )
    }

    @Test func filesAreSortedByPath() {
        let paths = BuiltInTheme.files.map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}
