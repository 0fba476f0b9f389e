import Foundation

/// The shapes of personal data in free text: a UK postcode, a date of birth, a street address.
/// Evidence is about cases, identified by reference; text that looks like it names where a
/// child lives or when they were born is refused, and never echoed.
package enum PersonalDataText {
    package enum Shape: String, Sendable {
        case postcode = "a postcode"
        case dateOfBirth = "a date of birth"
        case streetAddress = "a street address"
    }

    private static let postcode = regex(#"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b"#, caseInsensitive: false)
    private static let birth = regex(
        #"\b(born|dob|d\.o\.b\.?|date of birth)\b\W{0,3}(on\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})"#,
        caseInsensitive: true)
    private static let street = regex(
        #"\b\d{1,4}[a-z]?,?\s+([A-Z][a-z']+\s+){1,3}(Road|Rd|Street|St|Row|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Court|Ct|Place|Pl|Terrace|Gardens|Grove|Hill|Walk|Square|Mews|Parade|View)\b"#,
        caseInsensitive: false)

    private static func regex(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// The shape of personal data `text` has, or nil. Every shape holds a digit, so text
    /// without one is passed at once (most evidence text has none).
    package static func shape(in text: String) -> Shape? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if postcode.firstMatch(in: text, range: range) != nil { return .postcode }
        if birth.firstMatch(in: text, range: range) != nil { return .dateOfBirth }
        if street.firstMatch(in: text, range: range) != nil { return .streetAddress }
        return nil
    }
}
