import InspectionKit
import InspectionLoading
import InspectionRunner

/// How one force's records systems write their exports, drawn from the seed: delimiter, line
/// ends, missing-value tokens, yes/no words, timestamp format and zone, header style, codes for
/// choices and lists, case reference style, and which extra columns come along.
///
/// Every dimension is written into the force's mappings, so a reader that follows
/// docs/csv-evidence.md gets back exactly the values synthesized.
struct ExportDialect: Sendable {
    var delimiter: UInt8
    var lineEnding: [UInt8]
    /// A UTF-8 byte order mark before the header, as spreadsheet exports write it.
    var byteOrderMark: Bool
    /// The mapping's `missing`; nil leaves the default (the empty cell only). Always holds "".
    var missingTokens: [String]?
    /// What the export writes for a value that is absent.
    var absentToken: String
    /// The mapping's `booleans` (the first word of each is the one written); nil leaves the
    /// default `true` / `false`.
    var booleans: (yes: [String], no: [String])?
    var timestamps: TimestampStyle
    /// Whether the mapping spells out settings that are the defaults anyway (a `,` delimiter,
    /// UTC, `ambiguous_times: error`), as some authors do.
    var spellsOutDefaults: Bool
    /// Other patterns a column may use instead of the export's (with the same zone and `%z`).
    var alternativePatterns: [TimePattern]
    var datePattern: TimePattern
    var headerStyle: HeaderStyle
    /// Chance that a field's header is one of the record type's other names for it.
    var synonymChance: Double
    var choiceCodes: CodeStyle
    var listCodes: CodeStyle
    var listSeparator: String
    var references: ReferenceStyle
    /// Whether exports carry personal-data-looking columns (filled with fake values, ignored).
    var personalColumns: Bool

    var yes: String { booleans?.yes.first ?? "true" }
    var no: String { booleans?.no.first ?? "false" }

    enum HeaderStyle: CaseIterable, Sendable {
        /// `case_ref`
        case snake
        /// `Case Ref`
        case title
        /// `CASE_REF`
        case upper
        /// `CaseRef`
        case pascal
        /// `caseRef`
        case camel

        func header(for field: String) -> String {
            let words = field.split(separator: "_").map(String.init)
            func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
            switch self {
            case .snake: return field
            case .title: return words.map(capitalised).joined(separator: " ")
            case .upper: return field.uppercased()
            case .pascal: return words.map(capitalised).joined()
            case .camel: return (words.first ?? "") + words.dropFirst().map(capitalised).joined()
            }
        }
    }

    /// How choices and list items are written.
    enum CodeStyle: Sendable {
        /// The framework's own words: no codes in the mapping.
        case words
        /// Sentence-case labels: `No apparent risk`.
        case labels
        /// Initials: `H`, `NAR`, `U13`.
        case short
        /// Numbers in the order of the choices: `1`, `2`, …
        case numeric

        /// Word → code, or nil when the words are written as they are.
        func codes(for words: [String]) -> [String: String]? {
            switch self {
            case .words:
                return nil
            case .labels:
                return Dictionary(
                    uniqueKeysWithValues: words.map { word in
                        let spaced = word.replacingOccurrences(of: "-", with: " ")
                        return (word, spaced.prefix(1).uppercased() + spaced.dropFirst())
                    })
            case .numeric:
                return Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, String($0 + 1)) })
            case .short:
                var used: Set<String> = []
                var codes: [String: String] = [:]
                for word in words {
                    let parts = word.split(separator: "-").map(String.init)
                    var code = parts.map { part in part.allSatisfy(\.isNumber) ? part : String(part.prefix(1)).uppercased() }.joined()
                    var extra = 2
                    while used.contains(code) {
                        code =
                            (parts.first.map { String($0.prefix(extra)).uppercased() } ?? "")
                            + parts.dropFirst().map { String($0.prefix(1)).uppercased() }.joined()
                        if extra > word.count { code += String(used.count) }
                        extra += 1
                    }
                    used.insert(code)
                    codes[word] = code
                }
                return codes
            }
        }
    }

    /// How case references look: `S07-ME-004211`, `ME/24/004211`, `24ME0004211`, `me-4211`;
    /// every style follows the default case-reference rule (`CaseReferenceRule`): type codes
    /// are at most three letters, and no serial number is written with exactly eight digits,
    /// which the rule refuses when they read as a date (`20150403`): one that would be is
    /// written with nine.
    enum ReferenceStyle: CaseIterable, Sendable {
        case forceTypeNumber, typeYearNumber, yearTypeNumber, short

        func reference(force: Int, type: String, year: Int, number: Int) -> String {
            let yy = String(year % 100).leftPadded(to: 2)
            switch self {
            case .forceTypeNumber: return "S\(String(force).leftPadded(to: 2))-\(type)-\(Self.serial(number, width: 6))"
            case .typeYearNumber: return "\(type)/\(yy)/\(Self.serial(number, width: 6))"
            case .yearTypeNumber: return "\(yy)\(type)\(Self.serial(number, width: 7))"
            case .short: return "\(type.lowercased())-\(Self.serial(number, width: 1))"
            }
        }

        /// `number` with leading zeros to `width` digits, and to nine where it would have eight.
        static func serial(_ number: Int, width: Int) -> String {
            let digits = String(number)
            return digits.leftPadded(to: max(width, digits.count) == 8 ? 9 : max(width, digits.count))
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension ExportDialect {
    /// A dialect drawn from `random`.
    static func draw(_ random: inout SyntheticRandom) -> ExportDialect {
        let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "\t")][
            random.weighted([0.45, 0.2, 0.15, 0.2])]
        let missing: [[String]?] = [nil, ["", "NULL"], ["", "N/A"], ["", "-"], ["", "NULL", "N/A", "n/a"]]
        let missingTokens = missing[random.weighted([0.4, 0.2, 0.15, 0.1, 0.15])]
        let absent = missingTokens.map { random.pick($0) } ?? ""
        let booleanWords: [(yes: [String], no: [String])?] = [
            nil, (["Y", "Yes"], ["N", "No"]), (["Yes", "Y"], ["No", "N"]), (["1"], ["0"]), (["T"], ["F"]), (["YES"], ["NO"]),
            (["true", "TRUE"], ["false", "FALSE"]),
        ]
        let booleans = booleanWords[random.weighted([0.15, 0.25, 0.15, 0.15, 0.1, 0.1, 0.1])]
        let (timestamps, alternatives) = drawTimestamps(&random)
        let separators = [";", "|", ",", "/"].filter { $0.utf8.first! != delimiter }
        return ExportDialect(
            delimiter: delimiter,
            lineEnding: random.chance(0.3) ? [13, 10] : [10],
            byteOrderMark: random.chance(0.15),
            missingTokens: missingTokens,
            absentToken: absent,
            booleans: booleans,
            timestamps: timestamps,
            spellsOutDefaults: random.chance(0.5),
            alternativePatterns: alternatives,
            datePattern: TimePattern(random.pick(["%Y-%m-%d", "%d/%m/%Y"])),
            headerStyle: HeaderStyle.allCases[random.weighted([0.25, 0.3, 0.2, 0.15, 0.1])],
            synonymChance: random.double(in: 0.1, 0.5),
            choiceCodes: [CodeStyle.words, .labels, .short, .numeric][random.weighted([0.3, 0.2, 0.3, 0.2])],
            listCodes: [CodeStyle.words, .short, .numeric][random.weighted([0.35, 0.4, 0.25])],
            listSeparator: random.pick(separators),
            references: random.pick(ReferenceStyle.allCases),
            personalColumns: random.chance(0.5))
    }

    /// A timestamp style, and the patterns a single column may use instead.
    private static func drawTimestamps(_ random: inout SyntheticRandom) -> (TimestampStyle, [TimePattern]) {
        let ambiguity = [TimestampStyle.Ambiguity.earlier, .later, .error][random.weighted([0.4, 0.3, 0.3])]
        let nonexistent = random.chance(0.5) ? "error" : "shift-forward"
        let withOffset = ["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S%z", "%d/%m/%Y %H:%M%z"]
        let localMinutes = ["%d/%m/%Y %H:%M", "%-d/%-m/%Y %-H:%M", "%Y%m%d %H%M", "%d.%m.%Y %H:%M"]
        let localSeconds = ["%Y-%m-%d %H:%M:%S", "%d-%m-%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%d/%m/%Y %H:%M:%S"]
        let local = localMinutes + localSeconds
        switch random.weighted([0.25, 0.15, 0.3, 0.15, 0.15]) {
        case 0:  // ISO 8601 in UTC with Z: the default
            return (
                TimestampStyle(
                    pattern: TimePattern(withOffset[0]), zone: .utc, offsetStyle: .zulu, ambiguity: .error, nonexistent: "error"),
                withOffset.dropFirst().map(TimePattern.init)
            )
        case 1:  // London local time with its offset, so nothing is ambiguous
            let style: TimestampStyle.OffsetStyle = random.chance(0.5) ? .colon : .compact
            return (
                TimestampStyle(
                    pattern: TimePattern(random.pick(withOffset)), zone: .london, offsetStyle: style, ambiguity: .error,
                    nonexistent: "error"),
                withOffset.map(TimePattern.init)
            )
        case 2:  // London local time without an offset: the autumn hour needs a rule
            return (
                TimestampStyle(
                    pattern: TimePattern(random.pick(local)), zone: .london, offsetStyle: .colon, ambiguity: ambiguity,
                    nonexistent: nonexistent),
                local.map(TimePattern.init)
            )
        case 3:  // UTC without an offset
            return (
                TimestampStyle(
                    pattern: TimePattern(random.pick(localSeconds)), zone: .utc, offsetStyle: .colon, ambiguity: .error,
                    nonexistent: "error"),
                local.map(TimePattern.init)
            )
        default:  // a fixed offset, as systems that never change their clocks write it
            return (
                TimestampStyle(
                    pattern: TimePattern(random.pick(localSeconds)), zone: .fixed(random.chance(0.5) ? 0 : 60), offsetStyle: .colon,
                    ambiguity: .error, nonexistent: "error"),
                local.map(TimePattern.init)
            )
        }
    }
}
