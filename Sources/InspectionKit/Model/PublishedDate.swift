import Foundation
import YAML

/// When an inspection report was published, as exactly as the sources say: a day
/// (`2025-08-22`), a month (`2025-01`, when only the month is known) or `unknown`.
///
/// The duties after publication are dated only from an exact day; with a month or no date
/// each duty says why it has no date rather than taking a day that looks real.
public enum PublishedDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Midnight UTC of the day.
    case day(Date)
    case month(year: Int, month: Int)
    case unknown

    /// The day, when it is known.
    public var exact: Date? {
        if case .day(let date) = self { return date }
        return nil
    }

    /// The earliest moment the publication can have been: the day, or the first of the
    /// month; nil when unknown. For ordering a force's inspections.
    public var earliest: Date? {
        switch self {
        case .day(let date): return date
        case .month(let year, let month):
            return Date(timeIntervalSince1970: TimeInterval(DateText.daysSinceEpoch(year: year, month: month, day: 1)) * 86_400)
        case .unknown: return nil
        }
    }

    /// Unknown first, then by the earliest moment; a day after the month it falls in.
    public static func < (lhs: PublishedDate, rhs: PublishedDate) -> Bool {
        switch (lhs.earliest, rhs.earliest) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a != b ? a < b : lhs.isMonth && !rhs.isMonth
        }
    }

    private var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    /// `22 August 2025`, `January 2025` or `unknown`, as reports print it.
    public var words: String {
        switch self {
        case .day(let date): return DateText.long(date)
        case .month(let year, let month): return "\(DateText.monthName(month)) \(year)"
        case .unknown: return "unknown"
        }
    }

    /// `2025-08-22`, `2025-01` or `unknown`, as written in YAML and JSON.
    public var description: String {
        switch self {
        case .day(let date): return DateText.iso(date)
        case .month(let year, let month): return String(format: "%04d-%02d", year, month)
        case .unknown: return "unknown"
        }
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `unknown`; nil for anything else.
    public init?(_ text: String) {
        if text == "unknown" {
            self = .unknown
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let year = Int(parts[0]), let month = Int(parts[1]), (1900...2100).contains(year), (1...12).contains(month),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        if parts.count == 2 {
            self = .month(year: year, month: month)
            return
        }
        guard let day = Int(parts[2]), day >= 1, day <= DateText.daysIn(month: month, year: year) else { return nil }
        self = .day(Date(timeIntervalSince1970: TimeInterval(DateText.daysSinceEpoch(year: year, month: month, day: day)) * 86_400))
    }
}

extension PublishedDate: Decodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PublishedDate(text) else {
            guard let node = decoder.yamlNode else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a publication date"))
            }
            throw node.error(
                .invalidScalar(
                    text, expected: .custom("a publication date: YYYY-MM-DD, YYYY-MM when only the month is known, or unknown"),
                    problem: .malformed))
        }
        self = date
    }
}
