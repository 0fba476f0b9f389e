import Foundation

/// What a case reference may look like. The default: letters, digits, `-` and `/`, with at
/// least one digit and at most 64 characters, and no word shaped like a name (four letters or
/// more with a lower-case one, or a capitalised three: `Smith`, `Ann`): enough for any force's
/// references (`NPT-MIS-01`, `ME/24/004211`, `oac-4211`), too little for a name, an address or
/// a date written out. A force whose references follow a stricter
/// pattern states it in force.yaml (`case_reference_pattern`), and every reference is held to it.
public struct CaseReferenceRule: Sendable {
    /// The force's pattern (a regular expression the whole reference must match), or nil for
    /// the default rule.
    public let pattern: String?
    private let expression: NSRegularExpression?

    public static let `default` = CaseReferenceRule(pattern: nil, expression: nil)

    private init(pattern: String?, expression: NSRegularExpression?) {
        self.pattern = pattern
        self.expression = expression
    }

    /// The force's rule: its pattern, which must compile; nil when it does not.
    public init?(pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return nil }
        self.init(pattern: pattern, expression: expression)
    }

    /// Whether `text` is a case reference by this rule (the default rule always applies too).
    public func accepts(_ text: String) -> Bool {
        guard Self.defaultRule(text) else { return false }
        guard let expression else { return true }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The rule in words, for errors (the reference itself is never echoed).
    public var description: String {
        let base = "a case reference is letters, digits, - and / only, with at least one digit (at most 64, no spaces or dots), never a name or a date of birth (no word of four letters or more with a lower-case one, nor a capitalised three)"
        return pattern.map { base + "; this force's references match \($0)" } ?? base
    }

    /// Letters, digits, `-` and `/`, at least one digit, at most 64, no name-shaped word:
    /// checked on the UTF-8 bytes, as this runs for every record (any byte outside ASCII fails
    /// it anyway).
    static func defaultRule(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count <= 64 else { return false }
            var digit = false
            // The run of letters so far: its length, whether it has a lower-case letter, and
            // whether it is capitalised (an upper-case letter, then lower-case ones only).
            var letters = 0, lower = false, capitalised = false
            func nameShaped() -> Bool { letters >= 4 && lower || letters == 3 && capitalised }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    capitalised = capitalised && letters > 0
                    letters += 1
                    lower = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    capitalised = letters == 0
                    letters += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                    if nameShaped() { return false }
                    (letters, lower, capitalised) = (0, false, false)
                    if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "/") { digit = true }
                default: return false
                }
            }
            return digit && !nameShaped()
        }
    }
}
