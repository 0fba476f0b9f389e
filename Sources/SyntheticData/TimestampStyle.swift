import InspectionKit
import InspectionLoading
import InspectionRunner

/// How one export writes timestamps: a pattern (the mapping's `format`, see
/// docs/csv-evidence.md), a zone, and what its mapping says of the autumn hour that happens
/// twice.
struct TimestampStyle: Sendable, Hashable {
    enum Zone: Sendable, Hashable {
        case utc
        case london
        /// A fixed offset from UTC, in minutes (`+01:00` is 60).
        case fixed(Int)

        /// As the mapping's `time_zone` writes it.
        var mappingName: String {
            switch self {
            case .utc: return "UTC"
            case .london: return "Europe/London"
            case .fixed(let minutes): return TimestampStyle.offsetText(Int64(minutes) * 60, style: .colon)
            }
        }
    }

    /// How `%z` is written.
    enum OffsetStyle: Sendable, Hashable {
        /// `Z` for UTC, `+01:00` otherwise.
        case zulu
        /// `+00:00`, `+01:00`.
        case colon
        /// `+0000`, `+0100`.
        case compact
    }

    /// The mapping's `ambiguous_times`.
    enum Ambiguity: String, Sendable, Hashable {
        case error, earlier, later
    }

    var pattern: TimePattern
    var zone: Zone
    var offsetStyle: OffsetStyle
    var ambiguity: Ambiguity
    /// The mapping's `nonexistent_times` (`error` or `shift-forward`); an instant is never in
    /// the spring gap, so this only tells the reader what to do with a value that is.
    var nonexistent: String

    /// Whether a local-time value written for this instant reads back as the same instant
    /// under this mapping: an instant in the autumn hour is lost in Europe/London without an
    /// offset unless the mapping picks its pass of the clock.
    func canWrite(utc seconds: Int64) -> Bool {
        if pattern.hasSeconds == false && seconds % 60 != 0 { return false }
        guard zone == .london, !pattern.hasOffset else { return true }
        switch (CivilTime.autumnHour(utc: seconds), ambiguity) {
        case (.outside, _): return true
        case (.firstPass, .earlier), (.secondPass, .later): return true
        default: return false
        }
    }

    /// The offset from UTC written for an instant, in seconds.
    func offset(utc seconds: Int64) -> Int64 {
        switch zone {
        case .utc: return 0
        case .london: return CivilTime.londonOffset(utc: seconds)
        case .fixed(let minutes): return Int64(minutes) * 60
        }
    }

    /// Appends the instant as this style writes it.
    func write(utc seconds: Int64, into bytes: inout [UInt8]) {
        let offset = offset(utc: seconds)
        let local = seconds + offset
        let days = CivilTime.floorDivide(local, 86_400)
        let (year, month, day) = CivilTime.civil(days: days)
        let secondOfDay = local - days * 86_400
        pattern.write(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60,
            second: secondOfDay % 60, offset: offset, offsetStyle: offsetStyle, into: &bytes)
    }

    static func offsetText(_ seconds: Int64, style: OffsetStyle) -> String {
        var bytes: [UInt8] = []
        TimePattern.writeOffset(seconds, style: style, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A date-time pattern as docs/csv-evidence.md defines them (`%Y %m %d %H %M %S %z %%`, `%-m`
/// `%-d` `%-H` for one digit), compiled once for writing.
struct TimePattern: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case year, month(Bool), day(Bool), hour(Bool), minute, second, offset
        case literal(UInt8)
    }

    let text: String
    let tokens: [Token]

    init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            guard byte == UInt8(ascii: "%"), var directive = bytes.popFirst() else {
                tokens.append(.literal(byte))
                continue
            }
            let flexible = directive == UInt8(ascii: "-")
            if flexible, let next = bytes.popFirst() { directive = next }
            switch directive {
            case UInt8(ascii: "Y"): tokens.append(.year)
            case UInt8(ascii: "m"): tokens.append(.month(flexible))
            case UInt8(ascii: "d"): tokens.append(.day(flexible))
            case UInt8(ascii: "H"): tokens.append(.hour(flexible))
            case UInt8(ascii: "M"): tokens.append(.minute)
            case UInt8(ascii: "S"): tokens.append(.second)
            case UInt8(ascii: "z"): tokens.append(.offset)
            default: tokens.append(.literal(directive))
            }
        }
        self.tokens = tokens
    }

    var description: String { text }
    var hasOffset: Bool { tokens.contains(.offset) }
    var hasSeconds: Bool { tokens.contains(.second) }
    var hasTime: Bool { tokens.contains { if case .hour = $0 { return true } else { return false } } }

    func write(
        year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64,
        offset: Int64, offsetStyle: TimestampStyle.OffsetStyle, into bytes: inout [UInt8]
    ) {
        for token in tokens {
            switch token {
            case .year: Self.digits(year, width: 4, into: &bytes)
            case .month(let flexible): Self.digits(month, width: flexible ? 1 : 2, into: &bytes)
            case .day(let flexible): Self.digits(day, width: flexible ? 1 : 2, into: &bytes)
            case .hour(let flexible): Self.digits(hour, width: flexible ? 1 : 2, into: &bytes)
            case .minute: Self.digits(minute, width: 2, into: &bytes)
            case .second: Self.digits(second, width: 2, into: &bytes)
            case .offset: Self.writeOffset(offset, style: offsetStyle, into: &bytes)
            case .literal(let byte): bytes.append(byte)
            }
        }
    }

    static func writeOffset(_ seconds: Int64, style: TimestampStyle.OffsetStyle, into bytes: inout [UInt8]) {
        if seconds == 0 && style == .zulu {
            bytes.append(UInt8(ascii: "Z"))
            return
        }
        bytes.append(seconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let minutes = abs(seconds) / 60
        digits(minutes / 60, width: 2, into: &bytes)
        if style != .compact { bytes.append(UInt8(ascii: ":")) }
        digits(minutes % 60, width: 2, into: &bytes)
    }

    /// A non-negative number with at least `width` digits.
    static func digits(_ value: Int64, width: Int, into bytes: inout [UInt8]) {
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &buffer) { raw in
            repeat {
                raw[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 && count < 8
            while count < width && count < 8 {
                raw[count] = UInt8(ascii: "0")
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[index]) }
        }
    }
}
