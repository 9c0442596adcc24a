import Foundation
import InspectionModel
import OpenData
import ReportParser

/// Where the commands print: diagnostics go to `standardError`, summaries to
/// `standardOutput`. Each call passes whole lines, newline included.
public struct Console: Sendable {
    public var standardOutput: @Sendable (String) -> Void
    public var standardError: @Sendable (String) -> Void

    public init(standardOutput: @escaping @Sendable (String) -> Void,
                standardError: @escaping @Sendable (String) -> Void) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// The process's standard output and standard error.
    public static let standard = Console(
        standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
        standardError: { FileHandle.standardError.write(Data($0.utf8)) })
}

/// Everything the commands take from outside their arguments: the console, the
/// directory relative paths are resolved against, and the stages they wire together.
/// Tests run the commands with their own environment; `sitegen` uses `.live`.
public struct SitegenEnvironment: Sendable {
    public var console: Console
    /// The directory `--content` and `--output` are resolved against and content paths
    /// are made relative to; nil means the process's current directory.
    public var currentDirectory: String?
    /// Report texts to model (the parser).
    public var parse: @Sendable ([ContentSource]) -> Corpus
    /// Model to the site's files (everything `build` writes, in memory).
    public var render: @Sendable (Corpus) -> [ExportFile]

    public init(console: Console = .standard, currentDirectory: String? = nil,
                parse: @escaping @Sendable ([ContentSource]) -> Corpus = { CorpusParser.parse($0) },
                render: @escaping @Sendable (Corpus) -> [ExportFile] = { SiteRenderer.files(for: $0) }) {
        self.console = console
        self.currentDirectory = currentDirectory
        self.parse = parse
        self.render = render
    }

    /// The real console, current directory, parser and renderer.
    public static let live = SitegenEnvironment()

    /// The environment the running command uses.
    @TaskLocal public static var current: SitegenEnvironment = .live

    /// The directory relative paths are resolved against, without a trailing slash.
    public var workingDirectory: String {
        Paths.standardize(currentDirectory ?? FileManager.default.currentDirectoryPath)
    }

    /// `path` made absolute against `workingDirectory`, with `.` and `..` removed.
    public func absolutePath(_ path: String) -> String {
        Paths.absolute(path, against: workingDirectory)
    }
}

/// Lexical path helpers (`/`-separated, as on Linux and macOS).
enum Paths {
    /// `path` with `.`, `..`, empty components and trailing slashes removed.
    static func standardize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", isAbsolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func absolute(_ path: String, against base: String) -> String {
        standardize(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// Whether `path` is `ancestor` or lies inside it (both absolute and standardized).
    static func isSameOrInside(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }

    /// The path with symbolic links resolved as far as it exists.
    static func resolved(_ path: String) -> String {
        standardize(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    }
}
