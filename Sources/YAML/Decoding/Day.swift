#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension YAML {
    /// A calendar day with no time and no zone, such as the day a report was published.
    ///
    /// Written `YYYY-MM-DD` in YAML, and nothing else: a timestamp where a day is meant is an
    /// error, not silently cut to its date (and a `Date` field, conversely, refuses a bare day
    /// rather than taking it as midnight UTC). Ordered by date.
    public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The years a day or a timestamp may have: 1900 to 2100. A year outside them is a
        /// typing mistake in anything this layer reads (`0205-08-22`), never a real value.
        public static let allowedYears = 1900...2100

        /// The year, within `allowedYears`.
        public let year: Int
        /// 1-based month: 1 is January.
        public let month: Int
        /// 1-based day of the month.
        public let day: Int

        /// The day, or nil when it is not on the calendar (`2025-02-29`) or its year is not
        /// within `allowedYears`.
        public init?(year: Int, month: Int, day: Int) {
            guard Self.allowedYears.contains(year), (1...12).contains(month),
                (1...CalendarText.daysIn(month: month, year: year)).contains(day)
            else { return nil }
            self.init(checkedYear: year, month: month, day: day)
        }

        /// The day written `YYYY-MM-DD`, or nil when the text is anything else or not a real day.
        public init?(_ text: String) {
            var text = text
            let parsed = text.withUTF8 { CalendarText.day($0) }
            guard case .value(let day) = parsed else { return nil }
            self = day
        }

        init(checkedYear year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// The start of the day in UTC, 00:00:00Z.
        public var midnightUTC: Date {
            Date(timeIntervalSince1970: Double(CalendarText.daysSinceEpoch(year: year, month: month, day: day)) * 86_400)
        }

        /// `YYYY-MM-DD`, as written in YAML.
        public var iso8601: String {
            func padded(_ value: Int, _ width: Int) -> String {
                String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
            }
            return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        }

        public var description: String { iso8601 }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }
}

extension YAML.Day: Decodable {
    /// From YAML, the decoder reads the scalar itself and says exactly what is wrong with it;
    /// from any other decoder, a string `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = YAML.Day(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)"))
        }
        self = day
    }
}
