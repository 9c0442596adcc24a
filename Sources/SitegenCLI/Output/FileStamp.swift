#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a regular file of the output: its device, inode, size and
/// modification time (to the nanosecond). The build cache records each file's stamp when
/// the file is written, so that the next build can tell the very same file, unchanged,
/// without reading it (see ``BuildCache/stamp(of:holding:)``); writing to a file changes its
/// time, and putting another file in its place its inode.
struct FileStamp: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the regular file at `path` (not following a last link); nil for
    /// anything else, or when it cannot be read.
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of the regular file `name` in the open folder `folder` (not following a
    /// link); nil for anything else, or when it cannot be read.
    init?(in folder: Int32, name: String) {
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of the open regular file `descriptor`.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of the open regular file `descriptor`, with the time its inode was last
    /// changed (by any write, rename or change of its times: a time no program can set
    /// back), from one `fstat`.
    static func withChangeTime(descriptor: Int32) -> (stamp: FileStamp, changed: (seconds: Int, nanoseconds: Int))? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, let stamp = FileStamp(status) else { return nil }
        #if canImport(Darwin)
        let changed = status.st_ctimespec
        #else
        let changed = status.st_ctim
        #endif
        return (stamp, (Int(changed.tv_sec), Int(changed.tv_nsec)))
    }

    private init?(_ status: stat) {
        guard status.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        #if canImport(Darwin)
        (seconds, nanoseconds) = (Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec))
        #else
        (seconds, nanoseconds) = (Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
        #endif
    }

    /// Whether the file was last changed before `other`'s file was.
    func isOlder(than other: FileStamp) -> Bool {
        (seconds, nanoseconds) < (other.seconds, other.nanoseconds)
    }

    /// Whether the file was last changed before `time` (seconds and nanoseconds since 1970).
    func isOlder(than time: (seconds: Int, nanoseconds: Int)) -> Bool {
        (seconds, nanoseconds) < time
    }

    /// The time before which a file's stamp is settled: two seconds before now, by the
    /// real-time clock. A file changed since then may be changed again without a new time
    /// (within its file system's clock tick, two seconds at the coarsest), so its stamp
    /// cannot tell the two versions apart; one changed before cannot keep its time.
    static func settledTime() -> (seconds: Int, nanoseconds: Int) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (Int(now.tv_sec) - 2, Int(now.tv_nsec))
    }

    /// `device:inode:size:seconds.nanoseconds`, as the manifest records it.
    var description: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``description``'s bytes to `bytes` (each number a small string: no allocation).
    func append(to bytes: inout [UInt8]) {
        bytes += String(device).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += String(inode).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += String(size).utf8
        bytes.append(UInt8(ascii: ":"))
        bytes += String(seconds).utf8
        bytes.append(UInt8(ascii: "."))
        bytes += String(nanoseconds).utf8
    }

    /// The stamp `description` wrote, as UTF-8; nil for anything else. Read digit by digit:
    /// a manifest holds thousands of stamps.
    init?(_ text: some Collection<UInt8>) {
        var numbers: [UInt64] = [0]
        var digits = 0
        var before1970 = false  // a time before 1970 has negative seconds
        let separators: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: ".")]
        for byte in text {
            if byte == UInt8(ascii: "-"), numbers.count == 4, digits == 0, !before1970 {
                before1970 = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let (times, overflow) = numbers[numbers.count - 1].multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                numbers[numbers.count - 1] = sum
                digits += 1
            } else {
                guard digits > 0, numbers.count < 5, byte == separators[numbers.count - 1] else { return nil }
                numbers.append(0)
                digits = 0
            }
        }
        guard numbers.count == 5, digits > 0, let size = Int(exactly: numbers[2]),
            let seconds = Int(exactly: numbers[3]),
            let nanoseconds = Int(exactly: numbers[4])
        else { return nil }
        (device, inode, self.size, self.seconds, self.nanoseconds) =
            (numbers[0], numbers[1], size, before1970 ? -seconds : seconds, nanoseconds)
    }
}
