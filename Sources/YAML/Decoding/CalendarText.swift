#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reading days and timestamps out of a scalar's bytes: one spelling each, and only values
/// that can be true (a real calendar day, a real time of day, a plausible year).
enum CalendarText {
    /// `YYYY-MM-DD` and nothing after it.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarText.Parsed<YAML.Day> {
        var reader = FixedReader(bytes: bytes)
        guard let (year, month, day) = reader.calendarDay() else { return .problem(.malformed) }
        if !reader.atEnd {
            return reader.skip("T") || reader.skip("t") ? .problem(.timeNotAllowed) : .problem(.malformed)
        }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return .problem(.notACalendarDate)
        }
        guard YAML.Day.allowedYears.contains(year) else { return .problem(.yearOutOfRange(YAML.Day.allowedYears)) }
        return .value(YAML.Day(checkedYear: year, month: month, day: day))
    }

    /// An ISO 8601 timestamp with a time and a zone: `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`.
    /// Seconds run 00 to 59: a leap second (60) is refused rather than rolled into the next
    /// minute. The year, as written and as an instant in UTC, is within `YAML.Day.allowedYears`.
    static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarText.Parsed<Date> {
        var reader = FixedReader(bytes: bytes)
        guard let (year, month, day) = reader.calendarDay() else { return .problem(.malformed) }
        if reader.atEnd { return .problem(.missingTime) }
        guard reader.skip("T") || reader.skip("t"), let hour = reader.number(2), reader.skip(":"),
            let minute = reader.number(2)
        else { return .problem(.malformed) }
        var wholeSeconds = 0
        var fraction = 0.0
        if reader.skip(":") {
            guard let whole = reader.number(2) else { return .problem(.malformed) }
            wholeSeconds = whole
            if reader.skip(".") {
                guard let digits = reader.fraction() else { return .problem(.malformed) }
                fraction = digits
            }
        }
        var offset = 0
        if reader.skip("Z") || reader.skip("z") {
            offset = 0
        } else if let sign = reader.sign() {
            guard let offsetHours = reader.number(2), reader.skip(":"), let offsetMinutes = reader.number(2),
                offsetHours < 24, offsetMinutes < 60
            else { return .problem(.malformed) }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else if reader.atEnd {
            return .problem(.missingTimeZone)
        } else {
            return .problem(.malformed)
        }
        guard reader.atEnd else { return .problem(.malformed) }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            return .problem(.notACalendarDate)
        }
        guard hour < 24, minute < 60, wholeSeconds < 60 else { return .problem(.notATimeOfDay) }
        guard YAML.Day.allowedYears.contains(year) else { return .problem(.yearOutOfRange(YAML.Day.allowedYears)) }
        let midnight = daysSinceEpoch(year: year, month: month, day: day) * 86_400
        let local = midnight + hour * 3600 + minute * 60 + wholeSeconds
        // The years bound the instant too, not only the time as written.
        let years = YAML.Day.allowedYears
        let first = daysSinceEpoch(year: years.lowerBound, month: 1, day: 1) * 86_400
        let end = daysSinceEpoch(year: years.upperBound + 1, month: 1, day: 1) * 86_400
        guard (first..<end).contains(local - offset) else { return .problem(.instantOutOfRange(years)) }
        return .value(Date(timeIntervalSince1970: Double(local - offset) + fraction))
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, UTC)

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the given date (Howard Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over fixed-width date fields.
private struct FixedReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index == bytes.count }

    /// `YYYY-MM-DD`, not yet checked against the calendar.
    mutating func calendarDay() -> (year: Int, month: Int, day: Int)? {
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else { return nil }
        return (year, month, day)
    }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<width {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return value
    }

    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        let start = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            value += Double(bytes[index] &- UInt8(ascii: "0")) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
