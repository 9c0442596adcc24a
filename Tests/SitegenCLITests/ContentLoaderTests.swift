import Foundation
import SourceAndOutput
import Testing

@testable import SitegenCLI

@Suite struct ContentLoaderTests {
    @Test func readsTextAndMarkdownRecursivelyInByteOrderSkippingHidden() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/reports/leeds-2024.txt", "Leeds")
        try folder.write("Content/reports/derby-city-2025.txt", "Derby")
        try folder.write("Content/notes.md", "Notes")
        try folder.write("Content/Zebra.TXT", "Zebra")
        try folder.write("Content/a-b.txt")
        try folder.write("Content/a/b.txt")
        try folder.write("Content/.hidden.txt")
        try folder.write("Content/.git/config.txt")
        try folder.write("Content/report.pdf")
        try folder.write("Content/README")
        try folder.write("elsewhere.txt")

        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(
            result.sources.map(\.path) == [
                "Content/Zebra.TXT",  // 'Z' (0x5A) sorts before lower case
                "Content/a-b.txt",  // '-' (0x2D) before '/' (0x2F)
                "Content/a/b.txt",
                "Content/notes.md",
                "Content/reports/derby-city-2025.txt",
                "Content/reports/leeds-2024.txt",
            ])
        #expect(result.sources.first { $0.path.hasSuffix("leeds-2024.txt") }?.bytes == Array("Leeds".utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.documentCount == 6)
    }

    @Test func pathsAreRelativeToTheCurrentDirectoryWhenInsideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("site/Content/x.txt")
        let fromAbsolute = ContentLoader.load(
            directory: folder.path + "/site/Content/", currentDirectory: folder.path + "/site")
        #expect(fromAbsolute.sources.map(\.path) == ["Content/x.txt"])
        let fromDotted = ContentLoader.load(directory: "./Content/../Content", currentDirectory: folder.path + "/site")
        #expect(fromDotted.sources.map(\.path) == ["Content/x.txt"])
        let fromInside = ContentLoader.load(directory: ".", currentDirectory: folder.path + "/site/Content")
        #expect(fromInside.sources.map(\.path) == ["x.txt"])
    }

    @Test func pathsOutsideTheCurrentDirectoryAreKeptAsGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("data/Content/x.txt")
        try FileManager.default.createDirectory(atPath: folder.path + "/work", withIntermediateDirectories: true)
        let absolute = ContentLoader.load(
            directory: folder.path + "/data/Content", currentDirectory: folder.path + "/work")
        #expect(absolute.sources.map(\.path) == [folder.path + "/data/Content/x.txt"])
        let relative = ContentLoader.load(directory: "../data/Content/", currentDirectory: folder.path + "/work")
        #expect(relative.sources.map(\.path) == ["../data/Content/x.txt"])
    }

    @Test func unreadableFileBecomesAnErrorDiagnostic() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/good.txt", "good")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Content/broken.txt",
            withDestinationPath: folder.path + "/nowhere.txt")
        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(result.sources.map(\.path) == ["Content/good.txt"])
        #expect(result.documentCount == 2)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "Content/broken.txt", line: 1, column: 1))
        #expect(diagnostic.description.hasPrefix("Content/broken.txt:1:1: error: cannot read file"))
    }

    @Test func followsLinkedFoldersWithoutLooping() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/x.txt")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Content/loop",
            withDestinationPath: folder.path + "/Content")
        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(result.sources.map(\.path) == ["Content/x.txt"])
    }
}
