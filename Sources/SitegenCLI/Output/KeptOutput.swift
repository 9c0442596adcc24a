import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The old output kept, after a build that took most of its files from it, as the next
/// build's staging folder (`previous-output` in the build cache's folder), instead of
/// being deleted: a rebuild then neither links every unchanged file into an empty staging
/// folder nor deletes every file of the old output, but deletes and links only what
/// changed since the build before last. The kept folder shares its unchanged files with the
/// output (hard links), so it takes the room of the files the last build changed.
///
/// What the kept folder holds is never trusted: the next build renames it to its staging
/// folder (so a build killed from then on leaves only an abandoned staging folder, which
/// the next deletes) and brings it up to the old output file by file
/// (``LinkedAhead/link(_:from:into:)``), keeping a file only when it is the very file the
/// old output holds (the same inode), which is checked as any linked file is.
enum KeptOutput {
    /// The kept folder of the output folder `output`: `previous-output` in its build cache's folder.
    static func folder(of output: String) -> String { BuildCache.folder(of: output) + "/previous-output" }

    /// Whether an old output from which a build took `reused` of its `count` files is worth
    /// keeping: when at least half were taken, it shares at least half its files with the
    /// new output. (After a build that made most files afresh, the old output would double
    /// the room the site takes, for a next build that gains little from it.)
    static func isWorthKeeping(reused: Int, of count: Int) -> Bool { reused * 2 >= count }

    /// Renames the kept folder `kept` (if there is one) to `staging` when a previous build
    /// will bring it up to date (`used`); deletes it otherwise (it is stale). Whether
    /// `staging` is now the kept folder.
    static func take(_ kept: String?, as staging: String, whenUsed used: Bool) -> Bool {
        guard let kept else { return false }
        guard used else {
            OutputWriter.removeTree(kept)
            return false
        }
        return rename(kept, staging) == 0
    }

    /// Moves the old output, in `staging` after the exchange, to `kept`; false when it
    /// cannot (say, on another file system), for the caller to delete it.
    static func keep(_ staging: String, as kept: String) -> Bool {
        OutputWriter.removeTree(kept)
        let parent = (kept as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        return rename(staging, kept) == 0
    }
}
