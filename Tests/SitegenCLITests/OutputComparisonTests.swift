import Foundation
import SourceAndOutput
import Testing

@_spi(Testing) @testable import SitegenCLI

@Suite struct OutputComparisonTests {
    private let site = [
        ExportFile(path: "index.html", text: "<h1>Home</h1>"),
        ExportFile(path: "pdus/leeds.html", text: "Leeds"),
        ExportFile(path: "data/inspections.json", text: "[]"),
    ]

    /// A folder holding `files` as a build wrote them, marker included.
    private func written(_ files: [ExportFile]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try OutputWriter.commit(files, to: folder.path + "/Output")
        return folder
    }

    @Test func aFolderTheBuildJustWroteIsUpToDate() throws {
        let folder = try written(site)
        defer { folder.remove() }
        let comparison = OutputComparison.compare(site, with: folder.path + "/Output")
        #expect(comparison.isUpToDate)
        #expect(comparison.differences.isEmpty)
        #expect(comparison.lines.isEmpty)
    }

    @Test func oneChangedFile() throws {
        let folder = try written(site)
        defer { folder.remove() }
        var files = site
        files[1].contents = Array("Leeds, updated".utf8)
        let comparison = OutputComparison.compare(files, with: folder.path + "/Output")
        #expect(!comparison.isUpToDate)
        #expect(comparison.differences == [.init(path: "pdus/leeds.html", change: .changed)])
        #expect(comparison.lines == ["changed  pdus/leeds.html"])
    }

    @Test func addedAndRemovedFiles() throws {
        let folder = try written(site + [ExportFile(path: "old.md", text: "old")])
        defer { folder.remove() }
        let comparison = OutputComparison.compare(
            site + [ExportFile(path: "data.html", text: "new")],
            with: folder.path + "/Output")
        #expect(comparison.lines == ["added    data.html", "removed  old.md"])
    }

    @Test func nestedFoldersAreComparedFileByFile() throws {
        let folder = try written(
            site + [
                ExportFile(path: "a/b/c/deep.txt", text: "1"),
                ExportFile(path: "a/b/gone.txt", text: "2"),
            ])
        defer { folder.remove() }
        let files =
            site + [ExportFile(path: "a/b/c/deep.txt", text: "one"), ExportFile(path: "a/new/x.txt", text: "x")]
        #expect(
            OutputComparison.compare(files, with: folder.path + "/Output").lines == [
                "changed  a/b/c/deep.txt", "removed  a/b/gone.txt", "added    a/new/x.txt",
            ])
    }

    @Test func aMissingFolderMeansEveryFileIsAdded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let comparison = OutputComparison.compare(site, with: folder.path + "/Output")
        #expect(
            comparison.differences == [
                .init(path: "data/inspections.json", change: .added),
                .init(path: "index.html", change: .added),
                .init(path: "pdus/leeds.html", change: .added),
            ])
    }

    @Test func theMarkerFileIsIgnored() throws {
        let folder = try written(site)
        defer { folder.remove() }
        try folder.write("Output/.sitegen-output", "edited by hand")
        #expect(OutputComparison.compare(site, with: folder.path + "/Output").isUpToDate)
        try FileManager.default.removeItem(atPath: folder.path + "/Output/.sitegen-output")
        #expect(OutputComparison.compare(site, with: folder.path + "/Output").isUpToDate)
    }

    @Test func emptyFoldersAreIgnored() throws {
        let folder = try written(site)
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Output/empty/inner",
            withIntermediateDirectories: true)
        #expect(OutputComparison.compare(site, with: folder.path + "/Output").isUpToDate)
    }

    @Test func symbolicLinksAreNotFollowed() throws {
        let folder = try written(site)
        defer { folder.remove() }
        let output = folder.path + "/Output"
        let fm = FileManager.default
        try fm.removeItem(atPath: output + "/index.html")
        try folder.write("elsewhere/index.html", "<h1>Home</h1>")
        try fm.createSymbolicLink(
            atPath: output + "/index.html", withDestinationPath: folder.path + "/elsewhere/index.html")
        try fm.createSymbolicLink(atPath: output + "/linked", withDestinationPath: folder.path + "/elsewhere")
        try fm.createSymbolicLink(atPath: output + "/dangling", withDestinationPath: folder.path + "/nowhere")
        #expect(
            OutputComparison.compare(site, with: output).lines == [
                "removed  dangling", "changed  index.html", "removed  linked",
            ])
    }

    @Test func unreadableEntriesAreChangedOrRemoved() {
        let listing: [String: OutputListing.Entry] = [
            "index.html": .unreadable, "pdus": .unreadable, "secret": .unreadable,
            "data/inspections.json": .file(ContentDigest(Array("[]".utf8))),
        ]
        #expect(
            OutputComparison.compare(site, with: listing).lines == [
                "changed  index.html", "changed  pdus/leeds.html", "removed  secret",
            ])
    }

    @Test func differencesAreSortedByPathInUTF8Order() {
        let comparison = OutputComparison(differences: [
            .init(path: "b", change: .added), .init(path: "B", change: .removed),
            .init(path: "é", change: .changed), .init(path: "a/b", change: .added), .init(path: "a-b", change: .added),
        ])
        #expect(comparison.differences.map(\.path) == ["B", "a-b", "a/b", "b", "é"])
    }

    /// The digest of a seed text given in pieces of every size from 1 to 17 bytes (so
    /// that pieces end inside and at the end of 8-byte words) is the digest of the whole.
    @Test func aDigestOfPiecesIsTheDigestOfTheWhole() throws {
        let bytes = Array(
            try #require(FileManager.default.contents(atPath: repository + "/Content/reports/leeds-2024.txt")))
        let whole = ContentDigest(bytes)
        for size in 1...17 {
            var hasher = ContentDigest.Hasher()
            for start in stride(from: 0, to: bytes.count, by: size) {
                hasher.combine(Array(bytes[start..<min(start + size, bytes.count)]))
            }
            #expect(hasher.finalize() == whole, "pieces of \(size) bytes")
        }
        #expect(ContentDigest(file: repository + "/Content/reports/leeds-2024.txt") == whole, "read in pieces")
        #expect(ContentDigest(file: repository + "/Content/reports") == nil, "a folder")
        #expect(ContentDigest(Array(bytes.dropLast())) != whole)
        #expect(ContentDigest(bytes + [0]) != whole, "a zero byte more is another digest")
    }

    @Test func ancestorsOfAPath() {
        #expect(OutputComparison.ancestors(of: "a/b/c.html") == ["a", "a/b"])
        #expect(OutputComparison.ancestors(of: "c.html") == [])
    }
}
