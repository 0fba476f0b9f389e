import CSV
import Foundation
import Testing

/// The last Sundays of March and October, when the UK's clocks change.
let clockChanges: [(year: Int, spring: String, autumn: String)] = [
    (2024, "2024-03-31", "2024-10-27"),
    (2025, "2025-03-30", "2025-10-26"),
    (2026, "2026-03-29", "2026-10-25"),
]

@Suite("Fields: time zones, and Europe/London's clock changes")
struct ZoneTests {
    let london = CSV.Zone.europeLondon()
    let pattern = "%Y-%m-%d %H:%M:%S"

    /// Seconds since 1970 of midnight UTC at the start of `day` (YYYY-MM-DD).
    func midnight(_ day: String) -> Int64 {
        try! seconds(day, "%Y-%m-%d").get()
    }

    func local(_ text: String) -> CSV.LocalDateTime {
        withBytes(text) { try! CSV.DateTimePattern(pattern).localDateTime(from: $0).dateTime }
    }

    @Test func zonesByName() {
        #expect(CSV.Zone(name: "UTC") == .utc)
        #expect(CSV.Zone(name: "Z") == .utc)
        #expect(CSV.Zone(name: "Europe/London") == .europeLondon(ambiguous: .error, nonexistent: .error))
        #expect(CSV.Zone(name: "+01:00") == .fixed(offsetSeconds: 3600))
        #expect(CSV.Zone(name: "-0530") == .fixed(offsetSeconds: -19_800))
        #expect(CSV.Zone(name: "+15:00") == nil)
        #expect(CSV.Zone(name: "Europe/Paris") == nil)
        #expect(CSV.Zone(name: "GMT") == nil)
        #expect(CSV.Zone(name: "") == nil)
        #expect(CSV.Zone.fixed(offsetSeconds: -19_800).description == "-05:30")
        #expect(CSV.Zone.europeLondon(ambiguous: .later).description == "Europe/London")
        #expect(CSV.AmbiguousTimePolicy(rawValue: "earlier") == .earlier)
        #expect(CSV.NonexistentTimePolicy(rawValue: "shift-forward") == .shiftForward)
    }

    @Test func fixedOffset() {
        #expect(seconds("2025-03-04 09:30:00", pattern, in: .fixed(offsetSeconds: 3600)) == .success(1_741_077_000))
    }

    @Test func winterIsGMTAndSummerIsBST() {
        #expect(seconds("2025-01-15 12:00:00", pattern, in: london) == .success(midnight("2025-01-15") + 12 * 3600))
        #expect(seconds("2025-07-15 12:00:00", pattern, in: london) == .success(midnight("2025-07-15") + 11 * 3600))
        #expect(seconds("2025-12-31 23:59:59", pattern, in: london) == .success(midnight("2026-01-01") - 1))
        // A date-only pattern gives local midnight.
        #expect(seconds("2025-07-15", "%Y-%m-%d", in: london) == .success(midnight("2025-07-15") - 3600))
    }

    @Test(arguments: clockChanges)
    func springForward(year: Int, spring: String, autumn: String) {
        let day = midnight(spring)
        #expect(seconds("\(spring) 00:59:59", pattern, in: london) == .success(day + 3599))
        #expect(seconds("\(spring) 01:00:00", pattern, in: london) == .failure(.nonexistentLocalTime(local("\(spring) 01:00:00"))))
        #expect(seconds("\(spring) 01:59:59", pattern, in: london) == .failure(.nonexistentLocalTime(local("\(spring) 01:59:59"))))
        #expect(seconds("\(spring) 02:00:00", pattern, in: london) == .success(day + 3600))
        // Shifted forward: 01:30 is read as 02:30 BST, which is 01:30 UTC.
        let shifting = CSV.Zone.europeLondon(nonexistent: .shiftForward)
        #expect(seconds("\(spring) 01:30:00", pattern, in: shifting) == .success(day + 5400))
        #expect(seconds("\(spring) 02:30:00", pattern, in: shifting) == .success(day + 5400))
        #expect(seconds("\(spring) 12:00:00", pattern, in: london) == .success(day + 11 * 3600))
    }

    @Test(arguments: clockChanges)
    func fallBack(year: Int, spring: String, autumn: String) {
        let day = midnight(autumn)
        #expect(seconds("\(autumn) 00:59:59", pattern, in: london) == .success(day - 3600 + 3599))
        #expect(seconds("\(autumn) 01:00:00", pattern, in: london) == .failure(.ambiguousLocalTime(local("\(autumn) 01:00:00"))))
        #expect(seconds("\(autumn) 01:59:59", pattern, in: london) == .failure(.ambiguousLocalTime(local("\(autumn) 01:59:59"))))
        #expect(seconds("\(autumn) 02:00:00", pattern, in: london) == .success(day + 2 * 3600))
        // Earlier is the BST reading (00:30 UTC), later the GMT one (01:30 UTC).
        #expect(seconds("\(autumn) 01:30:00", pattern, in: .europeLondon(ambiguous: .earlier)) == .success(day + 1800))
        #expect(seconds("\(autumn) 01:30:00", pattern, in: .europeLondon(ambiguous: .later)) == .success(day + 5400))
    }

    @Test func before1996IsRefused() {
        #expect(seconds("1995-07-01 12:00:00", pattern, in: london) == .failure(.localTimeBefore1996(year: 1995)))
        #expect(seconds("1995-12-31", "%Y-%m-%d", in: london) == .failure(.localTimeBefore1996(year: 1995)))
        #expect(seconds("1996-01-01 00:00:00", pattern, in: london) == .success(820_454_400))
        // With an offset or in UTC, any year from 1900 is fine.
        #expect(seconds("1995-07-01 12:00:00", pattern, in: .utc) == .success(804_600_000))
    }

    /// The years 1900–2100 bound the instant, after the offset or the zone, not only the time
    /// as written.
    @Test func anInstantOutsideTheYearsIsRefusedWhateverTheWrittenYear() {
        let withOffset = "%d/%m/%Y %H:%M%z"
        #expect(seconds("31/12/2100 23:30-01:00", withOffset, in: .utc) == .failure(.instantOutOfRange(utcYear: 2101)))
        #expect(seconds("01/01/1900 00:30+01:00", withOffset, in: .utc) == .failure(.instantOutOfRange(utcYear: 1899)))
        #expect(
            seconds("31/12/2100 23:30", "%d/%m/%Y %H:%M", in: .fixed(offsetSeconds: -3600)) == .failure(.instantOutOfRange(utcYear: 2101)))
        #expect(seconds("31/12/2100 23:30+01:00", withOffset, in: .utc) == .success(4_133_980_799 - 1799 - 3600))
        #expect(seconds("31/12/2100 23:59:59", "%d/%m/%Y %H:%M:%S", in: london) == .success(4_133_980_799))
        #expect(seconds("01/01/1900 00:00", "%d/%m/%Y %H:%M", in: .utc) == .success(-2_208_988_800))
        #expect(
            CSV.DateTimeProblem.instantOutOfRange(utcYear: 2101).message(text: "31/12/2100 23:30-01:00", pattern: withOffset)
                == "'31/12/2100 23:30-01:00' falls in 2101 in UTC, outside 1900–2100 (the range applies to the instant, after its offset)")
    }

    @Test func wordingOfTheClockChanges() {
        let text = "26/10/2025 01:30"
        let format = "%d/%m/%Y %H:%M"
        let ambiguous = CSV.DateTimeProblem.ambiguousLocalTime(local("2025-10-26 01:30:00"))
        #expect(
            ambiguous.message(text: text, pattern: format)
                == "01:30 on 2025-10-26 happens twice in Europe/London (the clocks go back from 02:00 to 01:00);"
                + " choose earlier (BST) or later (GMT) for ambiguous times")
        #expect(
            ambiguous.fact(text: text, pattern: format)
                == "01:30 on 2025-10-26 happens twice in Europe/London (the clocks go back from 02:00 to 01:00)")
        let nonexistent = CSV.DateTimeProblem.nonexistentLocalTime(local("2025-03-30 01:30:15"))
        #expect(
            nonexistent.message(text: "30/03/2025 01:30:15", pattern: format)
                == "01:30:15 on 2025-03-30 does not exist in Europe/London (the clocks go forward from 01:00 to 02:00);"
                + " check the value, or choose shift-forward for nonexistent times to read it an hour later")
        #expect(
            CSV.DateTimeProblem.localTimeBefore1996(year: 1995).message(text: "01/07/1995 12:00", pattern: format)
                == "'01/07/1995 12:00' is a UK local time in 1995; local UK times before 1996 are not supported;"
                + " export the times in UTC or with an offset such as +01:00")
    }

    /// Every half hour around each year's clock changes, 1996–2100, against the system's
    /// time zone data: reading the local time back gives the instant.
    @Test func agreesWithTheSystemTimeZoneData() throws {
        let system = try #require(TimeZone(identifier: "Europe/London"))
        let earlier = CSV.Zone.europeLondon(ambiguous: .earlier)
        let later = CSV.Zone.europeLondon(ambiguous: .later)
        let local = try CSV.DateTimePattern(pattern)
        var checked = 0
        for year in 1996...2100 {
            for month in ["03", "10"] {
                let start = midnight("\(year)-\(month)-24")
                for step in 0..<(8 * 48) {
                    let instant = start + Int64(step) * 1800
                    let offset = system.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
                    let written = format(instant + Int64(offset))
                    let zone = offset == 3600 ? earlier : later
                    let read = withBytes(written) { bytes in
                        Result { () throws(CSV.DateTimeProblem) in try local.secondsSince1970(from: bytes, in: zone) }
                    }
                    #expect(read == .success(instant), "\(written) (offset \(offset))")
                    checked += 1
                }
            }
        }
        #expect(checked == 105 * 2 * 8 * 48)
    }

    /// `YYYY-MM-DD HH:MM:SS` for seconds since 1970 read as UTC (Howard Hinnant's
    /// `civil_from_days`, the inverse of what the module uses, so the two check each other).
    func format(_ seconds: Int64) -> String {
        let days = Int(seconds.quotientAndRemainder(dividingBy: 86_400).quotient)
        let rest = Int(seconds - Int64(days) * 86_400)
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))"
    }
}
