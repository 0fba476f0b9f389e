// The words for the parsers' problems. Each message starts with the text quoted, so that after
// "column 'Reported':" it reads as a sentence about the value.

extension CSV.ValueProblem {
    /// The message for `text`, the field's value: "'31/04/2025' is not a date (%d/%m/%Y): …".
    public func message(text: String) -> String {
        switch self {
        case .integer(let problem): return problem.message(text: text, expected: "an integer")
        case .decimal(let problem): return problem.message(text: text, expected: "a decimal number")
        case .dateTime(let problem, let pattern): return problem.message(text: text, pattern: pattern)
        case .custom(let sentence, _): return "\(quotedExcerpt(text)) \(sentence)"
        }
    }
}

extension CSV.NumberProblem {
    /// `expected` reads after "is not": "an integer".
    public func message(text: String, expected: String) -> String {
        let quoted = quotedExcerpt(text)
        switch self {
        case .empty:
            return "the field is empty; expected \(expected)"
        case .digitExpected(let at):
            return "\(quoted) is not \(expected): expected a digit at character \(character(at, in: text))"
        case .unexpectedCharacter(let at):
            return "\(quoted) is not \(expected): unexpected \(describe(at, in: text)) at character \(character(at, in: text))"
        case .fraction:
            return "\(quoted) is not a whole number"
        case .exponent:
            return "\(quoted) has an exponent; write the number out in plain decimal notation"
        case .comma:
            return "\(quoted) has a comma; write numbers without thousands separators, with a point for decimals"
        case .notFinite:
            return "\(quoted) is not a finite number"
        case .outOfRange:
            return "\(quoted) is out of range for \(expected)"
        }
    }
}

extension CSV.DateTimeProblem {
    /// The full message: what is wrong, then for daylight-saving problems what to do.
    public func message(text: String, pattern: String) -> String {
        guard let remedy else { return fact(text: text, pattern: pattern) }
        return fact(text: text, pattern: pattern) + "; " + remedy
    }

    /// What is wrong, alone, for a consumer that words its own remedy (naming its setting).
    public func fact(text: String, pattern: String) -> String {
        let quoted = quotedExcerpt(text)
        let notIn = "\(quoted) does not match \(pattern)"
        switch self {
        case .empty:
            return "the field is empty; expected a date in the form \(pattern)"
        case .digitsExpected(let component, let count, let at):
            let digits = count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) or \(count.upperBound)"
            return "\(notIn): expected \(digits) digits of the \(component.noun) at character \(character(at, in: text))"
        case .literalExpected(let scalar, let at):
            return "\(notIn): expected '\(Character(scalar))' at character \(character(at, in: text))"
        case .offsetExpected(let at):
            return "\(notIn): expected an offset (Z, +01:00 or +0100) at character \(character(at, in: text))"
        case .offsetOutOfRange:
            return "\(quoted) has an offset beyond ±14:00 or with more than 59 minutes"
        case .trailingCharacters(let at):
            return "\(notIn): unexpected \(describe(at, in: text)) at character \(character(at, in: text)) after the end of the pattern"
        case .outOfRange(let component, let value, _):
            return "\(quoted) has \(component.noun) \(value), outside \(component.range)"
        case .dayOutOfRange(let day, let month, let year, _):
            if day == 0 { return "\(quoted) has day 0; days start at 1" }
            if month == 2, day == 29 { return "\(quoted) is not a date: \(year) is not a leap year" }
            return "\(quoted) is not a date: \(monthNames[month - 1]) has \(CivilCalendar.daysIn(month: month, year: year)) days"
        case .nonexistentLocalTime(let local):
            return "\(local) does not exist in Europe/London (the clocks go forward from 01:00 to 02:00)"
        case .ambiguousLocalTime(let local):
            return "\(local) happens twice in Europe/London (the clocks go back from 02:00 to 01:00)"
        case .instantOutOfRange(let year):
            return "\(quoted) falls in \(year) in UTC, outside 1900–2100 (the range applies to the instant, after its offset)"
        case .localTimeBefore1996(let year):
            return "\(quoted) is a UK local time in \(year); local UK times before 1996 are not supported"
        }
    }

    /// What to do, for the problems where there is a choice to make.
    public var remedy: String? {
        switch self {
        case .nonexistentLocalTime:
            return "check the value, or choose shift-forward for nonexistent times to read it an hour later"
        case .ambiguousLocalTime:
            return "choose earlier (BST) or later (GMT) for ambiguous times"
        case .localTimeBefore1996:
            return "export the times in UTC or with an offset such as +01:00"
        default:
            return nil
        }
    }
}

extension CSV.PatternProblem {
    public var message: String {
        switch self {
        case .empty: return "the date pattern is empty"
        case .unknownDirective(let scalar, let at):
            return
                "'%\(Character(scalar))' at character \(at + 1) is not a directive; use %Y %m %d %H %M %S %z, %-d for 1 or 2 digits, %% for %"
        case .danglingPercent(let at):
            return "the '%' at character \(at + 1) ends the pattern; write %% for a percent sign"
        case .repeated(let component, let at):
            return "the \(component.noun) is given twice (again at character \(at + 1))"
        case .missing(let component):
            return "the pattern has no \(component.noun); a date needs %Y, %m and %d"
        case .incompleteTime(let missing):
            return "the pattern has no \(missing.noun) (%\(missing == .hour ? "H" : "M")) but smaller units"
        case .offsetWithoutTime:
            return "the pattern has an offset (%z) but no time"
        case .adjacentNumbers(let at):
            return "the number at character \(at + 1) follows a 1-or-2-digit number directly, so they cannot be told apart"
        }
    }
}

extension CSV.DateTimeComponent {
    var noun: String {
        switch self {
        case .year: return "year"
        case .month: return "month"
        case .day: return "day"
        case .hour: return "hour"
        case .minute: return "minute"
        case .second: return "second"
        case .offset: return "offset"
        }
    }

    var range: String {
        switch self {
        case .year: return "1900–2100"
        case .month: return "1–12"
        case .day: return "the month's days"
        case .hour: return "00–23"
        case .minute, .second: return "00–59"
        case .offset: return "±14:00"
        }
    }
}

private let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]

/// 1-based character index of byte `offset` of `text`.
private func character(_ offset: Int, in text: String) -> Int {
    text.utf8.prefix(offset).reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
}

/// The character at byte `offset`, quoted, or "a space"/"a tab".
private func describe(_ offset: Int, in text: String) -> String {
    let rest = text.utf8.dropFirst(offset)
    guard let scalar = String(decoding: rest, as: UTF8.self).unicodeScalars.first else { return "the end" }
    switch scalar {
    case " ": return "a space"
    case "\t": return "a tab"
    case "\n", "\r": return "a line break"
    default: return "'\(Character(scalar))'"
    }
}

/// The text in single quotes, shortened to 60 characters and on one line, so that a message
/// stays one line.
func quotedExcerpt(_ text: String) -> String {
    let limit = 60
    var scalars = text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
    if scalars.count > limit {
        scalars = Array(scalars.prefix(limit - 1)) + ["…"]
    }
    return "'" + String(String.UnicodeScalarView(scalars)) + "'"
}
