import Foundation

/// What a case reference may look like. The default: letters, digits, `-` and `/`, with at
/// least one digit and at most 64 characters, no word shaped like a name (four letters or
/// more with a lower-case one, or a capitalised three: `Smith`, `Ann`), no two words of five
/// letters or more (`ZEBEDEE-CANARYSON`), no date written out (`03/04/2015`): enough for any force's
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
        let base =
            "a case reference is letters, digits, - and / only, with at least one digit (at most 64, no spaces or dots), never a name or a date of birth (no word of four letters or more with a lower-case one, nor a capitalised three, nor two words of five letters or more, nor a date)"
        return pattern.map { base + "; this force's references match \($0)" } ?? base
    }

    /// Letters, digits, `-` and `/`, at least one digit, at most 64, no name-shaped word and
    /// no date: checked on the UTF-8 bytes in one pass, as this runs for every record (any
    /// byte outside ASCII fails it anyway).
    static func defaultRule(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count <= 64 else { return false }
            var scan = Scan()
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    scan.capitalised = scan.capitalised && scan.letters > 0
                    scan.letters += 1
                    scan.lower = true
                    scan.current.digits = -1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    scan.capitalised = scan.letters == 0
                    scan.letters += 1
                    scan.current.digits = -1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    guard scan.endWord() else { return false }
                    scan.digit = true
                    if scan.current.digits >= 0 {
                        scan.current = (scan.current.digits + 1, min(scan.current.value * 10 + Int(byte - UInt8(ascii: "0")), 99_999))
                    }
                case UInt8(ascii: "-"), UInt8(ascii: "/"):
                    guard scan.endWord(), scan.endGroup() else { return false }
                default: return false
                }
            }
            return scan.digit && scan.endWord() && scan.endGroup()
        }
    }

    /// The state of one pass of `defaultRule`: a value on the stack, not variables captured by
    /// closures (which the compiler boxes and checks for exclusive access on every byte).
    private struct Scan {
        var digit = false
        // The run of letters so far: its length, whether it has a lower-case letter, and
        // whether it is capitalised (an upper-case letter, then lower-case ones only).
        var letters = 0, lower = false, capitalised = false
        // Words of five letters or more: two are a name and a surname, or a street.
        var longWords = 0
        // The last three groups between `-` and `/`: digits only, their count and value
        // (-1 digits for a group with a letter), to find a date written out.
        var groups = ((digits: -1, value: 0), (digits: -1, value: 0), (digits: -1, value: 0))
        var current = (digits: 0, value: 0)

        /// Ends a run of letters; false when it is shaped like a name.
        mutating func endWord() -> Bool {
            if letters >= 4 && lower || letters == 3 && capitalised { return false }
            if letters >= 5 { longWords += 1 }
            (letters, lower, capitalised) = (0, false, false)
            return longWords < 2
        }

        /// Ends a group between separators; false when the last three are a date.
        mutating func endGroup() -> Bool {
            groups = (groups.1, groups.2, current)
            current = (0, 0)
            return !CaseReferenceRule.isDate(groups)
        }
    }

    /// Whether three groups of digits are a day, month and year (`03/04/2015`) or a year,
    /// month and day (`2015-04-03`).
    static func isDate(_ groups: ((digits: Int, value: Int), (digits: Int, value: Int), (digits: Int, value: Int))) -> Bool {
        func year(_ group: (digits: Int, value: Int)) -> Bool { group.digits == 4 && (1900...2099).contains(group.value) }
        func month(_ group: (digits: Int, value: Int)) -> Bool { (1...2).contains(group.digits) && (1...12).contains(group.value) }
        func day(_ group: (digits: Int, value: Int)) -> Bool { (1...2).contains(group.digits) && (1...31).contains(group.value) }
        return day(groups.0) && month(groups.1) && year(groups.2) || year(groups.0) && month(groups.1) && day(groups.2)
    }
}
