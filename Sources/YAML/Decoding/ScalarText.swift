#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reading typed values out of a scalar's bytes, strictly: one spelling per value, no guessing.
///
/// These work on raw UTF-8 so that numbers never pass through a `String`. Dates and times
/// are read by `CalendarText`.
enum ScalarText {
    enum Parsed<Value> {
        case value(Value)
        case problem(YAML.Error.ScalarProblem)
        case outOfRange
    }

    /// `~`, `null` or nothing: the spellings of null this layer accepts (unquoted only).
    static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return equals(bytes, "null")
        default: return false
        }
    }

    /// True when the UTF-8 text holds a C0 control (other than tab, LF and CR), DEL, or a C1
    /// control (U+0080 to U+009F, which UTF-8 writes as C2 80 to C2 9F).
    static func containsControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                return true
            }
            index += 1
        }
        return false
    }

    static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if equals(bytes, "true") { return true }
        if equals(bytes, "false") { return false }
        return nil
    }

    /// Decimal integers only: an optional sign and digits, no leading zero, no separators.
    static func integer<T: FixedWidthInteger>(_ bytes: UnsafeBufferPointer<UInt8>, as _: T.Type) -> Parsed<T> {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        let digits = bytes.count - index
        guard digits > 0 else { return .problem(.malformed) }
        var value: T = 0
        var overflow = false
        for position in index..<bytes.count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return .problem(.malformed) }
            if overflow { continue }  // keep scanning so junk after a long number says "malformed"
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) =
                negative
                ? shifted.subtractingReportingOverflow(T(digit))
                : shifted.addingReportingOverflow(T(digit))
            overflow = o1 || o2
            value = next
        }
        if digits > 1, bytes[index] == UInt8(ascii: "0") { return .problem(.leadingZero) }
        return overflow ? .outOfRange : .value(value)
    }

    /// A decimal number: `[-+]digits[.digits][e[-+]digits]`; no `.inf`, `nan` or hex.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed<Double> {
        guard isDecimalNumber(bytes) else { return .problem(.malformed) }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return .problem(.malformed) }
        return value.isFinite ? .value(value) : .outOfRange
    }

    static func isDecimalNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard digits() > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// A duration: one or more `<number><unit>` parts, units s, m, h, d, w (`4h`, `90m`, `1h30m`).
    static func duration(_ bytes: UnsafeBufferPointer<UInt8>) -> Parsed<Duration> {
        guard !bytes.isEmpty else { return .problem(.unknownDurationUnit) }
        var total: Int64 = 0
        var index = 0
        while index < bytes.count {
            var amount: Int64 = 0
            let start = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                let (shifted, o1) = amount.multipliedReportingOverflow(by: 10)
                let (next, o2) = shifted.addingReportingOverflow(Int64(bytes[index] &- UInt8(ascii: "0")))
                guard !o1, !o2 else { return .outOfRange }
                amount = next
                index += 1
            }
            guard index > start, index < bytes.count else { return .problem(.unknownDurationUnit) }
            let unit: Int64
            switch bytes[index] {
            case UInt8(ascii: "s"): unit = 1
            case UInt8(ascii: "m"): unit = 60
            case UInt8(ascii: "h"): unit = 3600
            case UInt8(ascii: "d"): unit = 86_400
            case UInt8(ascii: "w"): unit = 604_800
            default: return .problem(.unknownDurationUnit)
            }
            index += 1
            let (seconds, o1) = amount.multipliedReportingOverflow(by: unit)
            let (sum, o2) = total.addingReportingOverflow(seconds)
            guard !o1, !o2 else { return .outOfRange }
            total = sum
        }
        return .value(.seconds(total))
    }

    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        return bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
