import Foundation

/// The disk's floor: the very files a full build wrote, copied by `cp -r` (a small C
/// program that does nothing but create folders and files and write their bytes) into the
/// work folder, the previous copy deleted just before, as each full build's output was (or
/// into a new folder, as the builds into new folders).
/// What it costs is the file system's cost of creating those files there: a build cannot
/// write them faster, whatever it does to make them.
struct FileFloor {
    let executable: String
    /// The folder holding the copy and the log.
    let work: String
    private var copy: String { work + "/copy" }

    /// Copies `site`'s folder once: after deleting the last copy, or into `name`, a new
    /// folder kept to the end (where no file was just deleted).
    func run(site: SiteFiles, into name: String? = nil) throws -> ChildProcess.Outcome {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let target = name.map { work + "/" + $0 } ?? copy
        if name == nil { try? FileManager.default.removeItem(atPath: copy) }
        let child = ChildProcess(
            executable: executable, arguments: ["-r", site.folder, target], standardError: work + "/cp.stderr")
        return try child.run()
    }
}
