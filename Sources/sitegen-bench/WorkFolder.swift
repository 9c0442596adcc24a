import Foundation
import Glibc

/// The folder a run generates and builds in: a fresh temporary folder removed at the end,
/// or the `--keep` folder, kept. A kept folder is marked, so that a later run may empty it
/// again but never empties a folder it did not make.
struct WorkFolder {
    static let marker = ".sitegen-bench"
    let path: String
    let kept: Bool

    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    init(keep: String?) throws {
        let files = FileManager.default
        if let keep {
            let path = URL(fileURLWithPath: keep).standardizedFileURL.path
            let existing = (try? files.contentsOfDirectory(atPath: path)) ?? []
            if !existing.isEmpty {
                guard existing.contains(Self.marker) else {
                    throw Refusal(
                        description:
                            "'\(keep)' is not empty and was not made by sitegen-bench; give an empty or new folder")
                }
                for name in existing { try files.removeItem(atPath: path + "/" + name) }
            }
            try files.createDirectory(atPath: path, withIntermediateDirectories: true)
            _ = files.createFile(atPath: path + "/" + Self.marker, contents: nil)
            self.path = path
            kept = true
        } else {
            var template = Array((NSTemporaryDirectory() + "/sitegen-bench.XXXXXX").utf8CString)
            guard let made = mkdtemp(&template) else {
                throw Refusal(description: "cannot make a temporary folder: \(String(cString: strerror(errno)))")
            }
            path = URL(fileURLWithPath: String(cString: made)).standardizedFileURL.path
            kept = false
        }
    }

    /// A path inside the folder.
    func callAsFunction(_ relative: String) -> String { path + "/" + relative }

    /// Removes the folder unless it is kept.
    func finish() {
        if !kept { try? FileManager.default.removeItem(atPath: path) }
    }
}
