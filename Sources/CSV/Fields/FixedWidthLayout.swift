extension CSV.DateTimePattern {
    /// A date-time's parts as read (or the byte at which each starts), before they are checked.
    typealias Parts = (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)

    /// Where each part of a pattern of fixed widths lies (`%Y-%m-%d %H:%M:%S`: the year at byte
    /// 0, the month at 5 …), so that a value is read by position, without walking the tokens.
    /// A `%z` at the end is read after the fixed part (its length varies: `Z`, `+01:00`,
    /// `+0100`). Patterns with `%-d`-style numbers, `%z` elsewhere or a literal outside ASCII
    /// have none.
    struct FixedWidthLayout: Hashable, Sendable {
        struct Part: Hashable, Sendable {
            /// The component read here, or nil for a literal byte.
            var component: CSV.DateTimeComponent?
            var offset: Int
            var width: Int
            var literal: UInt8
        }

        let parts: [Part]
        /// The length of the fixed part.
        let length: Int
        /// The pattern ends with `%z`.
        let endsWithOffset: Bool
        /// The byte at which each component starts, for the range checks' errors.
        let starts: Parts

        init?(_ tokens: [Token]) {
            var parts: [Part] = []
            var offset = 0
            var starts: Parts = (0, 0, 0, 0, 0, 0)
            var tokens = tokens[...]
            endsWithOffset = tokens.last == .offset
            if endsWithOffset { tokens = tokens.dropLast() }
            for token in tokens {
                switch token {
                case .year:
                    parts.append(Part(component: .year, offset: offset, width: 4, literal: 0))
                    starts.year = offset
                    offset += 4
                case .number(let component, flexible: false):
                    parts.append(Part(component: component, offset: offset, width: 2, literal: 0))
                    switch component {
                    case .month: starts.month = offset
                    case .day: starts.day = offset
                    case .hour: starts.hour = offset
                    case .minute: starts.minute = offset
                    default: starts.second = offset
                    }
                    offset += 2
                case .literal(let scalar) where scalar.isASCII:
                    parts.append(Part(component: nil, offset: offset, width: 1, literal: UInt8(scalar.value)))
                    offset += 1
                case .number, .offset, .literal:
                    return nil
                }
            }
            self.parts = parts
            self.length = offset
            self.starts = starts
        }

        // The starts follow from the parts.
        static func == (lhs: Self, rhs: Self) -> Bool { lhs.parts == rhs.parts && lhs.endsWithOffset == rhs.endsWithOffset }
        func hash(into hasher: inout Hasher) {
            hasher.combine(parts)
            hasher.combine(endsWithOffset)
        }

        /// Reads `text` into `values` when every part is where the layout puts it; false
        /// otherwise, and the token-by-token reading then says what is wrong.
        func read(_ text: UnsafeBufferPointer<UInt8>, into values: inout Parts, offset: inout Int?) -> Bool {
            guard endsWithOffset ? text.count > length : text.count == length else { return false }
            for part in parts {
                guard let component = part.component else {
                    guard text[part.offset] == part.literal else { return false }
                    continue
                }
                var value = 0
                for index in part.offset..<part.offset + part.width {
                    let digit = text[index] &- UInt8(ascii: "0")
                    guard digit <= 9 else { return false }
                    value = value * 10 + Int(digit)
                }
                switch component {
                case .year: values.year = value
                case .month: values.month = value
                case .day: values.day = value
                case .hour: values.hour = value
                case .minute: values.minute = value
                default: values.second = value
                }
            }
            if endsWithOffset {
                var index = length
                guard let seconds = try? CSV.DateTimePattern.parseOffset(text, at: &index), index == text.count else { return false }
                offset = seconds
            }
            return true
        }
    }
}
