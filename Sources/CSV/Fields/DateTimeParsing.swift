extension CSV.DateTimePattern {
    /// The date and time written in `text`, and the offset when the pattern has `%z`.
    ///
    /// A date-only pattern gives midnight. Every part is checked (see the type's rules) and the
    /// whole text must match: trailing characters are a problem, never dropped.
    public func localDateTime(
        from text: UnsafeBufferPointer<UInt8>
    ) throws(CSV.DateTimeProblem) -> (dateTime: CSV.LocalDateTime, offsetSeconds: Int?) {
        guard !text.isEmpty else { throw .empty }
        var values: Parts = (year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        var starts: Parts = (year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0)
        var offset: Int?
        if let fixedWidth, fixedWidth.read(text, into: &values, offset: &offset) {
            // Every part was where the layout puts it; the checks below need only its offsets.
            starts = fixedWidth.starts
        } else {
            try readTokens(text, values: &values, starts: &starts, offset: &offset)
        }
        guard (1900...2100).contains(values.year) else { throw .outOfRange(.year, value: values.year, at: starts.year) }
        guard (1...12).contains(values.month) else { throw .outOfRange(.month, value: values.month, at: starts.month) }
        guard values.day >= 1, values.day <= CivilCalendar.daysIn(month: values.month, year: values.year) else {
            throw .dayOutOfRange(day: values.day, month: values.month, year: values.year, at: starts.day)
        }
        guard values.hour <= 23 else { throw .outOfRange(.hour, value: values.hour, at: starts.hour) }
        guard values.minute <= 59 else { throw .outOfRange(.minute, value: values.minute, at: starts.minute) }
        guard values.second <= 59 else { throw .outOfRange(.second, value: values.second, at: starts.second) }
        let day = CSV.Day(checkedYear: values.year, month: values.month, day: values.day)
        return (CSV.LocalDateTime(day: day, hour: values.hour, minute: values.minute, second: values.second), offset)
    }

    /// Reads `text` token by token, for any pattern, throwing each mismatch with where it is.
    private func readTokens(
        _ text: UnsafeBufferPointer<UInt8>, values: inout Parts, starts: inout Parts, offset: inout Int?
    ) throws(CSV.DateTimeProblem) {
        var index = 0
        for token in tokens {
            let start = index
            switch token {
            case .year:
                values.year = try Self.digits(text, at: &index, for: .year, count: 4...4)
                starts.year = start
            case .number(let component, let flexible):
                let value = try Self.digits(text, at: &index, for: component, count: flexible ? 1...2 : 2...2)
                switch component {
                case .month: (values.month, starts.month) = (value, start)
                case .day: (values.day, starts.day) = (value, start)
                case .hour: (values.hour, starts.hour) = (value, start)
                case .minute: (values.minute, starts.minute) = (value, start)
                default: (values.second, starts.second) = (value, start)
                }
            case .offset:
                offset = try Self.parseOffset(text, at: &index)
            case .literal(let scalar):
                for unit in scalar.utf8 {
                    guard index < text.count, text[index] == unit else { throw .literalExpected(scalar, at: start) }
                    index += 1
                }
            }
        }
        guard index == text.count else { throw .trailingCharacters(at: index) }
    }

    /// The calendar day written in `text`. A time, if the pattern has one, is checked and
    /// dropped; no zone is applied (the day is the one written).
    public func day(from text: UnsafeBufferPointer<UInt8>) throws(CSV.DateTimeProblem) -> CSV.Day {
        try localDateTime(from: text).dateTime.day
    }

    /// Seconds since 1970-01-01T00:00:00Z of the instant written in `text`.
    ///
    /// With `%z` the written offset is used and `zone` ignored; otherwise the time is read in
    /// `zone`. A date-only pattern gives the day's start (midnight) in `zone`.
    public func secondsSince1970(
        from text: UnsafeBufferPointer<UInt8>, in zone: CSV.Zone
    ) throws(CSV.DateTimeProblem) -> Int64 {
        let (local, offset) = try localDateTime(from: text)
        let seconds: Int64
        if let offset { seconds = local.secondsSince1970AsUTC - Int64(offset) } else { seconds = try zone.secondsSince1970(local) }
        // The years 1900–2100 bound the instant, not only the time as written.
        guard Self.instants.contains(seconds) else {
            throw .instantOutOfRange(utcYear: seconds < Self.instants.lowerBound ? 1899 : 2101)
        }
        return seconds
    }

    /// 1900-01-01T00:00:00Z to 2100-12-31T23:59:59Z.
    static let instants: ClosedRange<Int64> = -2_208_988_800...4_133_980_799

    /// Reads `count` digits (as many as there are, up to its upper bound) for `component`.
    private static func digits(
        _ text: UnsafeBufferPointer<UInt8>, at index: inout Int, for component: CSV.DateTimeComponent,
        count: ClosedRange<Int>
    ) throws(CSV.DateTimeProblem) -> Int {
        let start = index
        var value = 0
        while index - start < count.upperBound, index < text.count {
            let digit = text[index] &- UInt8(ascii: "0")
            guard digit <= 9 else { break }
            value = value * 10 + Int(digit)
            index += 1
        }
        guard index - start >= count.lowerBound else { throw .digitsExpected(component, count: count, at: start) }
        return value
    }

    /// Reads `Z`, `±HH:MM` or `±HHMM`: seconds east of UTC, at most 14 hours either way.
    static func parseOffset(_ text: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(CSV.DateTimeProblem) -> Int {
        let start = index
        guard index < text.count else { throw .offsetExpected(at: start) }
        if text[index] == UInt8(ascii: "Z") {
            index += 1
            return 0
        }
        let sign: Int
        switch text[index] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: throw .offsetExpected(at: start)
        }
        index += 1
        func twoDigits() throws(CSV.DateTimeProblem) -> Int {
            guard index + 1 < text.count else { throw .offsetExpected(at: start) }
            let tens = text[index] &- UInt8(ascii: "0")
            let units = text[index + 1] &- UInt8(ascii: "0")
            guard tens <= 9, units <= 9 else { throw .offsetExpected(at: start) }
            index += 2
            return Int(tens) * 10 + Int(units)
        }
        let hours = try twoDigits()
        if index < text.count, text[index] == UInt8(ascii: ":") { index += 1 }
        let minutes = try twoDigits()
        guard minutes <= 59, hours * 60 + minutes <= 14 * 60 else { throw .offsetOutOfRange(at: start) }
        return sign * (hours * 3600 + minutes * 60)
    }
}
