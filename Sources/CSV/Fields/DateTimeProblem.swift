extension CSV {
    /// A part of a date-time, as named in problems.
    public enum DateTimeComponent: Hashable, Sendable {
        case year, month, day, hour, minute, second, offset
    }

    /// Why a field's text is not a date-time in the pattern given. Offsets are 0-based bytes
    /// into the text.
    public enum DateTimeProblem: Swift.Error, Hashable, Sendable {
        case empty
        /// The pattern wants digits for `component` here: `count` of them (1...2 for `%-d`).
        case digitsExpected(DateTimeComponent, count: ClosedRange<Int>, at: Int)
        /// The pattern wants this character here.
        case literalExpected(Unicode.Scalar, at: Int)
        /// `Z`, `+HH:MM` or `+HHMM` was wanted here.
        case offsetExpected(at: Int)
        /// An offset beyond ±14:00, or with minutes past 59.
        case offsetOutOfRange(at: Int)
        /// The text goes on after the pattern has ended (a time after a date-only pattern, say).
        case trailingCharacters(at: Int)
        /// A value outside its range: years 1900–2100, months 1–12, hours 0–23, minutes and
        /// seconds 0–59 (no 24:00, no leap second).
        case outOfRange(DateTimeComponent, value: Int, at: Int)
        /// A day past the end of its month (31 April, 29 February 2025), or day 0.
        case dayOutOfRange(day: Int, month: Int, year: Int, at: Int)
        /// A local time in the hour skipped when the clocks go forward.
        case nonexistentLocalTime(LocalDateTime)
        /// A local time in the hour that happens twice when the clocks go back.
        case ambiguousLocalTime(LocalDateTime)
        /// A Europe/London local time before 1996, whose rules are not built in.
        case localTimeBefore1996(year: Int)
        /// A time written within 1900–2100 whose offset or zone moves the instant outside them
        /// (`31/12/2100 23:30` at `-01:00` is 2101-01-01T00:30Z): the UTC year it falls in.
        case instantOutOfRange(utcYear: Int)

        /// Where in the text the problem is, when it is at one place.
        public var offset: Int? {
            switch self {
            case .digitsExpected(_, _, let at), .literalExpected(_, let at), .offsetExpected(let at),
                .offsetOutOfRange(let at), .trailingCharacters(let at), .outOfRange(_, _, let at),
                .dayOutOfRange(_, _, _, let at):
                return at
            case .empty, .nonexistentLocalTime, .ambiguousLocalTime, .localTimeBefore1996, .instantOutOfRange:
                return nil
            }
        }
    }

    /// Why a date-time pattern is not usable. Offsets are 0-based, in characters of the pattern.
    public enum PatternProblem: Swift.Error, Hashable, Sendable {
        case empty
        /// `%` followed by a character that is not a directive.
        case unknownDirective(Unicode.Scalar, at: Int)
        /// A `%` at the end of the pattern.
        case danglingPercent(at: Int)
        case repeated(DateTimeComponent, at: Int)
        /// The pattern lacks a year, month or day.
        case missing(DateTimeComponent)
        /// Minutes without hours, or seconds without minutes: `component` is the one lacking.
        case incompleteTime(missing: DateTimeComponent)
        /// `%z` in a pattern with no time.
        case offsetWithoutTime
        /// A 1-to-2-digit directive (`%-d`) directly followed by digits, which cannot be split.
        case adjacentNumbers(at: Int)
    }

    /// Why a field's text is not the value a consumer asked for, from one of the parsers or in
    /// the consumer's own words.
    public enum ValueProblem: Hashable, Sendable {
        case integer(NumberProblem)
        case decimal(NumberProblem)
        /// `pattern` is the pattern's text, for the message.
        case dateTime(DateTimeProblem, pattern: String)
        /// The consumer's own sentence, e.g. "expected one of H, M, L"; put after the column.
        case custom(String, at: Int?)

        /// Where in the text the problem is (0-based bytes), when it is at one place.
        public var offset: Int? {
            switch self {
            case .integer(let problem), .decimal(let problem): return problem.offset
            case .dateTime(let problem, _): return problem.offset
            case .custom(_, let at): return at
            }
        }
    }
}
