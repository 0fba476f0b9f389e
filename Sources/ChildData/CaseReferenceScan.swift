extension CaseReferenceRule {
    /// The state of one pass of `scan`: a value on the stack, not variables captured by closures
    /// (which the compiler boxes and checks for exclusive access on every byte).
    package struct Scan {
        /// The first refusal of the rules every reference follows, and of the default's own.
        var always: Shape?
        var byDefault: Shape?

        /// What a scan refuses, as a plain byte: `Refusal` carries a pattern's text, so keeping
        /// it in the state would make every copy and test of the state count references.
        enum Shape: UInt8 {
            case nameShapedWord, dateWrittenOut, longLetterRun, streetAddress, dateRunTogether

            var refusal: Refusal {
                switch self {
                case .nameShapedWord: return .nameShapedWord
                case .dateWrittenOut: return .dateWrittenOut
                case .longLetterRun: return .longLetterRun
                case .streetAddress: return .streetAddress
                case .dateRunTogether: return .dateRunTogether
                }
            }
        }
        var sawDigit = false

        // The run of letters so far: its length, whether it has a lower-case letter, whether it
        // is capitalised (an upper-case letter, then lower-case ones only), and its first three
        // letters in capitals, packed one a byte (to compare with the street words).
        var letters = 0, lower = false, capitalised = false
        var packed: UInt32 = 0

        // The run of digits so far: its length and value (eight digits fit easily).
        var digits = 0, digitsValue = 0

        // The last three groups between `-` and `/`: digits only, their count and value (-1
        // digits for a group with a letter), to find a date written out or split in two.
        typealias Group = (digits: Int, value: Int)
        var groups: (Group, Group, Group) = ((-1, 0), (-1, 0), (-1, 0))
        var current: Group = (0, 0)

        // An address, token by token: a house number first, then words; the last word's letters.
        enum Address { case start, number, words(Int), other }
        var address = Address.start
        var lastWord: UInt32 = 0

        mutating func letter(_ byte: UInt8) {
            let isLower = byte >= UInt8(ascii: "a")
            capitalised = isLower ? capitalised && letters > 0 : letters == 0
            lower = lower || isLower
            if letters < 3 { packed = packed << 8 | UInt32(byte & ~0x20) }
            letters += 1
            current.digits = -1
        }

        mutating func digit(_ value: Int) {
            sawDigit = true
            digits += 1
            digitsValue = min(digitsValue * 10 + value, 999_999_999)
            if current.digits >= 0 { current = (current.digits + 1, min(current.value * 10 + value, 99_999)) }
        }

        /// Ends a run of letters: a name-shaped word is always refused, a long run by default.
        mutating func endWord() {
            guard letters > 0 else { return }
            if letters >= 4 && lower || letters == 3 && capitalised { always = always ?? .nameShapedWord }
            if letters >= 4 { byDefault = byDefault ?? .longLetterRun }
            switch address {
            case .start: address = .other
            case .number: address = .words(1)
            case .words(let count): address = .words(count + 1)
            case .other: break
            }
            lastWord = letters <= 3 ? packed : 0
            (letters, lower, capitalised, packed) = (0, false, false, 0)
        }

        /// Ends a run of digits: eight that read as a date are refused by default.
        mutating func endDigits() {
            guard digits > 0 else { return }
            if digits == 8 && Self.isRunTogetherDate(digitsValue) { byDefault = byDefault ?? .dateRunTogether }
            if case .start = address, digits <= 4 { address = .number } else { address = .other }
            (digits, digitsValue) = (0, 0)
        }

        /// Ends a group between separators: the last three may be a date written out, the
        /// last two a day and month then a year (`0304-2015`).
        mutating func endGroup() {
            groups = (groups.1, groups.2, current)
            current = (0, 0)
            if CaseReferenceRule.isDate(groups) { always = always ?? .dateWrittenOut }
            if Self.isSplitDate(groups.1, groups.2) { byDefault = byDefault ?? .dateRunTogether }
        }

        mutating func endReference() {
            if case .words(let count) = address, count >= 2, Self.streetWords.contains(lastWord) {
                byDefault = byDefault ?? .streetAddress
            }
        }

        /// Street words of at most three letters (a longer word is refused anyway), packed.
        static let streetWords: Set<UInt32> = Set(
            [
                "AVE", "AV", "RD", "ST", "LN", "DR", "CL", "CT", "PL", "SQ", "WAY", "ROW", "GRN", "GR", "GRO", "TER", "TCE", "PDE", "WLK",
                "VW",
            ]
            .map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

        /// `ddmmyyyy` or `yyyymmdd`.
        package static func isRunTogetherDate(_ value: Int) -> Bool {
            CaseReferenceRule.isDate(((2, value / 1_000_000), (2, value / 10_000 % 100), (4, value % 10_000)))
                || CaseReferenceRule.isDate(((4, value / 10_000), (2, value / 100 % 100), (2, value % 100)))
        }

        /// `ddmm` then `yyyy`, or `yyyy` then `mmdd`, as two groups of four digits.
        static func isSplitDate(_ first: Group, _ second: Group) -> Bool {
            guard first.digits == 4, second.digits == 4 else { return false }
            return CaseReferenceRule.isDate(((2, first.value / 100), (2, first.value % 100), second))
                || CaseReferenceRule.isDate((first, (2, second.value / 100), (2, second.value % 100)))
        }
    }

    /// Whether three groups of digits are a day, month and year (`03/04/2015`) or a year,
    /// month and day (`2015-04-03`).
    package static func isDate(_ groups: ((digits: Int, value: Int), (digits: Int, value: Int), (digits: Int, value: Int))) -> Bool {
        func year(_ group: (digits: Int, value: Int)) -> Bool { group.digits == 4 && (1900...2099).contains(group.value) }
        func month(_ group: (digits: Int, value: Int)) -> Bool { (1...2).contains(group.digits) && (1...12).contains(group.value) }
        func day(_ group: (digits: Int, value: Int)) -> Bool { (1...2).contains(group.digits) && (1...31).contains(group.value) }
        return day(groups.0) && month(groups.1) && year(groups.2) || year(groups.0) && month(groups.1) && day(groups.2)
    }
}
