extension CSV {
    /// A strftime-like pattern for reading dates and date-times, compiled once per column.
    ///
    /// Directives:
    /// - `%Y`: the year, 4 digits, 1900–2100 (a record from year 0 or 9999 cannot be true).
    /// - `%m` `%d` `%H` `%M` `%S`: month, day, hour (00–23), minute, second (00–59), 2 digits
    ///   each; `%-m` `%-d` `%-H` `%-M` `%-S` take 1 or 2 digits (`4/3/2025 9:05`).
    /// - `%z`: the offset from UTC, `Z`, `+01:00` or `+0100` (also `-`), at most 14 hours.
    /// - `%%`: a percent sign. Every other character stands for itself, matched exactly.
    ///
    /// A pattern needs `%Y`, `%m` and `%d` once each; minutes need hours and seconds minutes.
    /// Every value is checked to be a real calendar date and time: no 31 April, 29 February only
    /// in leap years, no 24:00, no second 60, and nothing may follow the pattern's end.
    public struct DateTimePattern: Hashable, Sendable, CustomStringConvertible {
        /// The pattern as written.
        public let text: String
        let tokens: [Token]
        /// The pattern reads a time of day (`%H`).
        public let hasTime: Bool
        /// The pattern reads an offset (`%z`), so the values need no zone.
        public let hasOffset: Bool
        /// Where each part lies, for a pattern of fixed widths: most values are read by it.
        let fixedWidth: FixedWidthLayout?

        enum Token: Hashable, Sendable {
            case year
            case number(DateTimeComponent, flexible: Bool)
            case offset
            case literal(Unicode.Scalar)
        }

        public var description: String { text }

        public init(_ text: String) throws(PatternProblem) {
            var tokens: [Token] = []
            var seen: Set<DateTimeComponent> = []
            var scalars = Array(text.unicodeScalars)[...]
            var position = 0
            guard !scalars.isEmpty else { throw .empty }
            while let scalar = scalars.popFirst() {
                let start = position
                position += 1
                guard scalar == "%" else {
                    tokens.append(.literal(scalar))
                    continue
                }
                guard var directive = scalars.popFirst() else { throw .danglingPercent(at: start) }
                position += 1
                let flexible = directive == "-"
                if flexible {
                    guard let next = scalars.popFirst() else { throw .danglingPercent(at: start) }
                    directive = next
                    position += 1
                }
                let token: Token
                switch (directive, flexible) {
                case ("%", false):
                    tokens.append(.literal("%"))
                    continue
                case ("Y", false): token = .year
                case ("m", _): token = .number(.month, flexible: flexible)
                case ("d", _): token = .number(.day, flexible: flexible)
                case ("H", _): token = .number(.hour, flexible: flexible)
                case ("M", _): token = .number(.minute, flexible: flexible)
                case ("S", _): token = .number(.second, flexible: flexible)
                case ("z", false): token = .offset
                default: throw .unknownDirective(directive, at: start)
                }
                let component = token.component!
                guard seen.insert(component).inserted else { throw .repeated(component, at: start) }
                // After `%-d`, digits end only at a non-digit: another number straight after could
                // take any split of them.
                if tokens.last?.isFlexibleNumber == true, token.isNumeric { throw .adjacentNumbers(at: start) }
                tokens.append(token)
            }
            for required in [DateTimeComponent.year, .month, .day] where !seen.contains(required) {
                throw .missing(required)
            }
            if seen.contains(.minute), !seen.contains(.hour) { throw .incompleteTime(missing: .hour) }
            if seen.contains(.second), !seen.contains(.minute) { throw .incompleteTime(missing: .minute) }
            if seen.contains(.offset), !seen.contains(.hour) { throw .offsetWithoutTime }
            self.text = text
            self.tokens = tokens
            hasTime = seen.contains(.hour)
            hasOffset = seen.contains(.offset)
            fixedWidth = FixedWidthLayout(tokens)
        }
    }
}

extension CSV.DateTimePattern.Token {
    var component: CSV.DateTimeComponent? {
        switch self {
        case .year: return .year
        case .number(let component, _): return component
        case .offset: return .offset
        case .literal: return nil
        }
    }

    /// Reads digits: a year or a number (an offset starts with a sign or Z).
    var isNumeric: Bool {
        switch self {
        case .year, .number: return true
        case .offset, .literal: return false
        }
    }

    /// A 1-to-2-digit number, whose end is found only by the next non-digit.
    var isFlexibleNumber: Bool {
        if case .number(_, flexible: true) = self { return true }
        return false
    }
}
