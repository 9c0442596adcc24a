/// A place in a report text: the file (as given to the parser), a 1-based line and a
/// 1-based column. Every fact in the model carries one so that a page can link a figure
/// to the line it was read from and a diagnostic can point at it.
public struct SourceLocation: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers and editors understand. A path holding a
    /// control character (a newline would split the diagnostic's line), a bidirectional
    /// control or a double quote is written quoted, with those characters escaped:
    /// `"bad\nname.txt":3:1`.
    public var description: String { "\(Self.quotedIfNeeded(file)):\(line):\(column)" }

    /// `path` as it is when plain, else in double quotes with `\n`, `\"`, `\\` and
    /// `\u{…}` escapes.
    public static func quotedIfNeeded(_ path: String) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\""
                || BidiControls.contains(scalar)
        }
        guard path.unicodeScalars.contains(where: needsEscape) else { return path }
        var quoted = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case "\"", "\\": quoted += "\\" + String(scalar)
            case _ where needsEscape(scalar): quoted += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
