import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// An inspection's published findings followed to their due dates, as of a day: each area for
/// improvement, cause of concern and recommendation with the duty that falls due for it, the
/// force's responses recorded by then, whether it is overdue, and what the latest saved run's
/// evidence says on its theme; the report's own duties; and the progress since earlier
/// inspections. Pure: the same configuration, run and day give the same follow-up.
public struct FollowUp: Sendable {
    public var forceID: String
    public var forceName: String
    public var inspectionID: String
    public var inspectionTitle: String
    public var published: PublishedDate
    /// The day it is followed as of (midnight UTC); responses dated later are not counted.
    public var asOf: Date
    public var duties: [Duty]
    public var items: [Item]
    /// The latest saved run of the force, whose evidence each item quotes; nil when none.
    public var latestRun: RunRecord?
    /// Why there is no run to quote, when there is none.
    public var noRun: String?
    public var progress: HistoryProgress

    /// Where a duty or a finding stands on the day.
    public enum State: Sendable, Hashable {
        /// The duty's trigger is known to be absent (no cause of concern, so no action plan);
        /// the reason says what is absent.
        case notRequired(String)
        /// Whether the duty falls due is not known (the report's findings, or a
        /// recommendation's time frame, are not in the sources); the reason says what is not.
        case unknown(String)
        /// The publication date is not known to the day (the reason says so).
        case undated(String)
        case dueIn(days: Int)
        case dueToday
        case overdue(days: Int)
        /// Met on a day; `late` days after it fell due (0 when on time).
        case met(on: Date, late: Int)
        /// Past due with nothing recorded, for a duty no record of this tool can show met.
        case notRecorded(daysPast: Int)

        public var isOverdue: Bool {
            if case .overdue = self { return true }
            return false
        }

        /// `due in 12 days`, `overdue by 3 days`, `met on 10 October 2025`, …
        public var words: String {
            switch self {
            case .notRequired(let reason): return "not required: \(reason)"
            case .unknown(let reason): return "unknown: \(reason)"
            case .undated(let reason): return reason
            case .dueIn(let days): return "due in \(days) \(days == 1 ? "day" : "days")"
            case .dueToday: return "due today"
            case .overdue(let days): return "overdue by \(days) \(days == 1 ? "day" : "days")"
            case .met(let date, let late):
                return "met on \(DateText.long(date))" + (late > 0 ? ", \(late) \(late == 1 ? "day" : "days") late" : "")
            case .notRecorded(let days): return "past due by \(days) \(days == 1 ? "day" : "days"); not recorded here as met"
            }
        }
    }

    /// A duty after publication for the report as a whole.
    public struct Duty: Sendable, Hashable {
        public var id: String
        public var description: String
        public var source: String
        /// Why it is kept without a published source, when it is the tool's assumption.
        public var assumption: String?
        public var due: Date?
        /// Whether it falls on the publication, as `inspect` derives it too.
        public var derived: DutyState
        public var state: State
    }

    public struct Item: Sendable, Hashable {
        public var finding: TrackedFinding
        /// For a recommendation with a time frame known to the day: when it is to be done by.
        public var timeFrameDue: Date?
        /// The duties that fall due for it (by its kind), each with its due date.
        public var duties: [DueDate]
        /// Its responses dated on or before the day, oldest first.
        public var responses: [Response]
        public var state: State
        /// The latest run's checks on the finding's theme (and area).
        public var evidence: [RunRecord.Check]
        /// Why no evidence is quoted, when none is.
        public var evidenceNote: String?

        /// The status of the latest response; nil before the first.
        public var status: FindingResponse.Status? { responses.last?.status }

    }

    /// A duty that falls due for a finding, and when (nil when the publication date is not
    /// known to the day).
    public struct DueDate: Sendable, Hashable {
        public var id: String
        public var due: Date?
    }

    public struct Response: Sendable, Hashable {
        public var date: Date
        public var status: FindingResponse.Status
        public var text: String
        public var evidence: [String]
    }

    public var overdue: [Item] { items.filter(\.state.isOverdue) }

    /// - Parameters:
    ///   - force: the force's configuration (its inspections and history).
    ///   - inspection: the inspection followed.
    ///   - framework: its framework, for the duties.
    ///   - responses: the force's `responses.yaml`.
    ///   - latestRun: the force's latest saved run, if any; `noRun` says why there is none.
    ///   - asOf: the day (any time of it).
    public init(
        force: ForceConfiguration, inspection: Inspection, framework: Framework, responses: FindingResponses,
        latestRun: RunRecord?, noRun: String? = nil, asOf: Date
    ) {
        let day = Self.day(asOf)
        forceID = force.id
        forceName = force.force.name
        inspectionID = inspection.id.value
        inspectionTitle = inspection.title
        published = inspection.published
        self.asOf = day
        self.latestRun = latestRun
        let noRunReason = latestRun == nil ? (noRun ?? "no run of \(force.id) is saved") : nil
        self.noRun = noRunReason
        let findings = inspection.trackedFindings
        let recorded = responses.responses.filter { $0.date <= day }.sorted { $0.date < $1.date }
        let derived = DutyDeadline.derive(framework.duties, for: inspection)
        let dueByID = Dictionary(derived.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
        let undated: String? =
            switch inspection.published {
            case .day: nil
            case .month: "not dated: the report's publication date is known only to the month (\(inspection.published.words))"
            case .unknown: "not dated: the report's publication date is not known"
            }
        let publishedDay = inspection.published.exact
        items = findings.map { finding in
            // The duties each finding carries, as the core derives them for it.
            let states = framework.duties.compactMap { duty in duty.state(for: finding, among: findings).map { (duty, $0) } }
            let applying = states.filter { if case .applies = $0.1 { return true } else { return false } }.map(\.0)
            let mine = recorded.filter { $0.finding.value == finding.id }.map {
                Response(date: $0.date, status: $0.status, text: $0.text, evidence: $0.evidence.map(\.value))
            }
            let dueDates = applying.map {
                DueDate(id: $0.id, due: publishedDay?.addingTimeInterval(TimeInterval($0.within.components.seconds)))
            }
            let first = dueDates.compactMap(\.due).min()
            let state: State
            if applying.isEmpty {
                if let unknown = states.first(where: { if case .unknown = $0.1 { return true } else { return false } }) {
                    state = .unknown(unknown.1.reason)
                } else {
                    state = .notRequired(states.first?.1.reason ?? "no duty after publication falls due for it")
                }
            } else if let answered = mine.first?.date {
                state = .met(on: answered, late: first.map { max(0, Self.days(from: $0, to: answered)) } ?? 0)
            } else if let first {
                state = Self.state(due: first, asOf: day)
            } else {
                state = .undated(undated ?? "not dated")
            }
            let (evidence, note) = Self.evidence(for: finding, in: latestRun, noRun: noRunReason)
            return Item(
                finding: finding, timeFrameDue: finding.timeFrame?.due(publishedOn: publishedDay), duties: dueDates, responses: mine,
                state: state, evidence: evidence, evidenceNote: note)
        }
        let items = self.items
        let answered = responses.duties.filter { $0.inspection.value == inspection.id.value && $0.date <= day }
        duties = zip(framework.duties, derived).map { duty, deadline in
            let date = dueByID[duty.id] ?? nil
            let triggered = items.filter { item in item.duties.contains { $0.id == duty.id } }
            let met = answered.filter { $0.duty.value == duty.id }.map(\.date).min()
            let state: State
            switch deadline.state {
            case .notRequired(let reason):
                state = .notRequired(reason)
            case .unknown(let reason) where met == nil:
                state = .unknown(reason)
            case .applies, .unknown:
                if let met {
                    state = .met(on: met, late: date.map { max(0, Self.days(from: $0, to: met)) } ?? 0)
                } else if duty.appliesWhen != .always, !triggered.isEmpty,
                    triggered.allSatisfy({ if case .met = $0.state { return true } else { return false } }),
                    let last = triggered.compactMap({ $0.responses.first?.date }).max()
                {
                    // Every finding it covers has been answered: the duty was met with the last answer.
                    state = .met(on: last, late: date.map { max(0, Self.days(from: $0, to: last)) } ?? 0)
                } else if let date {
                    let standing = Self.state(due: date, asOf: day)
                    if case .overdue(let days) = standing, duty.appliesWhen == .always {
                        state = .notRecorded(daysPast: days)
                    } else {
                        state = standing
                    }
                } else {
                    state = .undated(deadline.undated ?? "not dated")
                }
            }
            return Duty(
                id: duty.id, description: duty.description, source: duty.source, assumption: duty.assumption, due: date,
                derived: deadline.state, state: state)
        }
        progress = HistoryProgress(history: force.history, latestRun: latestRun)
    }

    /// Midnight UTC of the day `date` falls on.
    public static func day(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }

    static func days(from start: Date, to end: Date) -> Int {
        Int(((end.timeIntervalSince1970 - start.timeIntervalSince1970) / 86_400).rounded())
    }

    /// Due in N days, due today, or overdue by N days: a duty is overdue from the day after
    /// its due date.
    static func state(due: Date, asOf: Date) -> State {
        let days = Self.days(from: asOf, to: due)
        return days > 0 ? .dueIn(days: days) : days == 0 ? .dueToday : .overdue(days: -days)
    }

    private static func evidence(for finding: TrackedFinding, in run: RunRecord?, noRun: String?) -> ([RunRecord.Check], String?) {
        guard let run else { return ([], noRun) }
        guard let theme = finding.theme else {
            return ([], "the finding names no theme, so no check follows it")
        }
        let areas = run.areas.filter { finding.area == nil || $0.id == finding.area }
        let checks = areas.flatMap(\.checks).filter { $0.theme == theme }
        return checks.isEmpty ? ([], "no check of \(run.name) follows the theme '\(theme)'") : (checks, nil)
    }
}
