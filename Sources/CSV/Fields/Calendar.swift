extension CSV {
    /// A day of the proleptic Gregorian calendar, as written (no time zone).
    public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
        public let year: Int
        /// 1 (January) to 12.
        public let month: Int
        /// 1 to the length of the month.
        public let day: Int

        /// The day, or nil when it is not on the calendar (31 April; 29 February outside a leap
        /// year; month 13). Any year is accepted here; the parsers accept only 1900–2100.
        public init?(year: Int, month: Int, day: Int) {
            guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysIn(month: month, year: year) else { return nil }
            self.year = year
            self.month = month
            self.day = day
        }

        /// A day already known to be on the calendar.
        init(checkedYear year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// The day `days` after 1970-01-01 (before it when negative): Howard Hinnant's
        /// `civil_from_days`, exact for every proleptic Gregorian date. The one place the
        /// inspector turns a count of days into a date.
        public init(daysSince1970 days: Int) {
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            self.init(checkedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
        }

        /// Days from 1970-01-01 to a day given by its parts, whether or not it is on the calendar
        /// (`days_from_civil`).
        public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
            CivilCalendar.daysSince1970(year: year, month: month, day: day)
        }

        /// Days since 1970-01-01 (negative before it).
        public var daysSince1970: Int { CivilCalendar.daysSince1970(year: year, month: month, day: day) }

        /// Seconds since 1970-01-01T00:00:00Z at the day's start in UTC.
        public var secondsSince1970: Int64 { Int64(daysSince1970) * 86_400 }

        /// `YYYY-MM-DD`.
        public var description: String {
            "\(CivilCalendar.padded(year, 4))-\(CivilCalendar.padded(month, 2))-\(CivilCalendar.padded(day, 2))"
        }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }

    /// A date and time of day as written, before any time zone is applied.
    public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
        public let day: Day
        /// 0 to 23.
        public let hour: Int
        /// 0 to 59.
        public let minute: Int
        /// 0 to 59: no leap seconds.
        public let second: Int

        public init(day: Day, hour: Int, minute: Int, second: Int) {
            self.day = day
            self.hour = hour
            self.minute = minute
            self.second = second
        }

        /// Seconds since 1970-01-01T00:00:00 read as if the time were UTC.
        public var secondsSince1970AsUTC: Int64 {
            day.secondsSince1970 + Int64(hour * 3600 + minute * 60 + second)
        }

        /// `HH:MM` (with `:SS` when the second is not 0) `on YYYY-MM-DD`: how messages say it.
        public var description: String {
            var time = "\(CivilCalendar.padded(hour, 2)):\(CivilCalendar.padded(minute, 2))"
            if second != 0 { time += ":\(CivilCalendar.padded(second, 2))" }
            return "\(time) on \(day)"
        }
    }
}

/// Calendar arithmetic: pure integer functions, no tables, no allocation.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the date: Howard Hinnant's `days_from_civil`, exact for every
    /// proleptic Gregorian date.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 for Sunday through 6 for Saturday. 1970-01-01 was a Thursday.
    static func weekday(daysSince1970 days: Int) -> Int {
        ((days % 7) + 7 + 4) % 7
    }

    /// The day of the month of the last Sunday in `month` of `year`.
    static func lastSunday(month: Int, year: Int) -> Int {
        let last = daysIn(month: month, year: year)
        return last - weekday(daysSince1970: daysSince1970(year: year, month: month, day: last))
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
