import Foundation
import YAML

/// When a published recommendation is to be acted on, as the report sets it: `immediately`,
/// within a time counted from publication (`within: 6 months`), by a date (`by: 2023-09-19`),
/// or `unknown` when the sources do not give it.
///
/// HMICFRS's recommendations carry their own time frames (the Warwickshire 2022 inspection's
/// read "Within three months …", "… immediately reviews …", "Within six months …"); the
/// follow-up methodology asks for an action plan within six weeks for those not marked
/// "immediately", and an update on those that are.
public enum TimeFrame: Sendable, Hashable {
    case immediately
    /// A number of days, weeks or months after publication.
    case within(Int, Unit)
    /// A date (midnight UTC).
    case by(Date)
    case unknown

    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days, weeks, months

        func words(_ count: Int) -> String { count == 1 ? String(rawValue.dropLast()) : rawValue }
    }

    /// Whether the recommendation is marked "immediately"; nil when its time frame is unknown.
    public var isImmediate: Bool? {
        switch self {
        case .immediately: return true
        case .within, .by: return false
        case .unknown: return nil
        }
    }

    /// The day it falls due, counted from the publication day; nil when it is immediate,
    /// unknown, or counted from a publication day that is not known.
    public func due(publishedOn published: Date?) -> Date? {
        switch self {
        case .by(let date): return date
        case .within(let count, let unit):
            guard let published else { return nil }
            switch unit {
            case .days: return published.addingTimeInterval(TimeInterval(count * 86_400))
            case .weeks: return published.addingTimeInterval(TimeInterval(count * 7 * 86_400))
            case .months: return Self.adding(months: count, to: published)
            }
        case .immediately, .unknown: return nil
        }
    }

    /// The same day of the month `months` later, or the month's last day when it has no such
    /// day (31 August + 6 months is 28 or 29 February).
    static func adding(months: Int, to date: Date) -> Date {
        let (year, month, day) = DateText.civil(date)
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let newDay = min(day, DateText.daysIn(month: newMonth, year: newYear))
        return Date(timeIntervalSince1970: TimeInterval(DateText.daysSinceEpoch(year: newYear, month: newMonth, day: newDay)) * 86_400)
    }

    /// `immediately`, `within 6 months`, `by 19 September 2023`, `time frame unknown`.
    public var words: String {
        switch self {
        case .immediately: return "immediately"
        case .within(let count, let unit): return "within \(count) \(unit.words(count))"
        case .by(let date): return "by \(DateText.long(date))"
        case .unknown: return "time frame unknown"
        }
    }

    /// As written in YAML and JSON: `immediately`, `6 months`, `2023-09-19`, `unknown`.
    public var description: String {
        switch self {
        case .immediately: return "immediately"
        case .within(let count, let unit): return "\(count) \(unit.words(count))"
        case .by(let date): return DateText.iso(date)
        case .unknown: return "unknown"
        }
    }

    /// Reads a `within:` value: `immediately`, `unknown`, or a whole number of days, weeks
    /// or months from 1 to 36 months' worth (`6 months`, `1 week`, `28 days`); nil otherwise.
    public init?(within text: String) {
        switch text {
        case "immediately": self = .immediately
        case "unknown": self = .unknown
        default:
            let parts = text.split(separator: " ")
            guard parts.count == 2, parts[0].allSatisfy(\.isASCII), let count = Int(parts[0]), count > 0,
                let unit = Unit.allCases.first(where: { $0.rawValue == parts[1] || $0.rawValue.dropLast() == parts[1] }),
                unit.words(count) == parts[1]
            else { return nil }
            let limit = [Unit.days: 1096, .weeks: 156, .months: 36][unit]!
            guard count <= limit else { return nil }
            self = .within(count, unit)
        }
    }

    /// What a `within:` value may be, for errors.
    static let expectedWithin = "immediately, unknown, or a number of days, weeks or months (6 months, 1 week, 28 days)"
}
