import Foundation
import SourceAndOutput
import Testing

@testable import SitegenCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 15 (3, 10, 11): paths, links, special files and URLs that must be refused or
/// skipped with a message that says what happened.
@Suite struct HostileInputTests {
    private func link(_ folder: TemporaryFolder, _ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/" + relative, withDestinationPath: destination)
    }

    @Test func anOutputReachingTheContentThroughALinkIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/reports/a.txt")
        try link(folder, "CL", to: folder.path + "/Content")
        let (status, console) = run(["build", "--output", "CL/reports/site"], in: folder, parsed: corpus())
        #expect(status == 2)
        #expect(console.standardError.contains("must not be, contain, or lie inside the content folder 'Content'"))
        #expect(folder.files(under: "Content") == ["reports/a.txt"])
    }

    @Test func anOutputInsideTheTemplatesAssetsIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        for output in ["Templates/assets/site", "Templates"] {
            let (status, console) = run(["build", "--output", output], in: folder, parsed: corpus())
            #expect(status == 2, "\(output)")
            #expect(console.standardError.contains("the templates folder 'Templates'"), "\(output)")
        }
        #expect(!folder.exists("Templates/assets/site"))
    }

    @Test func aBaseURLWithCredentialsIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        for url in ["https://user:pw@example.org/", "http://user@example.org", "https://:secret@example.org/site"] {
            let (status, console) = run(["build", "--base-url", url], in: folder, parsed: corpus())
            #expect(status == 2)
            #expect(console.standardError.contains("must not hold a user name or password"))
            #expect(!console.standardError.contains("pw"))
        }
        #expect(!folder.exists("Output"))
    }

    @Test func contentLinksLeadingOutsideTheContentAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        try folder.write("elsewhere/secret.txt")
        try link(folder, "Content/root", to: "/")
        try link(folder, "Content/elsewhere", to: folder.path + "/elsewhere")
        try link(folder, "Content/inside", to: folder.path + "/Content")
        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(result.sources.map(\.path) == ["Content/a.txt"])
        #expect(
            result.diagnostics.map(\.description)
                == [
                    "Content/elsewhere:1:1: warning: the symbolic link leads outside '\(Paths.resolved(folder.path + "/Content"))' "
                        + "(to '\(Paths.resolved(folder.path + "/elsewhere"))'); not followed",
                    "Content/inside:1:1: warning: the symbolic link leads back to a folder already read (a loop); not followed",
                    "Content/root:1:1: warning: the symbolic link leads outside '\(Paths.resolved(folder.path + "/Content"))' (to '/'); not followed",
                ].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.sorted())
    }

    @Test func assetLinksLeadingOutsideTheTemplatesAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Templates/assets/site.css", "body {}")
        try folder.write("Templates/images/logo.svg", "<svg/>")
        try link(folder, "Templates/assets/etc", to: "/etc")
        try link(folder, "Templates/assets/images", to: folder.path + "/Templates/images")
        let loaded = AssetLoader.load(templatesDirectory: "Templates", currentDirectory: folder.path)
        #expect(loaded.files.map(\.path).sorted() == ["assets/images/logo.svg", "assets/site.css"])
        #expect(loaded.diagnostics.map(\.location.file) == ["Templates/assets/etc"])
        #expect(loaded.diagnostics.first?.message.contains("leads outside") == true)
    }

    @Test func aSymbolicLinkLoopIsNamedAsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        try link(folder, "Content/loop.txt", to: folder.path + "/Content/loop2.txt")
        try link(folder, "Content/loop2.txt", to: folder.path + "/Content/loop.txt")
        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(result.sources.map(\.path) == ["Content/a.txt"])
        #expect(
            result.diagnostics.map(\.description) == [
                "Content/loop.txt:1:1: warning: the symbolic link cannot be followed: Too many levels of symbolic links",
                "Content/loop2.txt:1:1: warning: the symbolic link cannot be followed: Too many levels of symbolic links",
            ])
    }

    @Test func aFIFOIsSkippedWithAWarningNotRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        #expect(mkfifo(folder.path + "/Content/pipe.txt", 0o644) == 0)
        // Would block if it opened the FIFO.
        let result = ContentLoader.load(directory: "Content", currentDirectory: folder.path)
        #expect(result.sources.map(\.path) == ["Content/a.txt"])
        #expect(
            result.diagnostics.map(\.description)
                == ["Content/pipe.txt:1:1: warning: a FIFO (named pipe) is not a regular file; skipped"])
    }

    @Test func aNewlineInAFileNameIsQuotedInDiagnostics() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/bad\nname.txt", "Not a report at all.\n")
        let (status, console) = run(["build", "--quiet", "--no-cache"], in: folder)
        #expect(status == 0)
        let lines = console.standardError.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("\"Content/bad\\nname.txt\":") }, "\(lines)")
        #expect(SourceLocation(file: "a\u{202E}b\"c.txt", line: 2).description == "\"a\\u{202E}b\\\"c.txt\":2:1")
        #expect(SourceLocation(file: "plain name.txt", line: 2).description == "plain name.txt:2:1")
    }
}
