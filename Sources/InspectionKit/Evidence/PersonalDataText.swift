import Foundation

/// The shapes of personal data in free text: a UK postcode, a date of birth, a street address.
/// Evidence is about cases, identified by reference; text that looks like it names where a
/// child lives or when they were born is refused, and never echoed.
enum PersonalDataText {
    enum Shape: String, Sendable {
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
    static func shape(in text: String) -> Shape? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if postcode.firstMatch(in: text, range: range) != nil { return .postcode }
        if birth.firstMatch(in: text, range: range) != nil { return .dateOfBirth }
        if street.firstMatch(in: text, range: range) != nil { return .streetAddress }
        return nil
    }
}

/// An echoed line of an evidence file with its values masked and its keys kept, so that an
/// error about a record never copies what the record says (`child_name: •••• •••••`). One •
/// for each Unicode scalar masked, as columns are counted in scalars, so that a caret under the
/// line still points at the right column (`José` with a combining accent is five scalars).
enum SourceLineMask {
    /// The mask character, •, in UTF-8.
    static let dot: [UInt8] = [0xE2, 0x80, 0xA2]

    /// One pass over the line's bytes (an error about each of 100,000 records echoes 100,000
    /// lines). Every character the rules look at is ASCII; any other character is one scalar of
    /// several bytes, copied or masked whole.
    static func mask(_ line: String) -> String {
        var line = line
        return line.withUTF8 { mask(bytes: $0) }
    }

    private static func mask(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var masking = false
        var listDepth = 0
        var quote: UInt8?
        let leading = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        let hasKeyAfterDash = leading < bytes.count && bytes[leading] == UInt8(ascii: "-") && itemIsMapping(bytes, after: leading)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // The scalar's bytes: a lead byte and its continuation bytes (10xxxxxx).
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let scalar = bytes[index..<end]
            defer { index = end }
            if let open = quote {
                out += masking ? dot : Array(scalar)
                if byte == open { quote = nil }
            } else if masking {
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if byte == UInt8(ascii: "[") { listDepth += 1 }
                    out.append(byte)
                case UInt8(ascii: "]"):
                    listDepth = max(0, listDepth - 1)
                    out.append(byte)
                    if listDepth == 0 { masking = false }
                case UInt8(ascii: ","):
                    out.append(byte)
                    if listDepth == 0 { masking = false }
                case UInt8(ascii: "}"), UInt8(ascii: "#"):
                    out.append(byte)
                    masking = false
                case UInt8(ascii: " "):
                    out.append(byte)
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    quote = byte
                    out += dot
                default:
                    out += dot
                }
            } else {
                out += scalar
                let next = end < bytes.count ? bytes[end] : nil
                if byte == UInt8(ascii: ":") && (next == nil || next == UInt8(ascii: " ")) { masking = true }
                // A sequence item is masked unless it is a mapping, whose keys stay and values go.
                if byte == UInt8(ascii: "-") && index == leading && (next == nil || next == UInt8(ascii: " ")) && !hasKeyAfterDash {
                    masking = true
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the sequence item after the dash at `dash` is a mapping (`- case_ref: M-1`,
    /// `- "case_ref": M-1`), whose keys stay, rather than a scalar (`- "a: b"`), masked whole.
    static func itemIsMapping(_ bytes: UnsafeBufferPointer<UInt8>, after dash: Int) -> Bool {
        var index = dash + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return false }
        let open = bytes[index]
        guard open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") else {
            // Plain text cannot hold ": ", so one after the dash starts a value.
            return zip(bytes[index...], bytes[(index + 1)...]).contains { $0 == UInt8(ascii: ":") && $1 == UInt8(ascii: " ") }
        }
        // A quoted scalar: a key only when its closing quote is followed by ':'.
        index += 1
        while index < bytes.count {
            if open == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == open {
                if open == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == open {
                    index += 2
                    continue
                }
                let after = index + 1
                return after < bytes.count && bytes[after] == UInt8(ascii: ":") && (after + 1 == bytes.count || bytes[after + 1] == UInt8(ascii: " "))
            }
            index += 1
        }
        return false
    }
}
