import CSV
import InspectionKit
import InspectionLoading
import InspectionRunner

/// Calendar arithmetic and the UK's clock changes, without Foundation's `Calendar` (whose time
/// zone data and speed vary by platform): enough to write a million timestamps a second in UTC,
/// a fixed offset or Europe/London, and to know which instants a local-time export cannot say.
enum CivilTime {
    /// Year, month (1–12) and day (1–31) of a day counted from 1970-01-01 (`CSV.Day`).
    static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let day = CSV.Day(daysSince1970: Int(days))
        return (Int64(day.year), Int64(day.month), Int64(day.day))
    }

    /// Days from 1970-01-01 to the given day.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        Int64(CSV.Day.daysSince1970(year: Int(year), month: Int(month), day: Int(day)))
    }

    /// Day of the week, 0 = Sunday.
    static func weekday(days: Int64) -> Int64 {
        ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
    }

    /// The last Sunday of a month, as days from 1970.
    static func lastSunday(year: Int64, month: Int64) -> Int64 {
        let nextMonth = month == 12 ? days(year: year + 1, month: 1, day: 1) : days(year: year, month: month + 1, day: 1)
        let last = nextMonth - 1
        return last - weekday(days: last)
    }

    /// UK summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    /// Sunday of October (the rule since 1996).
    static func londonSummerTime(year: Int64) -> (start: Int64, end: Int64) {
        (lastSunday(year: year, month: 3) * 86_400 + 3600, lastSunday(year: year, month: 10) * 86_400 + 3600)
    }

    /// Europe/London's offset from UTC at an instant, in seconds (0 or 3600).
    static func londonOffset(utc seconds: Int64) -> Int64 {
        let year = civil(days: floorDivide(seconds, 86_400)).year
        let summer = londonSummerTime(year: year)
        return seconds >= summer.start && seconds < summer.end ? 3600 : 0
    }

    /// Where an instant falls in the autumn hour that Europe/London's clocks show twice.
    enum AutumnHour { case outside, firstPass, secondPass }

    static func autumnHour(utc seconds: Int64) -> AutumnHour {
        let year = civil(days: floorDivide(seconds, 86_400)).year
        let end = londonSummerTime(year: year).end
        if seconds >= end - 3600 && seconds < end { return .firstPass }
        if seconds >= end && seconds < end + 3600 { return .secondPass }
        return .outside
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
