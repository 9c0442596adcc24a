import BuiltInTheme
import Foundation
import MarkdownHTML
import Testing

@testable import SitegenCLI

/// `sitegen init`, and building a site outside the repository with the built-in theme.
@Suite struct InitCommandTests {
    /// From an empty folder outside the repository: init, copy texts in, build; the site
    /// is the one the repository's build (with its Templates/) gives for the same texts.
    @Test func aNewSiteBuildsTheSameSiteAsTheRepository() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var (status, console) = sitegen(["init", "site"], in: folder.path)
        #expect(status == 0)
        #expect(console.standardOutput.contains("Started a site in 'site' (4 files)"))
        #expect(folder.files(under: "site") == [".gitattributes", ".gitignore", "Content/reports/README", "README.md"])
        let site = folder.path + "/site"
        for text in try FileManager.default.contentsOfDirectory(atPath: repository + "/Content/reports") {
            try FileManager.default.copyItem(
                atPath: repository + "/Content/reports/" + text,
                toPath: site + "/Content/reports/" + text)
        }
        (status, console) = sitegen(["build", "--no-cache"], in: site)
        #expect(status == 0)
        #expect(console.standardOutput.contains("6 inspections, 1 region"))  // the note was not read as a text
        (status, _) = sitegen(["build", "--no-cache", "--output", folder.path + "/repository-build"], in: repository)
        #expect(status == 0)
        let fromSite = tree(site + "/Output"), fromRepository = tree(folder.path + "/repository-build")
        #expect(fromSite.count > 40)
        #expect(fromSite.keys.sorted() == fromRepository.keys.sorted())
        #expect(fromSite.keys.filter { fromSite[$0] != fromRepository[$0] }.sorted() == [])
    }

    @Test func refusesToOverwriteAndNamesTheFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("README.md", "mine\n")
        let (status, console) = sitegen(["init"], in: folder.path)
        #expect(status == 1)
        #expect(
            console.standardError == """
                sitegen: error: 'README.md' already exists
                sitegen: error: nothing was written; move those files away or choose another folder

                """)
        #expect(folder.files(under: ".") == ["README.md"])
        #expect(folder.read("README.md") == "mine\n")
    }

    /// `--templates` copies the theme out; a file changed there overrides the built-in
    /// one, and the other files stay the built-in theme's.
    @Test func copiedTemplatesOverrideTheBuiltInThemeFileByFile() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        #expect(sitegen(["build", "--no-cache", "--quiet", "--output", "Plain"], in: folder.path).status == 0)
        #expect(sitegen(["init", "--templates"], in: folder.path).status == 0)
        let copied = tree(folder.path + "/Templates")
        #expect(copied.count == BuiltInTheme.files.count)
        for file in BuiltInTheme.files { #expect(copied[file.path] == Data(file.bytes), "\(file.path)") }
        // Keep only two edited files: the rest comes from the built-in theme.
        try FileManager.default.removeItem(atPath: folder.path + "/Templates")
        try folder.write("Templates/404.mustache", "# Lost\n\nNothing here.\n")
        try folder.write("Templates/assets/site.css", "body { color: black }\n")
        #expect(sitegen(["build", "--no-cache", "--quiet"], in: folder.path).status == 0)
        let plain = tree(folder.path + "/Plain"), themed = tree(folder.path + "/Output")
        #expect(folder.read("Output/404.md") == "# Lost\n\nNothing here.\n")
        #expect(folder.read("Output/assets/site.css") == "body { color: black }\n")
        #expect(themed.keys.filter { themed[$0] != plain[$0] }.sorted() == ["404.html", "404.md", "assets/site.css"])
    }

    @Test func aTemplatesFolderThatDoesNotExistIsBadUsage() throws {
        let folder = try siteWithTheSeeds()
        defer { folder.remove() }
        let (status, console) = sitegen(["build", "--templates", "theme"], in: folder.path)
        #expect(status == 2)
        #expect(console.standardError.contains("The templates folder 'theme' does not exist"))
    }

    @Test func versionNamesTheLinkedCmarkGFM() throws {
        let (status, console) = sitegen(["--version"], in: repository)
        #expect(status == 0)
        let cmark = CmarkVersion.string  // cmark_version_string() of the library linked in
        #expect(cmark.hasPrefix("0.") && cmark.contains(".gfm."))
        #expect(console.standardOutput == "sitegen \(SitegenVersion.number) (cmark-gfm \(cmark))\n")
    }

    @Test func helpAndCompletionDescribeTheCommands() throws {
        let help = sitegen(["--help"], in: repository)
        #expect(help.status == 0)
        for command in ["init", "check", "build", "diff"] {
            #expect(help.console.standardOutput.contains("  \(command) "))
        }
        #expect(sitegen(["build", "--help"], in: repository).console.standardOutput.contains("--watch"))
        #expect(sitegen(["diff", "--help"], in: repository).console.standardOutput.contains("--against <rev>"))
        let bash = sitegen(["--generate-completion-script", "bash"], in: repository)
        #expect(bash.status == 0)
        #expect(bash.console.standardOutput.contains("--against"))
        #expect(bash.console.standardOutput.contains("--watch"))
    }
}
