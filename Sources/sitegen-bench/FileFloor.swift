import Foundation

/// The disk's floor: the very files a full build wrote, copied by `cp -r` (a small C
/// program that does nothing but create folders and files and write their bytes) into the
/// work folder, the previous copy deleted just before, as each full build's output was.
/// What it costs is the file system's cost of creating those files there: a build cannot
/// write them faster, whatever it does to make them.
struct FileFloor {
    let executable: String
    /// The folder holding the copy and the log.
    let work: String
    private var copy: String { work + "/copy" }

    /// Copies `site`'s folder once, after deleting the last copy.
    func run(site: SiteFiles) throws -> ChildProcess.Outcome {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: copy)
        let child = ChildProcess(
            executable: executable, arguments: ["-r", site.folder, copy], standardError: work + "/cp.stderr")
        return try child.run()
    }
}
