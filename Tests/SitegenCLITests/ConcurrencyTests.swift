import Foundation
import ParallelWork
import SourceAndOutput
import Testing

@testable import SitegenCLI

/// The lock-and-state box and the parallel map, and the file sinks the build's threads
/// share: every count exact, every result in order, however the threads interleave. (Run
/// under ThreadSanitizer in CI, with the suites named `Parallel` and `Cache`.)
@Suite struct ConcurrencyTests {
    @Test func theLockedValueCountsEveryIncrementFromEveryThread() {
        let total = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 1_000) { _ in total.withLock { $0 += 1 } }
        #expect(total.value == 1_000)
    }

    @Test func theParallelMapKeepsTheElementsOrder() {
        let numbers = Array(0..<500)
        #expect(numbers.parallelMap(.allCores) { $0 * $0 } == numbers.map { $0 * $0 })
        #expect(numbers.parallelMap(.serial) { $0 * $0 } == numbers.map { $0 * $0 })
    }

    /// `--serial` reaches the maps run on worker threads: the setting is a value handed
    /// down, not a task-local that worker threads do not see.
    @Test func aSerialMapInsideAMapRunsOneTransformAtATime() {
        let running = Locked((now: 0, most: 0))
        let serial = Parallelism.serial
        _ = Array(0..<8).parallelMap(serial) { outer in
            Array(0..<8).parallelMap(serial) { inner in
                running.withLock {
                    $0.now += 1; $0.most = max($0.most, $0.now)
                }
                defer { running.withLock { $0.now -= 1 } }
                return outer * inner
            }
        }
        #expect(running.value.most == 1)
        #expect(running.value.now == 0)
    }

    /// Work started on every core runs while its caller goes on: it waits here for a
    /// signal that the caller gives only once `start` has returned (a work run before
    /// `start` returns would time out and give -1), and every wait gives its result.
    @Test func startedWorkRunsWhileItsCallerGoesOn() {
        let callerWentOn = DispatchSemaphore(value: 0)
        let started = Parallelism.allCores.start { () -> Int in
            callerWentOn.wait(timeout: .now() + 20) == .success ? 42 : -1
        }
        callerWentOn.signal()
        #expect(started.wait() == 42)
        #expect(started.wait() == 42, "waited for again, the same result")
    }

    /// `--serial`: started work has run, on the caller's thread, before `start` returns.
    @Test func serialStartedWorkRunsAtOnceOnTheCallersThread() {
        let caller = pthread_self()
        let ran = Locked(false)
        let started = Parallelism.serial.start { () -> Bool in
            ran.withLock { $0 = true }
            return pthread_equal(pthread_self(), caller) != 0
        }
        #expect(ran.value, "run before start returned")
        #expect(started.wait())
    }

    /// Deferred work runs once: begun on another thread by `start` (here it waits for a
    /// signal given only after `start` returned, or gives -1), or, when nothing began it, on
    /// the thread that first waits for it; every wait, from any thread, gives the one result.
    @Test func deferredWorkRunsOnceWhereverItIsFirstAskedFor() {
        let runs = Locked(0)
        let callerWentOn = DispatchSemaphore(value: 0)
        let begun = Deferred { () -> Int in
            runs.withLock { $0 += 1 }
            return callerWentOn.wait(timeout: .now() + 20) == .success ? 42 : -1
        }
        begun.start(.allCores)
        begun.start(.allCores)  // begun already: nothing more
        callerWentOn.signal()
        #expect(Array(0..<8).parallelMap(.allCores) { _ in begun.wait() } == Array(repeating: 42, count: 8))
        #expect(runs.value == 1)

        let caller = pthread_self()
        let asked = Deferred { () -> Bool in
            runs.withLock { $0 += 1 }
            return pthread_equal(pthread_self(), caller) != 0
        }
        #expect(runs.value == 1, "not run before it is asked for")
        #expect(asked.wait(), "run on the thread that asked")
        asked.start(.allCores)  // done already: not run again
        #expect(asked.wait())
        #expect(runs.value == 2)

        let serial = Deferred { () -> Bool in pthread_equal(pthread_self(), caller) != 0 }
        serial.start(.serial)
        #expect(serial.wait(), "--serial: begun at once, on the caller's thread")
    }

    /// The old output's files whose parts were taken are closed when the staging folder is
    /// put in place, not left to the staged output's last release (closing an unlinked file
    /// frees its pages, on the thread that closes it).
    @Test func theOldFilesOfTakenPartsAreClosedAtTheCommit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let old = try folder.write("old.json", "{}\n")
        let staged = try StagedOutput(directory: folder.path + "/Out")
        weak var file: OpenFile?
        do {
            let opened = try #require(OpenFile(old))
            file = opened
            staged.recordedFiles.withLock { $0["data/old.json"] = .some(opened) }
        }
        #expect(file != nil, "kept open until the commit")
        try staged.commit()
        #expect(file == nil)
        #expect(staged.recordedFiles.value.isEmpty)
        withExtendedLifetime(staged) {}
    }

    /// Two steps run alongside each other: each one's result, the other run on another thread
    /// unless serial (then after the first, on the caller's thread).
    @Test func aStepRunAlongsideAnotherGivesBothResults() {
        let caller = pthread_self()
        let (first, second) = Parallelism.allCores.run({ 1 }, alongside: { pthread_equal(pthread_self(), caller) == 0 })
        #expect(first == 1)
        #expect(second, "on another thread")
        let order = Locked<[String]>([])
        let (_, serialSecond) = Parallelism.serial.run(
            { order.withLock { $0.append("work") } },
            alongside: {
                order.withLock { $0.append("other") }
                return pthread_equal(pthread_self(), caller) != 0
            })
        #expect(serialSecond, "on the caller's thread")
        #expect(order.value == ["work", "other"])
    }

    @Test func theStagedOutputRecordsEveryFileAddedFromManyThreads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staged = try StagedOutput(directory: folder.path + "/Out")
        let files = (0..<200).map {
            ExportFile(path: "pages/\($0 % 7)/page\($0).txt", text: String(repeating: "x", count: $0))
        }
        let failures = files.parallelMap(.allCores) { file in (try? staged.add(file)) == nil }
        #expect(!failures.contains(true))
        let written = staged.written
        #expect(written.count == 200)
        #expect(written.bytes == (0..<200).reduce(0, +))
        #expect(written.entries.count == 200)
        #expect(written.reused == 0)
        try staged.commit()
        #expect(folder.files(under: "Out").count == 201, "the files and the marker")
    }

    @Test func twoThreadsClaimingOnePathLeaveOneFileAndOneConflict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staged = try StagedOutput(directory: folder.path + "/Out")
        let outcomes = (0..<16).map { ExportFile(path: "same/path.txt", text: "\($0)") }.parallelMap(.allCores) {
            file in
            Result { try staged.add(file) }
        }
        let conflicts = outcomes.filter {
            if case .failure(let error as OutputWriter.Failure) = $0 {
                error == .conflictingPath("same/path.txt")
            } else {
                false
            }
        }
        #expect(conflicts.count == 15)
        #expect(staged.written.count == 1)
        staged.discard()
    }

    /// A seed text cut in 40 parts, put from many threads in reverse order: the file is
    /// written whole, in order, with its size and the digest of its parts (the check's
    /// digest is of its bytes, as the folder's files are digested).
    @Test func aFileMadeInPartsFromManyThreadsIsWrittenInOrder() throws {
        let bytes = Array(
            try #require(FileManager.default.contents(atPath: repository + "/Content/reports/york-2024.txt")))
        let cuts = (0...40).map { bytes.count * $0 / 40 }
        let parts = (0..<40).map { Array(bytes[cuts[$0]..<cuts[$0 + 1]]) }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staged = try StagedOutput(directory: folder.path + "/Out")
        let check = OutputCheck(directory: folder.path + "/Out")
        for sink in [staged, check] as [any FileSink] {
            let keys = parts.indices.map { $0 % 3 == 0 ? nil : ContentDigest("part \($0)") }
            let file = PartedFile(path: "data/york.txt", partKeys: keys, sink: sink, inputKey: nil)
            let failures = Array(parts.indices.reversed()).parallelMap(.allCores) {
                (try? file.put($0, .made(parts[$0]))) == nil
            }
            #expect(!failures.contains(true))
        }
        let written = staged.written
        #expect(written.count == 1)
        #expect(written.bytes == bytes.count)
        var parted = ContentDigest.Hasher()
        for part in parts { parted.combine(part: ContentDigest(part), size: part.count) }
        #expect(written.entries["data/york.txt"]?.digest == parted.finalize())
        // Each part with a key is recorded with its place in the file.
        #expect(
            written.parts["data/york.txt"]
                == parts.indices.filter { $0 % 3 != 0 }.map {
                    BuildCache.Part(
                        inputKey: ContentDigest("part \($0)"), digest: ContentDigest(parts[$0]), offset: cuts[$0],
                        size: parts[$0].count)
                })
        try staged.commit()
        #expect(FileManager.default.contents(atPath: folder.path + "/Out/data/york.txt").map(Array.init) == bytes)
        #expect(check.comparison().isUpToDate)
    }

    @Test func theOutputCheckKeepsTheDigestOfEveryFileAdded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let check = OutputCheck(directory: folder.path + "/Missing")
        let files = (0..<300).map { ExportFile(path: "f\($0).txt", text: "\($0)") }
        _ = files.parallelMap(.allCores) { try? check.add($0) }
        #expect(check.count == 300)
        let comparison = check.comparison()
        #expect(comparison.differences.count == 300)
        #expect(comparison.differences.allSatisfy { $0.change == .added })
    }
}
