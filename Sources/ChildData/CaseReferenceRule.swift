/// What a case reference may look like: a code, never a child's name, address or date of birth.
///
/// Every reference, under any rule: letters, digits, `-` and `/` only, at most 64, at least one
/// digit, no word shaped like a name (four letters or more with a lower-case one, or a
/// capitalised three: `Smith`, `Ann`) and no date written out (`03/04/2015`, `2015-04-03`).
///
/// The default rule also refuses what a name, an address or a birth date becomes in capitals
/// and run together: a run of four letters or more (`CANARYSON-4`, `ZEBEDEECANARYSON-1`: a
/// surname, a street; codes are at most three letters: `NPT-MIS-01`, `ME/24/004211`), a house
/// number, a name and a street word (`14-ELM-RD`), and a date run together (eight digits that
/// read as a day, month and year, `03042015`, `20150403`, or `0304-2015`). Six digits
/// (`030415`) pass: serial numbers are six digits, and one in 27 of them reads as a date.
///
/// A force whose references need more states its `case_reference_pattern` in force.yaml: the
/// whole reference must match it, and it takes the place of the default's limits on letters
/// and digits (not of the rules every reference follows). A pattern that accepts a reference
/// shaped like a name or a birth date (`SURNAME-1`, `ZC-03042015`) is refused as too broad.
public struct CaseReferenceRule: Sendable {
    /// The force's pattern, or nil for the default rule.
    public let pattern: ReferencePattern?

    public static let `default` = CaseReferenceRule(compiled: nil)

    private init(compiled pattern: ReferencePattern?) {
        self.pattern = pattern
    }

    /// The force's rule, or why its pattern cannot be used.
    public init(pattern text: String) throws(PatternProblem) {
        let compiled: ReferencePattern
        do {
            compiled = try ReferencePattern(text)
        } catch {
            throw .unreadable(error)
        }
        if let probe = Self.probes.first(where: compiled.matches) { throw .tooBroad(accepts: probe) }
        self.init(compiled: compiled)
    }

    /// Why a force's pattern cannot be used.
    public enum PatternProblem: Error, Hashable, Sendable {
        case unreadable(ReferencePattern.Problem)
        /// It accepts `accepts`, one of `probes`.
        case tooBroad(accepts: String)
    }

    /// References shaped like a surname, an address or a birth date that every other rule lets
    /// through: a force's pattern must refuse them all.
    public static let probes = [
        "SURNAME-1", "1-SURNAME", "SURNAME1", "FORENAMESURNAME-1", "SURNAME/24/1", "24/SURNAME/1", "14-ACACIA-AVE", "14-ELM-RD",
        "ZC-03042015", "ZC03042015", "03042015", "20150403",
    ]

    /// Why a reference is refused; the reference itself is never echoed.
    public enum Refusal: Hashable, Sendable {
        /// Not letters, digits, `-` and `/` only, or empty, or longer than 64.
        case characters
        case noDigit
        /// `Smith`, `Ann`.
        case nameShapedWord
        /// `03/04/2015`, `2015-04-03`.
        case dateWrittenOut
        /// Four letters or more in a row (the default rule).
        case longLetterRun
        /// A house number, a name and a street word (the default rule).
        case streetAddress
        /// Eight digits that read as a date, or a day and month then a year (the default rule).
        case dateRunTogether
        /// It does not match the force's pattern (given).
        case notThePattern(String)
    }

    /// Whether `text` is a case reference by this rule.
    public func accepts(_ text: String) -> Bool { refusal(of: text) == nil }

    /// Why `text` is not a case reference by this rule, or nil when it is one.
    public func refusal(of text: String) -> Refusal? {
        let found = Self.scan(text)
        if let always = found.always { return always }
        guard let pattern else { return found.byDefault }
        return pattern.matches(text) ? nil : .notThePattern(pattern.text)
    }

    /// One pass over the UTF-8 bytes, as this runs for every record (any byte outside ASCII
    /// fails it anyway): the first refusal every rule makes, and the first the default adds.
    static func scan(_ text: String) -> (always: Refusal?, byDefault: Refusal?) {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 64 else { return (.characters, nil) }
        // The bytes in place: a reference is short, so usually a small string, whose bytes
        // are read from the string itself rather than copied out.
        return utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (always: Refusal?, byDefault: Refusal?) {
        var scan = Scan()
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scan.endDigits()
                // The whole run of letters at once; ending digits refuses nothing always.
                repeat {
                    scan.letter(bytes[index])
                    index += 1
                } while index < bytes.count && isLetter(bytes[index])
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                scan.endWord()
                repeat {
                    scan.digit(Int(bytes[index] &- UInt8(ascii: "0")))
                    index += 1
                } while index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                scan.endDigits()
                scan.endWord()
                scan.endGroup()
                index += 1
            default:
                return (.characters, nil)
            }
            if let always = scan.always { return (always.refusal, nil) }
        }
        scan.endDigits()
        scan.endWord()
        scan.endGroup()
        scan.endReference()
        if let always = scan.always { return (always.refusal, nil) }
        return (scan.sawDigit ? nil : .noDigit, scan.byDefault?.refusal)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
