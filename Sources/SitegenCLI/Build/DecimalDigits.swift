extension Array where Element == UInt8 {
    /// Appends `value` in decimal digits, as `String(value)` writes it (a `-` first when
    /// negative), with no string made: the manifest writes thousands of numbers.
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDecimal(value.magnitude)
    }

    /// Appends `value` in decimal digits, as `String(value)` writes it.
    mutating func appendDecimal(_ value: UInt) {
        appendDecimal(UInt64(value))
    }

    /// Appends `value` in decimal digits, as `String(value)` writes it.
    mutating func appendDecimal(_ value: UInt64) {
        var divisor: UInt64 = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
