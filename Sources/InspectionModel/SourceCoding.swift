import CompactCoding
import SourceAndOutput

// The compact forms of the places and diagnostics every model value carries, declared
// here because `SourceAndOutput` knows nothing of how the model is kept.

/// Its fields in declaration order (its coding keys' order).
extension SourceLocation: CompactCodable {
    public init(compact reader: CompactReader) throws {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.read())
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(file)
        try writer.write(line)
        try writer.write(column)
    }
}

/// Its fields in declaration order (its coding keys' order).
extension Diagnostic: CompactCodable {
    public init(compact reader: CompactReader) throws {
        self.init(try reader.read(), try reader.read(), at: try reader.read())
    }

    public func write(compact writer: CompactWriter) throws {
        try writer.write(severity)
        try writer.write(message)
        try writer.write(location)
    }
}

/// Its raw value.
extension Diagnostic.Severity: CompactCodable {}
