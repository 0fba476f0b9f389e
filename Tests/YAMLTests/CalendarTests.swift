import Foundation
import Testing
import YAML

@Suite("Days and timestamps: only values that can be true")
struct CalendarTests {
    struct When: Decodable { var value: Date }
    struct On: Decodable { var value: YAML.Day }

    // MARK: Days

    @Test func aDayIsYYYYMMDD() throws {
        let day = try #require(decoded(On.self, "value: 2025-08-22\n")?.value)
        #expect(day == YAML.Day(year: 2025, month: 8, day: 22))
        #expect(day.midnightUTC == Date(timeIntervalSince1970: 1_755_820_800))
        #expect(day.iso8601 == "2025-08-22")
        #expect(day.description == "2025-08-22")
        #expect(decoded(On.self, "value: 2024-02-29\n")?.value.midnightUTC == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(decoded(On.self, "value: 1900-01-01\n")?.value.iso8601 == "1900-01-01")
        #expect(decoded(On.self, "value: 2100-12-31\n")?.value.iso8601 == "2100-12-31")
    }

    @Test func aDayRefusesATime() {
        expectFailure(
            On.self, "value: 2025-08-22T10:00:00Z\n",
            """
            test.yaml:1:8: error: '2025-08-22T10:00:00Z' has a time, but a date is expected here; write the day alone (YYYY-MM-DD)
            value: 2025-08-22T10:00:00Z
                   ^
            """)
        expectFailure(
            On.self, "value: 2025-08-22 10:00\n",
            """
            test.yaml:1:8: error: '2025-08-22 10:00' is not a date (YYYY-MM-DD)
            value: 2025-08-22 10:00
                   ^
            """)
    }

    @Test func aDayMustBeOnTheCalendarAndInRange() {
        expectFailure(
            On.self, "value: 2025-02-29\n",
            """
            test.yaml:1:8: error: '2025-02-29' is not a calendar date
            value: 2025-02-29
                   ^
            """)
        expectFailure(
            On.self, "value: 22/08/2025\n",
            """
            test.yaml:1:8: error: '22/08/2025' is not a date (YYYY-MM-DD)
            value: 22/08/2025
                   ^
            """)
        expectFailure(
            On.self, "value: 0205-08-22\n",
            """
            test.yaml:1:8: error: '0205-08-22' is out of range; the year must be from 1900 to 2100
            value: 0205-08-22
                   ^
            """)
        expectFailure(
            On.self, "value: '2025-08-22'\n",
            """
            test.yaml:1:8: error: expected a date (YYYY-MM-DD), found the quoted string '2025-08-22'; remove the quotes
            value: '2025-08-22'
                   ^
            """)
    }

    @Test func daysAreOrderedAndMadeOnlyWhenReal() throws {
        let days = ["2025-08-22", "1999-12-31", "2025-01-06"].compactMap(YAML.Day.init)
        #expect(days.sorted().map(\.iso8601) == ["1999-12-31", "2025-01-06", "2025-08-22"])
        #expect(YAML.Day(year: 2025, month: 2, day: 29) == nil)
        #expect(YAML.Day(year: 1899, month: 12, day: 31) == nil)
        #expect(YAML.Day("2025-08-22T00:00:00Z") == nil)
        #expect(YAML.Day.allowedYears == 1900...2100)
    }

    @Test func aDayDecodesFromJSONTooAsItsISOString() throws {
        let day = try JSONDecoder().decode([YAML.Day].self, from: Data(#"["2025-01-06"]"#.utf8))
        #expect(day == [YAML.Day(year: 2025, month: 1, day: 6)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([YAML.Day].self, from: Data(#"["2025-1-6"]"#.utf8)) }
    }

    // MARK: Timestamps

    @Test func timestampsNeedATimeAndAZone() {
        #expect(decoded(When.self, "value: 2025-03-04T09:30:00Z\n")?.value == Date(timeIntervalSince1970: 1_741_080_600))
        #expect(decoded(When.self, "value: 2025-07-04T09:30:00+01:00\n")?.value == Date(timeIntervalSince1970: 1_751_617_800))
        #expect(decoded(When.self, "value: 2025-03-04T09:30:15.5Z\n")?.value == Date(timeIntervalSince1970: 1_741_080_615.5))
        #expect(decoded(When.self, "value: 2025-03-04T09:30Z\n")?.value == Date(timeIntervalSince1970: 1_741_080_600))
        expectFailure(
            When.self, "value: 2025-08-22\n",
            """
            test.yaml:1:8: error: '2025-08-22' is a date without a time; a timestamp needs a time and a zone, e.g. 2025-01-06T18:20:00Z
            value: 2025-08-22
                   ^
            """)
        expectFailure(
            When.self, "value: 2025-03-04T09:30:00\n",
            """
            test.yaml:1:8: error: the timestamp '2025-03-04T09:30:00' has no time zone; add Z or an offset such as +01:00
            value: 2025-03-04T09:30:00
                   ^
            """)
        expectFailure(
            When.self, "value: 2024-11-24 08:15\n",
            """
            test.yaml:1:8: error: '2024-11-24 08:15' is not a timestamp with a time zone (e.g. 2025-03-04T09:30:00Z)
            value: 2024-11-24 08:15
                   ^
            """)
    }

    @Test func aTimeOfDayCannotRollOver() {
        expectFailure(
            When.self, "value: 2025-03-04T17:40:60Z\n",
            """
            test.yaml:1:8: error: '2025-03-04T17:40:60Z' is not a time of day; hours run 00 to 23, minutes and seconds 00 to 59
            value: 2025-03-04T17:40:60Z
                   ^
            """)
        expectFailure(
            When.self, "value: 2025-03-04T25:00Z\n",
            """
            test.yaml:1:8: error: '2025-03-04T25:00Z' is not a time of day; hours run 00 to 23, minutes and seconds 00 to 59
            value: 2025-03-04T25:00Z
                   ^
            """)
        expectFailure(
            When.self, "value: 2025-03-04T09:60:00Z\n",
            """
            test.yaml:1:8: error: '2025-03-04T09:60:00Z' is not a time of day; hours run 00 to 23, minutes and seconds 00 to 59
            value: 2025-03-04T09:60:00Z
                   ^
            """)
        let lastMoment = decoded(When.self, "value: 2025-03-04T17:40:59.999Z\n")?.value.timeIntervalSince1970 ?? 0
        #expect(abs(lastMoment - 1_741_110_059.999) < 1e-6)
        expectFailure(
            When.self, "value: 2025-02-30T10:00:00Z\n",
            """
            test.yaml:1:8: error: '2025-02-30T10:00:00Z' is not a calendar date
            value: 2025-02-30T10:00:00Z
                   ^
            """)
    }

    @Test(arguments: ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "2101-01-01T00:00:00+01:00"])
    func aYearOutsideTheRangeIsRefused(_ text: String) {
        expectFailure(
            When.self, "value: \(text)\n",
            """
            test.yaml:1:8: error: '\(text)' is out of range; the year must be from 1900 to 2100
            value: \(text)
                   ^
            """)
    }

    /// The years bound the instant: a time written in range whose offset moves it out is refused.
    @Test(arguments: ["2100-12-31T23:30:00-01:00", "1900-01-01T00:30:00+01:00", "2100-12-31T10:00:00-14:00"])
    func anOffsetThatMovesTheInstantOutOfRangeIsRefused(_ text: String) {
        expectFailure(
            When.self, "value: \(text)\n",
            """
            test.yaml:1:8: error: '\(text)' is out of range once its offset is applied; the instant must fall from 1900 to 2100 in UTC
            value: \(text)
                   ^
            """)
    }

    @Test func anOffsetThatKeepsTheInstantInRangeIsAccepted() {
        #expect(decoded(When.self, "value: 2100-12-31T23:30:00+01:00\n")?.value == Date(timeIntervalSince1970: 4_133_980_799 - 1799 - 3600))
        #expect(decoded(When.self, "value: 1900-01-01T00:30:00-01:00\n")?.value == Date(timeIntervalSince1970: -2_208_988_800 + 5400))
    }

    @Test func theEdgesOfTheRangeAreAccepted() {
        #expect(decoded(When.self, "value: 1900-01-01T00:00:00Z\n")?.value == Date(timeIntervalSince1970: -2_208_988_800))
        #expect(decoded(When.self, "value: 2100-12-31T23:59:59Z\n")?.value == Date(timeIntervalSince1970: 4_133_980_799))
    }
}
