import Foundation

/// `sitegen build --watch`: builds, then polls the inputs and builds again each time they
/// change. The polling and the pause come from outside, so tests drive the loop.
struct InputWatch {
    /// The state of the inputs; a build follows each change of it.
    var fingerprint: () -> InputFingerprint
    /// One build.
    var build: () -> Void
    /// Waits `seconds`; false to stop watching (the live one sleeps and never stops: Ctrl-C does).
    var pause: (_ seconds: Double) -> Bool
    /// Seconds between two looks at the inputs.
    var interval = 0.5

    /// Builds, then builds again after each change until `pause` says stop. The inputs are
    /// looked at before each build, so a change made while it runs brings another one.
    func run() {
        var last = fingerprint()
        build()
        while pause(interval) {
            let now = fingerprint()
            if now != last {
                last = now
                build()
            }
        }
    }
}

/// The path, size and modification time of every file under some folders, hidden ones
/// (an editor's swap files) left out as the build leaves them out.
struct InputFingerprint: Equatable {
    private var files: [String: [Double]] = [:]

    /// The files under `folders` (absolute paths); a missing folder has none.
    init(folders: [String]) {
        let manager = FileManager.default
        for folder in folders {
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = folder + "/" + relative
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                    attributes[.type] as? FileAttributeType != .typeDirectory
                else { continue }
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                files[path] = [size, modified]
            }
        }
    }
}
