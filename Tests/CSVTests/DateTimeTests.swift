import CSV
import Testing

func pattern(_ text: String) -> CSV.DateTimePattern {
    try! CSV.DateTimePattern(text)
}

func seconds(_ text: String, _ pattern: String, in zone: CSV.Zone = .utc) -> Result<Int64, CSV.DateTimeProblem> {
    let compiled = try! CSV.DateTimePattern(pattern)
    return withBytes(text) { bytes in
        Result { () throws(CSV.DateTimeProblem) in try compiled.secondsSince1970(from: bytes, in: zone) }
    }
}

func day(_ text: String, _ pattern: String) -> Result<CSV.Day, CSV.DateTimeProblem> {
    let compiled = try! CSV.DateTimePattern(pattern)
    return withBytes(text) { bytes in Result { () throws(CSV.DateTimeProblem) in try compiled.day(from: bytes) } }
}

func patternProblem(_ text: String) -> CSV.PatternProblem? {
    do {
        _ = try CSV.DateTimePattern(text)
        return nil
    } catch {
        return error
    }
}

@Suite("Fields: date-times by pattern")
struct DateTimeTests {
    @Test func patternsAreChecked() {
        #expect(patternProblem("") == .empty)
        #expect(patternProblem("%Y-%m") == .missing(.day))
        #expect(patternProblem("%d/%m") == .missing(.year))
        #expect(patternProblem("%Y-%m-%d %q") == .unknownDirective("q", at: 9))
        #expect(patternProblem("%Y-%m-%d %-Y") == .unknownDirective("Y", at: 9))
        #expect(patternProblem("%Y-%m-%d%") == .danglingPercent(at: 8))
        #expect(patternProblem("%Y-%m-%d%-") == .danglingPercent(at: 8))
        #expect(patternProblem("%Y-%Y-%m-%d") == .repeated(.year, at: 3))
        #expect(patternProblem("%Y-%m-%d %M") == .incompleteTime(missing: .hour))
        #expect(patternProblem("%Y-%m-%d %H:%S") == .incompleteTime(missing: .minute))
        #expect(patternProblem("%Y-%m-%d%z") == .offsetWithoutTime)
        #expect(patternProblem("%-d%m%Y") == .adjacentNumbers(at: 3))
        #expect(patternProblem("%d%m%Y") == nil)
        #expect(patternProblem("%Y%m%d%-H") == nil)
        #expect(pattern("%Y-%m-%d").hasTime == false)
        #expect(pattern("%d/%m/%Y %H:%M").hasTime == true)
        #expect(pattern("%Y-%m-%dT%H:%M:%S%z").hasOffset == true)
    }

    @Test func patternProblemWording() {
        #expect(
            CSV.PatternProblem.unknownDirective("q", at: 9).message
                == "'%q' at character 10 is not a directive; use %Y %m %d %H %M %S %z, %-d for 1 or 2 digits, %% for %")
        #expect(CSV.PatternProblem.missing(.day).message == "the pattern has no day; a date needs %Y, %m and %d")
        #expect(CSV.PatternProblem.incompleteTime(missing: .hour).message == "the pattern has no hour (%H) but smaller units")
        #expect(
            CSV.PatternProblem.adjacentNumbers(at: 3).message
                == "the number at character 4 follows a 1-or-2-digit number directly, so they cannot be told apart")
    }

    @Test func dates() {
        #expect(day("2025-03-04", "%Y-%m-%d").map(\.description) == .success("2025-03-04"))
        #expect(day("04/03/2025", "%d/%m/%Y").map(\.description) == .success("2025-03-04"))
        #expect(day("4/3/2025", "%-d/%-m/%Y").map(\.description) == .success("2025-03-04"))
        #expect(day("14/12/2025", "%-d/%-m/%Y").map(\.description) == .success("2025-12-14"))
        #expect(day("20250304", "%Y%m%d").map(\.description) == .success("2025-03-04"))
        #expect(day("2025年03月04日", "%Y年%m月%d日").map(\.description) == .success("2025-03-04"))
        #expect(day("2025-03-04%", "%Y-%m-%d%%").map(\.description) == .success("2025-03-04"))
        #expect(day("1900-01-01", "%Y-%m-%d").map(\.daysSince1970) == .success(-25_567))
        #expect(day("04/03/2025 10:15", "%d/%m/%Y %H:%M").map(\.description) == .success("2025-03-04"))
    }

    @Test func calendarRules() {
        #expect(day("2024-02-29", "%Y-%m-%d").map(\.description) == .success("2024-02-29"))
        #expect(day("2000-02-29", "%Y-%m-%d").map(\.description) == .success("2000-02-29"))
        #expect(day("2025-02-29", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 29, month: 2, year: 2025, at: 8)))
        #expect(day("1900-02-29", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 29, month: 2, year: 1900, at: 8)))
        #expect(day("2100-02-29", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 29, month: 2, year: 2100, at: 8)))
        #expect(day("2025-04-31", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 31, month: 4, year: 2025, at: 8)))
        #expect(day("2025-01-32", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 32, month: 1, year: 2025, at: 8)))
        #expect(day("2025-01-00", "%Y-%m-%d") == .failure(.dayOutOfRange(day: 0, month: 1, year: 2025, at: 8)))
        #expect(day("2025-13-01", "%Y-%m-%d") == .failure(.outOfRange(.month, value: 13, at: 5)))
        #expect(day("2025-00-01", "%Y-%m-%d") == .failure(.outOfRange(.month, value: 0, at: 5)))
    }

    @Test func yearsOnlyFrom1900To2100() {
        #expect(day("1899-12-31", "%Y-%m-%d") == .failure(.outOfRange(.year, value: 1899, at: 0)))
        #expect(day("2101-01-01", "%Y-%m-%d") == .failure(.outOfRange(.year, value: 2101, at: 0)))
        #expect(day("0000-01-01", "%Y-%m-%d") == .failure(.outOfRange(.year, value: 0, at: 0)))
        #expect(day("9999-12-31", "%Y-%m-%d") == .failure(.outOfRange(.year, value: 9999, at: 0)))
        #expect(seconds("1900-01-01 00:00:00", "%Y-%m-%d %H:%M:%S") == .success(-2_208_988_800))
        #expect(seconds("2100-12-31 23:59:59", "%Y-%m-%d %H:%M:%S") == .success(4_133_980_799))
    }

    @Test func timesOfDay() {
        #expect(seconds("04/03/2025 09:30", "%d/%m/%Y %H:%M") == .success(1_741_080_600))
        #expect(seconds("4/3/2025 9:30", "%-d/%-m/%Y %-H:%M") == .success(1_741_080_600))
        #expect(seconds("2025-03-04 23:59:59", "%Y-%m-%d %H:%M:%S") == .success(1_741_132_799))
        #expect(seconds("2025-03-04 24:00", "%Y-%m-%d %H:%M") == .failure(.outOfRange(.hour, value: 24, at: 11)))
        #expect(seconds("2025-03-04 23:60", "%Y-%m-%d %H:%M") == .failure(.outOfRange(.minute, value: 60, at: 14)))
        #expect(seconds("2025-03-04 23:59:60", "%Y-%m-%d %H:%M:%S") == .failure(.outOfRange(.second, value: 60, at: 17)))
        #expect(seconds("2025-03-04", "%Y-%m-%d") == .success(1_741_046_400))
    }

    @Test func offsets() {
        let iso = "%Y-%m-%dT%H:%M:%S%z"
        #expect(seconds("2025-03-04T09:30:00Z", iso) == .success(1_741_080_600))
        #expect(seconds("2025-03-04T09:30:00+01:00", iso) == .success(1_741_077_000))
        #expect(seconds("2025-03-04T09:30:00+0100", iso) == .success(1_741_077_000))
        #expect(seconds("2025-03-04T09:30:00-05:30", iso) == .success(1_741_100_400))
        // The written offset wins over the zone.
        #expect(seconds("2025-07-04T09:30:00Z", iso, in: .europeLondon()) == seconds("2025-07-04T09:30:00Z", iso))
        #expect(seconds("2025-03-04T09:30:00+01", iso) == .failure(.offsetExpected(at: 19)))
        #expect(seconds("2025-03-04T09:30:00z", iso) == .failure(.offsetExpected(at: 19)))
        #expect(seconds("2025-03-04T09:30:00", iso) == .failure(.offsetExpected(at: 19)))
        #expect(seconds("2025-03-04T09:30:00+15:00", iso) == .failure(.offsetOutOfRange(at: 19)))
        #expect(seconds("2025-03-04T09:30:00+01:60", iso) == .failure(.offsetOutOfRange(at: 19)))
        #expect(seconds("2025-03-04T09:30:00+14:00", iso) == .success(1_741_080_600 - 14 * 3600))
        // Nothing may follow the offset; the fixed part is still checked where it lies.
        #expect(seconds("2025-03-04T09:30:00+01:00x", iso) == .failure(.trailingCharacters(at: 25)))
        #expect(seconds("2025-03-04T09:30:00Z ", iso) == .failure(.trailingCharacters(at: 20)))
        #expect(seconds("2025-03-04 09:30:00Z", iso) == .failure(.literalExpected("T", at: 10)))
        #expect(seconds("2025-02-30T09:30:00Z", iso) == .failure(.dayOutOfRange(day: 30, month: 2, year: 2025, at: 8)))
        #expect(seconds("04/03/2025 09:30-0100", "%d/%m/%Y %H:%M%z") == .success(1_741_080_600 + 3600))
    }

    @Test func shapeProblems() {
        #expect(day("", "%Y-%m-%d") == .failure(.empty))
        #expect(day("2025-3-04", "%Y-%m-%d") == .failure(.digitsExpected(.month, count: 2...2, at: 5)))
        #expect(day("25-03-04", "%Y-%m-%d") == .failure(.digitsExpected(.year, count: 4...4, at: 0)))
        #expect(day("2025/03/04", "%Y-%m-%d") == .failure(.literalExpected("-", at: 4)))
        #expect(day("x/3/2025", "%-d/%-m/%Y") == .failure(.digitsExpected(.day, count: 1...2, at: 0)))
        #expect(day("2025-03-04 10:00", "%Y-%m-%d") == .failure(.trailingCharacters(at: 10)))
        #expect(day("2025-03-04 ", "%Y-%m-%d") == .failure(.trailingCharacters(at: 10)))
        #expect(day(" 2025-03-04", "%Y-%m-%d") == .failure(.digitsExpected(.year, count: 4...4, at: 0)))
        #expect(day("123/03/2025", "%-d/%m/%Y") == .failure(.literalExpected("/", at: 2)))
    }

    @Test func wording() {
        func message(_ problem: CSV.DateTimeProblem, _ text: String, _ pattern: String = "%d/%m/%Y %H:%M") -> String {
            CSV.ValueProblem.dateTime(problem, pattern: pattern).message(text: text)
        }
        #expect(message(.empty, "") == "the field is empty; expected a date in the form %d/%m/%Y %H:%M")
        #expect(
            message(.digitsExpected(.month, count: 2...2, at: 3), "04/3/2025 10:00")
                == "'04/3/2025 10:00' does not match %d/%m/%Y %H:%M: expected 2 digits of the month at character 4")
        #expect(
            message(.digitsExpected(.day, count: 1...2, at: 0), "x", "%-d/%m/%Y")
                == "'x' does not match %-d/%m/%Y: expected 1 or 2 digits of the day at character 1")
        #expect(
            message(.literalExpected(":", at: 13), "04/03/2025 10.00")
                == "'04/03/2025 10.00' does not match %d/%m/%Y %H:%M: expected ':' at character 14")
        #expect(
            message(.trailingCharacters(at: 10), "04/03/2025 10:00", "%d/%m/%Y")
                == "'04/03/2025 10:00' does not match %d/%m/%Y: unexpected a space at character 11 after the end of the pattern")
        #expect(
            message(.dayOutOfRange(day: 31, month: 4, year: 2025, at: 0), "31/04/2025 10:00")
                == "'31/04/2025 10:00' is not a date: April has 30 days")
        #expect(
            message(.dayOutOfRange(day: 29, month: 2, year: 2025, at: 0), "29/02/2025 10:00")
                == "'29/02/2025 10:00' is not a date: 2025 is not a leap year")
        #expect(
            message(.outOfRange(.hour, value: 24, at: 11), "04/03/2025 24:00")
                == "'04/03/2025 24:00' has hour 24, outside 00–23")
        #expect(
            message(.outOfRange(.year, value: 1899, at: 6), "31/12/1899 10:00")
                == "'31/12/1899 10:00' has year 1899, outside 1900–2100")
        #expect(
            message(.offsetExpected(at: 19), "2025-03-04T09:30:00", "%Y-%m-%dT%H:%M:%S%z")
                == "'2025-03-04T09:30:00' does not match %Y-%m-%dT%H:%M:%S%z: expected an offset (Z, +01:00 or +0100) at character 20")
    }
}
