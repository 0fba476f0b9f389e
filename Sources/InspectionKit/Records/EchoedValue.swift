import ChildData
import Foundation
import YAML

/// A value from an evidence record, as an error message may show it.
///
/// A value that could not be read may be anything, a child's name included (a column mapped
/// by mistake, a name typed into a date field), and messages reach terminals, logs, reports and
/// rejects files. So a value is shown only when it cannot be anyone's details:
/// - it is made of digits and the punctuation of numbers, dates and times (`32/13/2024 25:00`,
///   `-3.5`, `50%`), and holds a date (`2024-10-01T10:00`) only where a date was expected
///   (`03/04/2015` in a yes/no column may be a date of birth);
/// - it is a short code of at most three characters with no lower-case letter (`HGH`, `U1`);
/// - it is one word in lower case, as codes and the framework's words are written (`yes`,
///   `excellent`, `repeat-mising`), where a name is written with capitals;
/// - it is a near miss of a word the mapping or framework knows (there is a "did you mean")
///   and has no capital letter: a typo of a known word is not a person's details, but `Hugh`
///   is a near miss of `high` too.
/// Otherwise each character is shown as •, as in masked source lines, so its length still shows.
public enum EchoedValue {
    /// `text` itself, or as many • as it has characters (at most 60, as messages shorten values).
    public static func shown(_ text: String, nearMiss: Bool = false, dateExpected: Bool = false) -> String {
        if nearMiss && !hasCapital(text) || isSafeToShow(text, dateExpected: dateExpected) { return text }
        return String(repeating: "•", count: min(text.unicodeScalars.count, 60))
    }

    /// `shown(text)` in single quotes.
    public static func quoted(_ text: String, nearMiss: Bool = false) -> String {
        "'\(shown(text, nearMiss: nearMiss))'"
    }

    /// Whether `text` has an upper-case letter; Unicode's properties only beyond ASCII, as an
    /// error about each of 100,000 records asks.
    static func hasCapital(_ text: String) -> Bool {
        if text.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { return true }
        return text.utf8.contains { $0 >= 0x80 } && text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    package static func isSafeToShow(_ text: String, dateExpected: Bool = false) -> Bool {
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({ timeLike.contains($0) }) { return dateExpected || !containsDate(text) }
        if scalars.count <= 3 && scalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
            return true
        }
        return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Whether `text`, read as a timestamp, may be a date of birth: it holds a date (three
    /// groups of digits, or eight digits run together, that read as one) and no time of day, or
    /// only midnight (`03/04/2015`, `20150403`, `2015-04-03 00:00:00`). A column mapped by
    /// mistake (`DOB` to a report time) gives such values, which errors then never quote.
    package static func mayBeBirthDate(_ text: String) -> Bool {
        let runTogether = text.utf8.split { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.contains { run in
            run.count == 8 && CaseReferenceRule.Scan.isRunTogetherDate(run.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
        }
        guard containsDate(text) || runTogether else { return false }
        // The time of day: the digits of every part with a `:` (`00:00`, `T00:00:00Z`).
        let timeParts = text.split { $0 == " " || $0 == "T" }.filter { $0.contains(":") }
        return timeParts.allSatisfy { part in part.allSatisfy { !$0.isNumber || $0 == "0" } }
    }

    /// Whether `date` is at midnight in the UK (00:00 or 23:00 UTC on the hour), where a date of
    /// birth read as a timestamp lands.
    package static func mayBeBirthDate(_ date: Date) -> Bool {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let ofDay = ((seconds % 86_400) + 86_400) % 86_400
        return ofDay == 0 || ofDay == 23 * 3600
    }

    /// Whether three groups of digits in `text` are a day, month and year, or a year, month and day.
    static func containsDate(_ text: String) -> Bool {
        let groups = text.utf8.split { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            .map { (digits: $0.count, value: $0.prefix(6).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }) }
        guard groups.count >= 3 else { return false }
        return (0...(groups.count - 3)).contains { CaseReferenceRule.isDate((groups[$0], groups[$0 + 1], groups[$0 + 2])) }
    }

    /// Digits and what numbers, dates and times are written with (T and Z of ISO 8601 included).
    private static let timeLike = Set("0123456789-/:.+%, TZ".unicodeScalars)

    /// A problem found in an evidence file as it may be shown: what it quotes passed through
    /// `shown`, and its echoed lines, its notes' too, masked (`SourceLineMask`).
    package static func masked(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        diagnostic.reason = masking(diagnostic.reason)
        diagnostic.sourceLine = diagnostic.sourceLine.map(SourceLineMask.mask)
        diagnostic.notes = diagnostic.notes.map {
            YAML.Note(masking($0.reason), at: $0.mark, sourceLine: $0.sourceLine.map(SourceLineMask.mask))
        }
        return diagnostic
    }

    /// A problem found in an evidence file with what it quotes from the file passed through
    /// `shown`: a YAML error's values and keys, a placeholder's text, a key or record type.
    static func masking(_ reason: Diagnostic.Reason) -> Diagnostic.Reason {
        switch reason {
        case .yaml(let yaml): return .yaml(masking(yaml))
        case .placeholder(let text): return .placeholder(shown(text))
        case .personalDataField(let key): return .personalDataField(shown(key))
        case .personalDataInConfiguration(let key): return .personalDataInConfiguration(shown(key))
        case .wrongRecordType(let found, let expected): return .wrongRecordType(found: shown(found), expected: expected)
        default: return reason
        }
    }

    private static func expectsDate(_ expected: YAML.Error.Expected) -> Bool { expected == .date || expected == .timestamp }

    /// A note's key (a duplicated key's first place) passed through `shown`.
    static func masking(_ note: YAML.Note.Reason) -> YAML.Note.Reason {
        if case .firstOccurrence(let key) = note { return .firstOccurrence(key: shown(key)) }
        return note
    }

    /// The same error with every value of the record it quotes passed through `shown`, and
    /// the keys it names too (a key may be anything in a record); the framework's words are kept.
    static func masking(_ reason: YAML.Error.Reason) -> YAML.Error.Reason {
        switch reason {
        case .typeMismatch(let expected, .scalar(let text, let quoted)):
            return .typeMismatch(expected: expected, found: .scalar(shown(text, dateExpected: expectsDate(expected)), quoted: quoted))
        case .invalidScalar(let text, let expected, let problem):
            if case .notOneOf(let suggestion) = problem {
                return .invalidScalar(shown(text, nearMiss: suggestion != nil), expected: expected, problem: problem)
            }
            return .invalidScalar(shown(text, dateExpected: expectsDate(expected)), expected: expected, problem: problem)
        case .outOfRange(let text, let expected):
            return .outOfRange(shown(text), expected: expected)
        case .unknownKey(let key, let suggestion):
            return .unknownKey(shown(key, nearMiss: suggestion != nil), suggestion: suggestion)
        case .duplicateKey(let key):
            return .duplicateKey(shown(key))
        // Tags, anchors and aliases are names a file gives itself, and may be anything too.
        case .unsupportedTag(let tag): return .unsupportedTag(shown(tag))
        case .taggedKey(let tag): return .taggedKey(shown(tag))
        case .undefinedAlias(let name): return .undefinedAlias(shown(name))
        case .recursiveAlias(let name): return .recursiveAlias(shown(name))
        case .aliasKey(let name): return .aliasKey(shown(name))
        case .anchoredKey(let name): return .anchoredKey(shown(name))
        case .aliasOutsideStreamedItem(let name): return .aliasOutsideStreamedItem(shown(name))
        default:
            return reason
        }
    }
}
