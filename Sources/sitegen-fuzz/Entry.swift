import Foundation

#if FUZZING
/// libFuzzer's entry point (`make fuzz` builds with `-sanitize=fuzzer -DFUZZING`): a
/// broken invariant traps, and libFuzzer keeps the input that broke it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let violations = FuzzChecks.violations(bytes)
    if !violations.isEmpty { fatalError(violations.joined(separator: "\n")) }
    return 0
}
#else
/// Without libFuzzer: replays files (a corpus, a crash libFuzzer kept) through the same
/// checks, `swift run sitegen-fuzz Tests/Fuzz/corpus`; exits 1 if an invariant broke.
@main
enum Replay {
    static func main() {
        var broken = 0, checked = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                checked += 1
                for violation in FuzzChecks.violations([UInt8](data)) {
                    print("\(file): \(violation)")
                    broken += 1
                }
            }
        }
        print("\(checked) inputs checked, \(broken) broken invariants")
        exit(broken == 0 ? 0 : 1)
    }

    private static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter { !$0.hasSuffix("/.gitkeep") }
    }
}
#endif
