extension CSV {
    /// Why a field's text is not a number. Offsets are 0-based bytes into the text.
    public enum NumberProblem: Swift.Error, Hashable, Sendable {
        case empty
        /// A digit was needed here: after a sign, on both sides of a decimal point.
        case digitExpected(at: Int)
        case unexpectedCharacter(at: Int)
        /// A decimal point in an integer.
        case fraction(at: Int)
        /// An exponent (`1e5`): only plain decimal notation is accepted.
        case exponent(at: Int)
        /// A comma: neither thousands separators nor a decimal comma are accepted.
        case comma(at: Int)
        /// `NaN`, `inf` or `infinity`, in any case, with or without a sign.
        case notFinite
        /// Too large for an `Int64`, or for a finite `Double`.
        case outOfRange

        /// Where in the text the problem is, when it is at one place.
        public var offset: Int? {
            switch self {
            case .digitExpected(let at), .unexpectedCharacter(let at), .fraction(let at), .exponent(let at), .comma(let at):
                return at
            case .empty, .notFinite, .outOfRange:
                return nil
            }
        }
    }

    /// Reads a base-10 integer: an optional `+` or `-`, then digits, and nothing else.
    ///
    /// Leading zeros are allowed (`007` is 7); spaces, a decimal point, an exponent and commas
    /// are not. Anything outside `Int64` is `outOfRange`, found without trapping.
    public static func parseInteger(_ text: UnsafeBufferPointer<UInt8>) throws(NumberProblem) -> Int64 {
        guard !text.isEmpty else { throw .empty }
        let negative = text[0] == UInt8(ascii: "-")
        var index = negative || text[0] == UInt8(ascii: "+") ? 1 : 0
        guard index < text.count else { throw .digitExpected(at: index) }
        // Accumulated as a negative number, so that Int64.min fits.
        var value: Int64 = 0
        var overflowed = false
        while index < text.count {
            let digit = text[index] &- UInt8(ascii: "0")
            guard digit <= 9 else { throw problem(in: text, at: index, integer: true) }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = times10.subtractingReportingOverflow(Int64(digit))
            overflowed = overflowed || overflow1 || overflow2
            value = next
            index += 1
        }
        if overflowed { throw .outOfRange }
        if negative { return value }
        guard value != .min else { throw .outOfRange }
        return -value
    }

    /// Reads a number in plain decimal notation: an optional sign, digits, and optionally a
    /// point followed by digits (`-0.88`, `12.5`, `3`).
    ///
    /// Refused: an exponent (`1e5`), `NaN` and infinities, commas, a point without a digit on
    /// each side (`.5`, `5.`), spaces. The result is the nearest `Double`; a value too large
    /// for one is `outOfRange`.
    public static func parseDecimal(_ text: UnsafeBufferPointer<UInt8>) throws(NumberProblem) -> Double {
        guard !text.isEmpty else { throw .empty }
        let negative = text[0] == UInt8(ascii: "-")
        var index = negative || text[0] == UInt8(ascii: "+") ? 1 : 0
        var significand: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        var digitsInPart = 0
        while index < text.count {
            let byte = text[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit <= 9 {
                if significantDigits > 0 || digit != 0 { significantDigits += 1 }
                if significantDigits <= 19 { significand = significand &* 10 &+ UInt64(digit) }
                if seenPoint { fractionDigits += 1 }
                digitsInPart += 1
            } else if byte == UInt8(ascii: "."), !seenPoint {
                guard digitsInPart > 0 else { throw .digitExpected(at: index) }
                seenPoint = true
                digitsInPart = 0
            } else {
                throw problem(in: text, at: index, integer: false)
            }
            index += 1
        }
        guard digitsInPart > 0 else { throw .digitExpected(at: index) }
        // Clinger's fast path: both operands exact in a Double, so one rounding, the right one.
        if significantDigits <= 15, fractionDigits < exactPowersOfTen.count {
            let magnitude = Double(significand) / exactPowersOfTen[fractionDigits]
            return negative ? -magnitude : magnitude
        }
        // Rare (more than 15 significant digits): the standard library's correctly rounded
        // reading, which is independent of the C locale. The grammar was checked above.
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { throw .outOfRange }
        return value
    }

    /// 10⁰ through 10²², each exactly representable as a Double.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// The problem with the byte at `index`, which is not a digit.
    private static func problem(in text: UnsafeBufferPointer<UInt8>, at index: Int, integer: Bool) -> NumberProblem {
        let byte = text[index]
        let start = text[0] == UInt8(ascii: "-") || text[0] == UInt8(ascii: "+") ? 1 : 0
        if index == start, isNotFinite(text, from: start) { return .notFinite }
        if index == start { return .digitExpected(at: index) }
        switch byte {
        case UInt8(ascii: "."): return integer ? .fraction(at: index) : .unexpectedCharacter(at: index)
        case UInt8(ascii: "e"), UInt8(ascii: "E"): return .exponent(at: index)
        case UInt8(ascii: ","): return .comma(at: index)
        default: return .unexpectedCharacter(at: index)
        }
    }

    /// The text from `start` is `nan`, `inf` or `infinity`, in any mix of case.
    private static func isNotFinite(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: text[start...])
        for word in ["nan", "inf", "infinity"] where word.utf8.count == rest.count {
            if zip(word.utf8, rest).allSatisfy({ $0 == $1 | 0x20 }) { return true }
        }
        return false
    }
}
