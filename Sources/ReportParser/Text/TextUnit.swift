/// A unit of text a scanner steps through: a Character; or, in a plain ASCII text (see
/// `isPlainASCII`: each byte a Character of its own), a byte, much quicker to read; or a
/// scalar of a text whose scalars are each a Character (see `scalarsAreCharacters`).
///
/// A rule that reads text is written once, generic over its units, and run on the bytes
/// when the text is plain and on the Characters otherwise: both give the same answer
/// because each unit's properties here are its Character's. Keep the conformances to a
/// few comparisons each: the rules are specialised for every unit type.
protocol TextUnit: Equatable {
    /// The units a text is made of, as a collection (no copy for bytes and Characters).
    associatedtype Units: Collection<Self>

    /// The unit of an ASCII character.
    static func ascii(_ scalar: Unicode.Scalar) -> Self
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isWhitespace: Bool { get }
    var isUppercase: Bool { get }
    var isASCII: Bool { get }
    /// The text some units make.
    static func text(_ units: some Collection<Self>) -> String
    /// The units of a text.
    static func units(of text: String) -> Units
    /// How many units a text is made of.
    static func count(_ text: String) -> Int
}

extension Character: TextUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> Character { Character(scalar) }
    static func text(_ units: some Collection<Character>) -> String { String(units) }
    static func units(of text: String) -> String { text }
    static func count(_ text: String) -> Int { text.count }
}

/// A byte of a plain ASCII text, where it is a Character of its own: its properties are
/// that Character's (`ByteScanningTests` checks each of the 128).
extension UInt8: TextUnit {
    static func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
    var isLetter: Bool { ASCII.isLetter(self) }
    var isNumber: Bool { ASCII.isDigit(self) }
    var isWhitespace: Bool { ASCII.isWhitespace(self) }
    var isUppercase: Bool { ASCII.isUpper(self) }
    var isASCII: Bool { self < 0x80 }
    static func text(_ units: some Collection<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
    static func units(of text: String) -> String.UTF8View { text.utf8 }
    static func count(_ text: String) -> Int { text.utf8.count }
}

/// A scalar of a text in which every scalar is a Character of its own (see
/// `scalarsAreCharacters`): its Character's properties are the scalar's.
struct LoneScalar: TextUnit {
    var scalar: Unicode.Scalar

    static func ascii(_ scalar: Unicode.Scalar) -> LoneScalar { LoneScalar(scalar: scalar) }
    var isLetter: Bool { scalar.properties.isAlphabetic }
    var isNumber: Bool { scalar.properties.numericType != nil }
    var isWhitespace: Bool { scalar.properties.isWhitespace }
    var isUppercase: Bool { Character(scalar).isUppercase }
    var isASCII: Bool { scalar.isASCII }
    static func text(_ units: some Collection<LoneScalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 2)
        for unit in units { UTF8.encode(unit.scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
    static func units(of text: String) -> [LoneScalar] { text.unicodeScalars.map(LoneScalar.init) }
    static func count(_ text: String) -> Int { text.count }
}
