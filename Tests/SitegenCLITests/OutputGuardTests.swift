import Foundation
import Testing

@testable import SitegenCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 15 (4, 7, 8, 9): the output folder and its cache hold what the build says they
/// hold, whatever was done to them, and concurrent or unprivileged builds end clean.
@Suite struct OutputGuardTests {
    let cache = BuildCacheTests()

    private func isLink(_ path: String) -> Bool { FileReading.kind(path, following: false) == .link }

    @Test func aSymlinkedOutputFolderIsFollowedAndItsTargetReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Content/a.txt")
        try FileManager.default.createDirectory(atPath: folder.path + "/www", withIntermediateDirectories: true)
        // The target does not exist yet (a dangling link), then exists: both times it is written.
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Output", withDestinationPath: folder.path + "/www/site")
        for round in 1...2 {
            let (status, console) = run(["build", "--quiet"], in: folder, parsed: corpus(warnings: round))
            #expect(status == 0, "\(console.standardError)")
            #expect(isLink(folder.path + "/Output"), "the link is kept")
            #expect(folder.exists("www/site/index.html"))
            #expect(folder.exists("www/site/" + OutputWriter.markerName))
        }
        #expect(folder.entries().filter { $0.hasPrefix(".Output") } == [])
        #expect(
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/www")) ?? []).sorted() == ["site"])
    }

    @Test func aHandEditedManifestIsNotReplayed() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        let first = cache.build(folder)
        #expect(first.status == 0)
        let warning = try #require(
            first.console.standardError.split(separator: "\n").first { $0.contains(": warning: ") })
        let manifestPath = ".sitegen-cache/Output/manifest"
        let manifest = try #require(folder.read(manifestPath))
        #expect(manifest.contains(warning))
        // Line 3 is the summary, line 4 the number of diagnostic lines that follow.
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "3 warnings", with: "2 warnings")
        lines[3] = String(try #require(Int(lines[3])) - 1)
        lines.removeAll { $0 == warning }
        try folder.write(manifestPath, lines.joined(separator: "\n"))
        let second = cache.build(folder)
        #expect(second.status == 0)
        #expect(!second.console.standardOutput.contains("Up to date"))
        #expect(second.console.standardError.contains(warning))
        #expect(second.console.standardOutput.contains("3 warnings"))
    }

    @Test func anExtraFolderInTheOutputDoesNotSurviveTheNextBuild() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Output/extra/inner", withIntermediateDirectories: true)
        let second = cache.build(folder)
        #expect(second.status == 0)
        #expect(!second.console.standardOutput.contains("Up to date"))
        #expect(!folder.exists("Output/extra"))
    }

    @Test func anOutputFileReplacedByALinkIsNotCarriedIntoTheNextOutput() throws {
        let folder = try cache.project()
        defer { folder.remove() }
        #expect(cache.build(folder).status == 0)
        // The same bytes, but through a link: the digest matches, the kind does not.
        let page = folder.path + "/Output/pdus/leeds.html"
        try FileManager.default.moveItem(atPath: page, toPath: folder.path + "/leeds-copy.html")
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: folder.path + "/leeds-copy.html")
        let second = cache.build(folder)
        #expect(second.status == 0)
        #expect(!second.console.standardOutput.contains("Up to date"))
        #expect(FileReading.kind(page, following: false) == .file)
        #expect(folder.read("Output/pdus/leeds.html") == folder.read("leeds-copy.html"))
    }

    @Test func twoFirstBuildsAtOnceBothSucceed() throws {
        let sitegen = try #require(SitegenExecutable.url, "no sitegen executable beside the test bundle")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = [
            "build", "--content", repository + "/Content", "--templates", repository + "/Templates",
            "--output", folder.path + "/Output", "--quiet",
        ]
        let builds = try (1...2).map {
            try SitegenProcess.start(sitegen, arguments, in: folder, log: "stderr-\($0).txt")
        }
        for build in builds { build.waitUntilExit() }
        let errors = (1...2).map { folder.read("stderr-\($0).txt") ?? "" }
        #expect(builds.map(\.terminationStatus) == [0, 0], "\(errors)")
        #expect(!errors.joined().contains("Directory not empty"))
        #expect(folder.exists("Output/index.html"))
        #expect(folder.entries().filter { $0.hasPrefix(".Output") } == [])
    }

    /// As a user other than root (`nobody`, through `setpriv`, when the tests run as root),
    /// over an output made read-only: the old output swapped out must be deleted, not left.
    @Test func aReadOnlyOldOutputIsDeletedNotLeftBehind() throws {
        let sitegen = try #require(SitegenExecutable.url, "no sitegen executable beside the test bundle")
        let setpriv = "/usr/bin/setpriv"
        let asRoot = getuid() == 0
        try #require(
            !asRoot || FileManager.default.isExecutableFile(atPath: setpriv),
            "root without setpriv cannot test as another user")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(atPath: repository + "/Content", toPath: folder.path + "/Content")
        try FileManager.default.copyItem(atPath: repository + "/Templates", toPath: folder.path + "/Templates")
        // A copy of the executable, which `nobody` can run wherever the repository is.
        let executable = folder.path + "/bin/sitegen"
        try FileManager.default.createDirectory(atPath: folder.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sitegen.path, toPath: executable)
        if asRoot { #expect(shell("/bin/chown", ["-R", "nobody", folder.path]) == 0) }
        func build(_ extra: [String]) throws -> Int32 {
            let arguments = ["build", "--quiet"] + extra
            let process =
                asRoot
                ? try SitegenProcess.start(
                    URL(fileURLWithPath: setpriv),
                    [
                        "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                        executable,
                    ] + arguments, in: folder)
                : try SitegenProcess.start(URL(fileURLWithPath: executable), arguments, in: folder)
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try build([]) == 0, "\(SitegenProcess.errors(in: folder))")
        #expect(shell("/bin/chmod", ["-R", "a-w", folder.path + "/Output"]) == 0)
        #expect(try build(["--no-cache"]) == 0, "\(SitegenProcess.errors(in: folder))")
        #expect(folder.entries().filter { $0.hasPrefix(".Output") } == [], "the old output was left behind")
        #expect(!SitegenProcess.errors(in: folder).contains("sitegen: warning"))
        #expect(folder.exists("Output/index.html"))
    }

    private func shell(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
