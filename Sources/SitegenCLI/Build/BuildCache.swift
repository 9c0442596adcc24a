import Foundation
import OpenData
import ParallelWork

/// What the last complete build of an output folder made, kept beside it in
/// `.sitegen-cache/<output name>/` so that the next build can skip what did not change.
///
/// - The **build key** is the digest of everything a build reads: the sitegen executable
///   itself, the options that change the output, and the paths and bytes of every content
///   text, template and asset. File times are never used. When the key is the one recorded
///   and the output folder still holds exactly the recorded files (checked by ``stamp(of:holding:)``), the
///   build has nothing to do (``isUpToDate(_:key:)``): it prints the recorded report again.
/// - Each recorded file has an **input key** (for an HTML page, the digest of its Markdown,
///   its frame and the key of the templates; for any other file, the digest of its bytes)
///   and the digest of its bytes. A later build whose page has the same input key takes the
///   file from the old output (hard-linked, after checking it: ``stamp(of:holding:)``) instead
///   of converting it again (``StagedOutput/reuse(_:inputKey:)``).
///
/// - A file made in parts (``PartedFile``) also has, for each part, its input key, the
///   digest of its bytes, and where they are in the file (`part` lines): a later build
///   whose part has the same input key takes those bytes from the old file instead of
///   making the part, after checking them (by the file's stamp, else their digest). Such a
///   file's own digest is made of its parts' digests and sizes, and checked part by part.
///
/// - Each content text's stamp, digest and size (`text` lines, ``TextFile/Record``), by the
///   path it is read from: the next build takes the digest of a text whose stamp is the
///   recorded one without reading it (by the rule for output files, ``isRecorded(_:as:)``).
///
/// - The stamp of the models file (``ParsedModels``) as the build left it (a `models` line):
///   the next build takes its entries without digesting them again while it has that stamp.
///
/// The cache only ever saves work: a build whose cache is missing, stale or damaged does
/// the work again, and the output is the same bytes either way.
struct BuildCache: Sendable {
    /// One file of the output.
    struct Entry: Hashable, Sendable {
        var inputKey: ContentDigest
        var digest: ContentDigest
        var size: Int
        /// The file's stamp once written, if known.
        var stamp: FileStamp?
    }

    /// One part of a file made in parts: its bytes are `size` bytes from `offset` in the file.
    struct Part: Hashable, Sendable {
        var inputKey: ContentDigest
        var digest: ContentDigest
        var offset: Int
        var size: Int
    }

    var buildKey: ContentDigest
    /// What the build printed to standard error (the diagnostics, one per line), and its summary.
    var diagnostics: String
    var summary: String
    /// Every file of the output but the marker, by path.
    var entries: [String: Entry]
    /// The parts of each file made in parts (with an input key), in order, by path.
    var parts: [String: [Part]] = [:]
    /// What the build knew of each content text, by the path it is read from.
    var texts: [String: TextFile.Record] = [:]
    /// The stamp of the models file once the build had recorded the parsed documents in it.
    var models: FileStamp?
    /// The stamp of the manifest this cache was loaded from (nil for a cache not yet saved).
    var manifestStamp: FileStamp?

    static let formatLine = "sitegen build cache 5"

    /// The cache folder of the output folder `output`: `.sitegen-cache/Output` beside it.
    static func folder(of output: String) -> String {
        let target = Paths.standardize(output)
        return (target as NSString).deletingLastPathComponent + "/.sitegen-cache/"
            + (target as NSString).lastPathComponent
    }

    /// The cache recorded for `output`; nil when there is none or it cannot be read.
    /// A manifest whose last line is not the digest of the rest (`check <digest>`) was
    /// edited or damaged, and is not used.
    static func load(for output: String) -> BuildCache? {
        let path = folder(of: output) + "/manifest"
        guard let manifestStamp = FileStamp(path: path), case .success(let file) = FileReading.contents(of: path)
        else { return nil }
        return file.withUnsafeBufferPointer { parse($0, manifestStamp: manifestStamp) }
    }

    /// The cache a manifest's bytes record (``load(for:)``); nil when they are not one.
    /// Read and checked as bytes, in place (``ManifestReader``): `Character`s, or an array
    /// per line, over a megabyte of lines are slow.
    static func parse(_ file: UnsafeBufferPointer<UInt8>, manifestStamp: FileStamp?) -> BuildCache? {
        let newline = UInt8(ascii: "\n")
        guard file.last == newline, let checkStart = file.dropLast().lastIndex(of: newline).map({ $0 + 1 }),
            file[checkStart...].elementsEqual(
                checkLine(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: file[..<checkStart]))))
        else { return nil }
        var lines = ManifestReader(UnsafeBufferPointer(rebasing: file[..<checkStart]))
        guard let format = lines.line(), format.elementsEqual(formatLine.utf8),
            let keyLine = lines.line(), let buildKey = ContentDigest(hex: keyLine),
            let summary = lines.line(), let countLine = lines.line(), let count = number(countLine),
            let diagnosticLines = lines.lines(count)
        else { return nil }
        // The diagnostics' lines as they stand in the manifest, taken as one string.
        let diagnostics = count == 0 ? "" : string(diagnosticLines) + "\n"
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(file.count / 150)
        var parts: [String: [Part]] = [:]
        var texts: [String: TextFile.Record] = [:]
        var models: FileStamp?
        while let line = lines.line() {
            if line.isEmpty { continue }
            if line.starts(with: Self.modelsPrefix.utf8) {
                guard let stamp = FileStamp(line.dropFirst(Self.modelsPrefix.utf8.count)) else { return nil }
                models = stamp
                continue
            }
            if line.starts(with: Self.partPrefix.utf8) {
                guard let (path, part) = Self.part(line.dropFirst(Self.partPrefix.utf8.count)) else { return nil }
                parts[path, default: []].append(part)
                continue
            }
            if line.starts(with: Self.textPrefix.utf8) {
                guard let (path, text) = Self.text(line.dropFirst(Self.textPrefix.utf8.count)) else { return nil }
                texts[path] = text
                continue
            }
            var fields = ManifestReader.Fields(line)
            guard let inputKey = fields.next().flatMap(ContentDigest.init(hex:)),
                let digest = fields.next().flatMap(ContentDigest.init(hex:)),
                let size = fields.next().flatMap(number), let stamp = fields.next(), let path = fields.rest()
            else { return nil }
            entries[string(path)] = Entry(inputKey: inputKey, digest: digest, size: size, stamp: FileStamp(stamp))
        }
        return BuildCache(
            buildKey: buildKey, diagnostics: diagnostics, summary: string(summary), entries: entries, parts: parts,
            texts: texts, models: models, manifestStamp: manifestStamp)
    }

    /// What starts the line of a part, of a text and of the models file (an entry's line
    /// starts with a digest).
    private static let (partPrefix, textPrefix, modelsPrefix) = ("part ", "text ", "models ")

    /// The path and part a part's line (without its prefix) gives; nil for anything else.
    private static func part(_ line: ManifestReader.Bytes) -> (String, Part)? {
        var fields = ManifestReader.Fields(line)
        guard let inputKey = fields.next().flatMap(ContentDigest.init(hex:)),
            let digest = fields.next().flatMap(ContentDigest.init(hex:)),
            let offset = fields.next().flatMap(number), let size = fields.next().flatMap(number),
            let path = fields.rest()
        else { return nil }
        return (string(path), Part(inputKey: inputKey, digest: digest, offset: offset, size: size))
    }

    /// The path and record a text's line (without its prefix) gives; nil for anything else.
    private static func text(_ line: ManifestReader.Bytes) -> (String, TextFile.Record)? {
        var fields = ManifestReader.Fields(line)
        guard let digest = fields.next().flatMap(ContentDigest.init(hex:)),
            let size = fields.next().flatMap(number), let stamp = fields.next().flatMap(FileStamp.init),
            let path = fields.rest()
        else { return nil }
        return (string(path), TextFile.Record(stamp: stamp, digest: digest, size: size))
    }

    /// The whole number written in decimal digits `digits`; nil for anything else.
    private static func number(_ digits: ManifestReader.Bytes) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The UTF-8 text `bytes` as a string.
    private static func string(_ bytes: ManifestReader.Bytes) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    /// Records this cache for `output` in one file, replaced atomically; a failure only
    /// costs the next build its shortcuts.
    func save(for output: String) {
        let folder = Self.folder(of: output)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? Data(manifest).write(to: URL(fileURLWithPath: folder + "/manifest"), options: .atomic)
    }

    /// The manifest's bytes (made as bytes: a few thousand lines of interpolated `String`s are slow).
    var manifest: [UInt8] {
        let newline = UInt8(ascii: "\n")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(300 * (entries.count + parts.count + texts.count) + diagnostics.utf8.count + 200)
        func append(_ text: String, then separator: UInt8 = UInt8(ascii: " ")) {
            bytes += text.utf8
            bytes.append(separator)
        }
        var diagnostics = diagnostics
        diagnostics.withUTF8 { text in
            let diagnosticLines = text.split(separator: newline)
            append(Self.formatLine, then: newline)
            buildKey.append(to: &bytes, then: newline)
            append(summary, then: newline)
            append(String(diagnosticLines.count), then: newline)
            for line in diagnosticLines {
                bytes += line
                bytes.append(newline)
            }
        }
        for (path, entry) in Self.byPath(entries) {
            entry.inputKey.append(to: &bytes)
            entry.digest.append(to: &bytes)
            bytes.appendDecimal(entry.size)
            bytes.append(UInt8(ascii: " "))
            if let stamp = entry.stamp { stamp.append(to: &bytes) } else { bytes.append(UInt8(ascii: "-")) }
            bytes.append(UInt8(ascii: " "))
            append(path, then: newline)
        }
        for (path, parts) in Self.byPath(parts) {
            for part in parts {
                bytes += Self.partPrefix.utf8
                part.inputKey.append(to: &bytes)
                part.digest.append(to: &bytes)
                bytes.appendDecimal(part.offset)
                bytes.append(UInt8(ascii: " "))
                bytes.appendDecimal(part.size)
                bytes.append(UInt8(ascii: " "))
                append(path, then: newline)
            }
        }
        if let models {
            bytes += Self.modelsPrefix.utf8
            models.append(to: &bytes)
            bytes.append(newline)
        }
        for (path, text) in Self.byPath(texts) {
            bytes += Self.textPrefix.utf8
            text.digest.append(to: &bytes)
            bytes.appendDecimal(text.size)
            bytes.append(UInt8(ascii: " "))
            text.stamp.append(to: &bytes)
            bytes.append(UInt8(ascii: " "))
            append(path, then: newline)
        }
        return bytes + bytes.withUnsafeBytes(Self.checkLine)
    }

    /// `byPath`'s entries in the order of their paths' UTF-8 bytes, compared on the paths'
    /// contiguous bytes, in place (through `String.UTF8View` a manifest's sort took most of
    /// its writing; through a copy of each path, to call `withUTF8`, a fifth of it).
    private static func byPath<Value>(_ byPath: [String: Value]) -> [(key: String, value: Value)] {
        byPath.sorted { a, b in
            let precedes = a.key.utf8.withContiguousStorageIfAvailable { a in
                b.key.utf8.withContiguousStorageIfAvailable { b in a.lexicographicallyPrecedes(b) }
            }
            return precedes.flatMap { $0 } ?? a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }
    }

    /// The manifest's last line: the digest of the bytes before it.
    private static func checkLine(_ manifest: UnsafeRawBufferPointer) -> [UInt8] {
        var line = Array("check ".utf8)
        ContentDigest(buffer: manifest).append(to: &line, then: UInt8(ascii: "\n"))
        return line
    }

    /// Whether the output folder `output` holds exactly the recorded files, unchanged, and
    /// `key` is the recorded build key. Anything else in it makes it stale: a folder no
    /// recorded file is in, a link or any other entry that is not a regular file.
    func isUpToDate(_ output: String, key: ContentDigest, parallelism: Parallelism) -> Bool {
        guard key == buildKey else { return false }
        let target = Paths.standardize(output)
        let scan = OutputListing.scan(target)
        guard scan.others.isEmpty, scan.files == Set(entries.keys).union([OutputWriter.markerName]),
            scan.folders.isSubset(of: Set(entries.keys.flatMap(OutputComparison.ancestors)))
        else { return false }
        return Array(entries).parallelMap(parallelism) { path, entry in
            stamp(of: target + "/" + path, holding: entry, inParts: parts[path]) != nil
        }.allSatisfy { $0 }
    }

    /// The stamp of the regular file at `path` when it holds the bytes `entry` recorded;
    /// nil otherwise. A file whose stamp is the recorded one is taken unread when it is
    /// older than the manifest (a file changed in the same tick of the clock as it was
    /// written keeps its time, so one as new as the manifest is read: the rule git's index
    /// follows); any other file is read, and holds the bytes if they have the digest: of
    /// its bytes, or for a file made in parts (`parts`, its recorded parts), of its parts'.
    func stamp(of path: String, holding entry: Entry, inParts parts: [Part]? = nil) -> FileStamp? {
        guard let stamp = FileStamp(path: path) else { return nil }
        if isRecorded(stamp, for: entry) { return stamp }
        let digest = parts.map { ContentDigest(file: path, parts: $0) } ?? ContentDigest(file: path)
        return digest == entry.digest ? stamp : nil
    }

    /// Whether a file whose stamp is `stamp` is the one recorded for `entry`, unchanged,
    /// without reading it (``isRecorded(_:as:)``).
    func isRecorded(_ stamp: FileStamp?, for entry: Entry) -> Bool {
        isRecorded(stamp, as: entry.stamp)
    }

    /// What was recorded of the content text read from `file`, when its stamp is `stamp`
    /// (``isRecorded(_:as:)``): its digest and size, taken without reading it.
    func recordedText(_ file: String, stamp: FileStamp) -> TextFile.Record? {
        texts[file].flatMap { isRecorded(stamp, as: $0.stamp) ? $0 : nil }
    }

    /// Whether a file whose stamp is `stamp` is the one whose stamp was `recorded`,
    /// unchanged: the stamps are equal and older than the manifest's (git's racy-file rule).
    func isRecorded(_ stamp: FileStamp?, as recorded: FileStamp?) -> Bool {
        guard let stamp, stamp == recorded, let manifestStamp else { return false }
        return stamp.isOlder(than: manifestStamp)
    }
}

extension ContentDigest {
    /// The digest written as 32 hexadecimal digits (UTF-8); nil for anything else.
    init?(hex: some Collection<UInt8>) {
        guard hex.count == 32 else { return nil }
        var (high, low): (UInt64, UInt64) = (0, 0)
        var index = 0
        for byte in hex {
            let digit: UInt8
            if byte &- UInt8(ascii: "0") < 10 {
                digit = byte &- UInt8(ascii: "0")
            } else if (byte | 0x20) &- UInt8(ascii: "a") < 6 {  // a-f, A-F
                digit = (byte | 0x20) &- UInt8(ascii: "a") + 10
            } else {
                return nil
            }
            if index < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
            index += 1
        }
        self.init(high: high, low: low)
    }

    /// The digest of the file at `path` made in `parts` (``StagedOutput``'s digest of such a
    /// file: see ``Hasher/combine(part:size:)``), each part read and digested; nil when the
    /// file cannot be read, or the parts are not its bytes from start to end, one after another.
    init?(file path: String, parts: [BuildCache.Part]) {
        guard let file = OpenFile(path) else { return nil }
        var hasher = Hasher()
        var end = 0
        for part in parts {
            guard part.offset == end, let bytes = file.read(part.offset..<part.offset + part.size) else { return nil }
            hasher.combine(part: ContentDigest(bytes), size: part.size)
            end += part.size
        }
        guard end == file.size else { return nil }
        self = hasher.finalize()
    }

    /// The digest of the file at `path`, read a megabyte at a time; nil when it cannot be read.
    init?(file path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        self.init(reading: handle)
    }

    /// The digest of what is left to read of the open file `handle`, read a megabyte at a
    /// time; nil when it cannot be read.
    init?(reading handle: FileHandle) {
        var hasher = Hasher()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                chunk.withUnsafeBytes { hasher.combine($0) }
            }
        } catch {
            return nil
        }
        self = hasher.finalize()
    }
}
