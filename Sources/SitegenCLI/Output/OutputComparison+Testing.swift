import SourceAndOutput

/// Comparisons of whole files with an output folder, for tests only (the build compares
/// digests as it makes each file: ``OutputCheck``).
extension OutputComparison {
    /// Compares `files` with the folder at `directory`, read recursively. A missing folder
    /// (or one that cannot be listed) means every file is added. Symbolic links are not
    /// followed inside the folder; they and unreadable entries are reported as changed
    /// (when the build writes that path, or files inside it) or removed.
    @_spi(Testing) public static func compare(_ files: [ExportFile], with directory: String) -> OutputComparison {
        compare(files, with: OutputListing.read(directory))
    }

    /// Compares `files` with a listing of an output folder (paths relative to it).
    static func compare(_ files: [ExportFile], with listing: [String: OutputListing.Entry]) -> OutputComparison {
        compare(
            Dictionary(files.map { ($0.path, ContentDigest($0.contents)) }, uniquingKeysWith: { _, last in last }),
            with: listing)
    }
}
