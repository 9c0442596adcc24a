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

    /// Appends ``description``'s bytes to `bytes` (each number as digits: no string made).
    func append(to bytes: inout [UInt8]) {
        bytes.appendDecimal(device)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendDecimal(inode)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendDecimal(size)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendDecimal(seconds)
        bytes.append(UInt8(ascii: "."))
        bytes.appendDecimal(nanoseconds)
    }

    /// The stamp `description` wrote, as UTF-8; nil for anything else. Read digit by digit,
    /// into no array: a manifest holds thousands of stamps.
    init?(_ text: some Collection<UInt8>) {
        // The four numbers read so far, the one being read, and how many of its digits.
        var (device, inode, size, seconds): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var (number, read, digits): (UInt64, Int, Int) = (0, 0, 0)
        var before1970 = false  // a time before 1970 has negative seconds
        for byte in text {
            if byte == UInt8(ascii: "-"), read == 3, digits == 0, !before1970 {
                before1970 = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let (times, overflow) = number.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                number = sum
                digits += 1
            } else {
                // `:` after each of the first three numbers, `.` after the fourth.
                guard digits > 0, read < 4, byte == (read < 3 ? UInt8(ascii: ":") : UInt8(ascii: ".")) else {
                    return nil
                }
                switch read {
                case 0: device = number
                case 1: inode = number
                case 2: size = number
                default: seconds = number
                }
                (number, read, digits) = (0, read + 1, 0)
            }
        }
        guard read == 4, digits > 0, let size = Int(exactly: size), let seconds = Int(exactly: seconds),
            let nanoseconds = Int(exactly: number)
        else { return nil }
        (self.device, self.inode, self.size, self.seconds, self.nanoseconds) =
            (device, inode, size, before1970 ? -seconds : seconds, nanoseconds)
    }
}
