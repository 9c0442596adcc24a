import Foundation
import Testing

@testable import SitegenCLI

/// A stamp as the manifest writes it (`device:inode:size:seconds.nanoseconds`) is read back
/// as the same stamp, a time before 1970 too; anything else is no stamp.
@Suite struct FileStampTests {
    @Test func everyStampOfABuildIsReadBackAsWritten() throws {
        let folder = try BuildCacheTests().project()
        defer { folder.remove() }
        #expect(BuildCacheTests().build(folder).status == 0)
        let cache = try #require(BuildCache.load(for: folder.path + "/Output"))
        let stamps = cache.entries.values.compactMap(\.stamp) + cache.texts.values.map(\.stamp)
        #expect(stamps.count > 60)
        for stamp in stamps {
            #expect(FileStamp(stamp.description.utf8) == stamp, "\(stamp.description)")
        }
        // A text last changed before 1970.
        let path = try folder.write("old.txt", "old\n")
        let times = [timespec(tv_sec: -86_400 * 365, tv_nsec: 250)]
        #expect(utimensat(AT_FDCWD, path, times + times, 0) == 0)
        let old = try #require(FileStamp(path: path))
        #expect(old.seconds < 0 && old.description.contains(":-"))
        #expect(FileStamp(old.description.utf8) == old)
    }

    @Test(arguments: [
        "", "1:2:3:4", "1:2:3:4.", "1:2:3.4", "a:2:3:4.5", "1:2:3:4.5.6", "1::3:4.5", "1:2:-3:4.5", "1:2:3:--4.5",
        "1:2:3:4.-5", " 1:2:3:4.5", "1:2:3:4.5 ", "99999999999999999999:2:3:4.5", "1:2:3:4:5",
    ])
    func anythingElseIsNoStamp(text: String) {
        #expect(FileStamp(text.utf8) == nil)
    }
}
