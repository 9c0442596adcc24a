import CCmarkGFM

/// The version of the cmark-gfm library sitegen is linked with, as the library reports it
/// (`cmark_version_string()`), e.g. `0.29.0.gfm.13`.
public enum CmarkVersion {
    public static var string: String {
        CmarkLock.withLock { String(cString: cmark_version_string()) }
    }
}
