import Foundation

/// The theme compiled into sitegen: every file of the repository's `Templates/` folder
/// (Mustache templates and `assets/`), byte for byte. `BuiltInThemeFiles.swift` is written
/// from `Templates/` by `embed-theme.sh` (`make theme`, which `make build`, `make site` and
/// `make golden` run); `BuiltInThemeTests` fails when it differs from `Templates/`.
public enum BuiltInTheme {
    /// One file of the theme.
    public struct File: Sendable, Equatable {
        /// The path inside the templates folder, `/`-separated: `pdu.mustache`, `assets/site.css`.
        public var path: String
        /// The file's bytes.
        public var bytes: [UInt8]
    }

    /// Every file, sorted by path (UTF-8 order).
    public static let files: [File] = encodedFiles.map { path, base64 in
        File(path: path, bytes: Data(base64Encoded: base64).map { [UInt8]($0) } ?? [])
    }
}
