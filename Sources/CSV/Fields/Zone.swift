extension CSV {
    /// The time zone of date-times written without an offset.
    ///
    /// `Europe/London` is built in rather than read from tzdata, so that results never depend
    /// on the machine and a conversion is a table look-up: from 1996 on, British Summer Time
    /// (UTC+1) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    /// of October. Local times before 1996 are refused rather than guessed (the rules differed).
    public enum Zone: Hashable, Sendable, CustomStringConvertible {
        case utc
        /// A fixed offset east of UTC, in seconds (`+01:00` is 3600); at most 14 hours.
        case fixed(offsetSeconds: Int)
        /// UK time, with what to do with the hour that happens twice each October and the hour
        /// that is skipped each March. Both default to `.error`.
        case europeLondon(ambiguous: AmbiguousTimePolicy = .error, nonexistent: NonexistentTimePolicy = .error)

        /// The zone named `UTC`, `Europe/London`, or an offset `+01:00`, `-0530` (`Z` is UTC);
        /// nil otherwise. Europe/London gets the default policies.
        public init?(name: String) {
            switch name {
            case "UTC", "Z": self = .utc
            case "Europe/London": self = .europeLondon()
            default:
                let utf8 = Array(name.utf8)
                let parsed: Int? = utf8.withUnsafeBufferPointer { bytes in
                    var index = 0
                    guard let offset = try? DateTimePattern.parseOffset(bytes, at: &index), index == bytes.count else { return nil }
                    return offset
                }
                guard let parsed else { return nil }
                self = .fixed(offsetSeconds: parsed)
            }
        }

        /// `UTC`, `+01:00`, `Europe/London`.
        public var description: String {
            switch self {
            case .utc: return "UTC"
            case .europeLondon: return "Europe/London"
            case .fixed(let seconds):
                let sign = seconds < 0 ? "-" : "+"
                let minutes = abs(seconds) / 60
                return sign + CivilCalendar.padded(minutes / 60, 2) + ":" + CivilCalendar.padded(minutes % 60, 2)
            }
        }

        /// Seconds since 1970-01-01T00:00:00Z of `local` read in this zone.
        public func secondsSince1970(_ local: LocalDateTime) throws(DateTimeProblem) -> Int64 {
            let asUTC = local.secondsSince1970AsUTC
            switch self {
            case .utc: return asUTC
            case .fixed(let offset): return asUTC - Int64(offset)
            case .europeLondon(let ambiguous, let nonexistent):
                return try London.secondsSince1970(local, asUTC: asUTC, ambiguous: ambiguous, nonexistent: nonexistent)
            }
        }
    }

    /// Which reading to take of a local time that happens twice (when the clocks go back).
    public enum AmbiguousTimePolicy: String, Hashable, Sendable, CaseIterable {
        /// Refuse the value.
        case error
        /// The first occurrence: summer time (for Europe/London, BST).
        case earlier
        /// The second occurrence: standard time (GMT).
        case later
    }

    /// What to do with a local time that never happens (when the clocks go forward).
    public enum NonexistentTimePolicy: String, Hashable, Sendable, CaseIterable {
        /// Refuse the value.
        case error
        /// Move it forward by the hour skipped (01:30 becomes 02:30 BST), as most databases do.
        case shiftForward = "shift-forward"
    }
}

/// The UK's clock changes from 1996 to 2100.
enum London {
    static let firstYear = 1996
    static let lastYear = 2100

    /// Per year from `firstYear`, the local seconds (read as UTC) at which the skipped hour in
    /// March and the repeated hour in October begin: 01:00 local on the last Sunday of each.
    static let transitions: [(springForward: Int64, fallBack: Int64)] = (firstYear...lastYear).map { year in
        func oneAM(month: Int) -> Int64 {
            let day = CivilCalendar.lastSunday(month: month, year: year)
            return Int64(CivilCalendar.daysSince1970(year: year, month: month, day: day)) * 86_400 + 3600
        }
        return (oneAM(month: 3), oneAM(month: 10))
    }

    static func secondsSince1970(
        _ local: CSV.LocalDateTime, asUTC: Int64, ambiguous: CSV.AmbiguousTimePolicy,
        nonexistent: CSV.NonexistentTimePolicy
    ) throws(CSV.DateTimeProblem) -> Int64 {
        let year = local.day.year
        guard year >= firstYear else { throw .localTimeBefore1996(year: year) }
        guard year <= lastYear else { throw .outOfRange(.year, value: year, at: 0) }
        let (springForward, fallBack) = transitions[year - firstYear]
        let hour: Int64 = 3600
        if asUTC < springForward { return asUTC }
        if asUTC < springForward + hour {
            // 01:00–01:59 on the last Sunday of March: the clocks jump from 01:00 GMT to 02:00 BST.
            guard nonexistent == .shiftForward else { throw .nonexistentLocalTime(local) }
            return asUTC
        }
        if asUTC < fallBack { return asUTC - hour }
        if asUTC < fallBack + hour {
            // 01:00–01:59 on the last Sunday of October: first in BST, then again in GMT.
            switch ambiguous {
            case .error: throw .ambiguousLocalTime(local)
            case .earlier: return asUTC - hour
            case .later: return asUTC
            }
        }
        return asUTC
    }
}
