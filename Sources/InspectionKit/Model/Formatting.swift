import Foundation

/// Durations as people write them: `4h`, `1h30m`, `10d`.
public enum DurationText {
    /// The shortest exact spelling in weeks, days, hours, minutes and seconds.
    public static func compact(_ duration: Duration) -> String {
        var seconds = duration.components.seconds
        if seconds == 0 { return "0s" }
        var text = seconds < 0 ? "-" : ""
        seconds = abs(seconds)
        for (unit, size) in [("d", Int64(86_400)), ("h", 3600), ("m", 60), ("s", 1)] where seconds >= size {
            text += "\(seconds / size)\(unit)"
            seconds %= size
        }
        return text
    }

    /// In words for statements: "10 days", "4 hours", "1 hour 30 minutes", "45 minutes".
    public static func words(_ duration: Duration) -> String {
        let total = abs(duration.components.seconds)
        let days = total / 86_400
        let hours = (total % 86_400) / 3600
        let minutes = (total % 3600) / 60
        func unit(_ value: Int64, _ name: String) -> String? {
            value == 0 ? nil : "\(value) \(name)\(value == 1 ? "" : "s")"
        }
        let parts: [String?] =
            days >= 2 && hours == 0
            ? [unit(days, "day")]
            : days > 0
                ? [unit(days, "day"), unit(hours, "hour")]
                : [unit(hours, "hour"), unit(minutes, "minute")]
        let text = parts.compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? "under a minute" : text
    }

    /// Hours as a decimal, for figures that are compared across forces.
    public static func hours(_ duration: Duration) -> Double {
        Double(duration.components.seconds) / 3600 + Double(duration.components.attoseconds) / 3.6e21
    }
}

/// Numbers printed the same on every machine and in every locale.
public enum NumberText {
    /// `0.9`, `12`, `0.125`: rounded to 4 decimals, no trailing zeros, no exponent. Not a number
    /// and infinities (which validation keeps out of results) print as words, never as JSON-like
    /// tokens.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : value > 0 ? "infinity" : "-infinity" }
        if abs(value) >= 1e15 { return String(format: "%.6g", value) }  // 1e+308, not 309 digits
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var text = String(format: "%.4f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Every digit a configured value has (up to 10 decimals): `0.99999`, `0.00004`, `4`. For
    /// parameter values, which must read back exactly as written.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return plain(value) }
        if value == value.rounded() { return String(Int64(value)) }
        var text = String(format: "%.10f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `88%`, `12.5%`: a share (0 to 1) as a percentage with at most one decimal.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return plain(share) }
        return plain((share * 1000).rounded() / 10) + "%"
    }
}

/// Dates printed as reports print them, always in UTC so output never depends on the machine.
public enum DateText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// `August`: a month's name, 1-based.
    public static func monthName(_ month: Int) -> String { months[month - 1] }

    /// Days in a month of a year (Gregorian), 1-based month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `2025-08-22`.
    public static func iso(_ date: Date) -> String {
        let (year, month, day) = civil(date)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `22 August 2025`.
    public static func long(_ date: Date) -> String {
        let (year, month, day) = civil(date)
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// `2025-03-04T09:30:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (hour, minute, second) = (
            (seconds % 86_400 + 86_400) % 86_400 / 3600, (seconds % 3600 + 3600) % 3600 / 60, (seconds % 60 + 60) % 60
        )
        return iso(date) + String(format: "T%02d:%02d:%02dZ", hour, minute, second)
    }

    /// Year, month and day in UTC.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let day = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return (day.year!, day.month!, day.day!)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

/// Lists as statements word them.
public enum ListText {
    /// `a`, `a and b`, `a, b and c`; empty for none.
    public static func and(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
