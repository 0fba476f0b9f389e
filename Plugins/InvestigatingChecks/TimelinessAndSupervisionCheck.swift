import ChildProtectionRecords
import Foundation
import InspectionKit

/// `investigating.timeliness-and-supervision`: did each investigation of a crime against a
/// child start without delay, get a supervisor's review at the set interval, and follow a
/// plan centred on the child?
public struct TimelinessAndSupervisionCheck: InspectionCheck {
    static let topics = ["investigation-timeliness", "investigation-supervision", "child-centred-investigation"]
    static let startTarget = Parameter<Duration>(
        "investigating.start-target", unit: "after the report", example: .seconds(86_400),
        summary: "Longest acceptable time from the report of a crime against a child to the first investigative action.")
    static let reviewInterval = Parameter<Duration>(
        "investigating.review-interval", unit: "while the investigation is open", example: .seconds(28 * 86_400),
        summary:
            "A supervisor reviews an open investigation at least this often: one review is due for each whole interval from the report to its closing (or to the report's publication while it is open)."
    )
    static let shortShare = FigureSpec(
        "investigating.timeliness-short-share", "Investigations not started in time, supervised or planned around the child", .share)

    public static let descriptor = CheckDescriptor(
        id: "investigating.timeliness-and-supervision",
        area: "investigating",
        title: "Investigations started without delay, supervised, and planned around the child",
        rationale: """
            Evidence is lost and children left at risk while an investigation waits to start or \
            drifts without a supervisor's review. Each investigation is counted as meeting the \
            standard when its first action came within the start target, its supervisory reviews \
            kept up with the review interval, and its plan was centred on the child \
            (Gloucestershire 2025: "We regularly found delays in starting investigations"; \
            Lincolnshire 2025: "make sure supervisors regularly review investigations").
            """,
        recommendation:
            "The force should start investigations of crimes against children without delay, make sure supervisors review them at set intervals, and plan each around the child.",
        parameters: ComplianceBars.parameters + [startTarget, reviewInterval],
        reads: [ChildAbuseInvestigation.self],
        observationTopics: topics,
        figures: [Self.shortShare],
        examples: [
            CheckExample(
                "Started the same day, reviewed monthly, planned around the child",
                evidence: """
                    records:
                      child-abuse-investigation:
                        - {case_ref: EX-1, reported_at: 2025-01-06T10:00:00Z, started_at: 2025-01-06T14:00:00Z, closed_at: 2025-03-10T10:00:00Z, supervisory_reviews: 2, child_centred_plan: true}
                        - {case_ref: EX-2, reported_at: 2025-02-03T10:00:00Z, started_at: 2025-02-03T11:00:00Z, closed_at: 2025-02-20T10:00:00Z, supervisory_reviews: 1, child_centred_plan: true}
                        - {case_ref: EX-3, reported_at: 2025-02-10T10:00:00Z, started_at: 2025-02-11T08:00:00Z, closed_at: 2025-05-12T10:00:00Z, supervisory_reviews: 3, child_centred_plan: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement:
                        "In 3 of 3 investigations of crimes against children the first action came within 1 day, a supervisor reviewed the investigation at least every 28 days, and the plan was centred on the child."
                )),
            CheckExample(
                "One investigation left a week before it started",
                evidence: """
                    records:
                      child-abuse-investigation:
                        - {case_ref: EX-1, reported_at: 2025-01-06T10:00:00Z, started_at: 2025-01-13T10:00:00Z, closed_at: 2025-02-01T10:00:00Z, supervisory_reviews: 1, child_centred_plan: true}
                        - {case_ref: EX-2, reported_at: 2025-02-03T10:00:00Z, started_at: 2025-02-03T11:00:00Z, closed_at: 2025-02-20T10:00:00Z, supervisory_reviews: 1, child_centred_plan: true}
                        - {case_ref: EX-3, reported_at: 2025-02-10T10:00:00Z, started_at: 2025-02-11T08:00:00Z, closed_at: 2025-05-12T10:00:00Z, supervisory_reviews: 3, child_centred_plan: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "In 1 of 3 investigations of crimes against children the standard was not met: started after 1 day in 1.")),
            CheckExample(
                "Delays, drift without review, plans that leave the child out",
                evidence: """
                    records:
                      child-abuse-investigation:
                        - {case_ref: EX-1, reported_at: 2024-09-02T10:00:00Z, closed_at: 2024-10-01T10:00:00Z, supervisory_reviews: 0, child_centred_plan: false}
                        - {case_ref: EX-2, reported_at: 2024-09-09T10:00:00Z, started_at: 2024-09-20T10:00:00Z, closed_at: 2025-01-20T10:00:00Z, supervisory_reviews: 1, child_centred_plan: true}
                        - {case_ref: EX-3, reported_at: 2024-10-07T10:00:00Z, started_at: 2024-10-07T12:00:00Z, closed_at: 2024-12-16T10:00:00Z, supervisory_reviews: 2, child_centred_plan: false}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 3),
                    statement:
                        "In 3 of 3 investigations of crimes against children the standard was not met: not started in 1; started after 1 day in 1; fewer supervisory reviews than one every 28 days in 2; no plan centred on the child in 2."
                )),
            CheckExample(
                "No investigations counted: the inspection's findings decide",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: investigation-timeliness, rating: serious-shortfall, statement: Investigations were regularly slow to start., source: Example report}
                        - {topic: child-centred-investigation, rating: mixed, statement: Officers did not always take a child-centred approach., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement:
                        "Investigations were regularly slow to start. Officers did not always take a child-centred approach. (Qualitative finding of the inspection.)"
                )),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let start = context[Self.startTarget]
        let interval = context[Self.reviewInterval]
        let counted = context.records(ChildAbuseInvestigation.self).flatMap { cases in
            EvidenceJudgement.Counted.records(
                cases, reference: \.caseRef,
                meets: { Self.shortfalls($0, start: start, interval: interval, asOf: context.published).isEmpty },
                figure: .fallingShort(Self.shortShare)
            ) { failed, total in
                guard !failed.isEmpty else {
                    return
                        "In \(total) of \(total) investigations of crimes against children the first action came within \(DurationText.words(start)), a supervisor reviewed the investigation at least every \(DurationText.words(interval)), and the plan was centred on the child."
                }
                let parts = ShortfallTally.words(
                    failed, shortfalls: { Self.shortfalls($0, start: start, interval: interval, asOf: context.published) },
                    words: { $0.words(start: start, interval: interval) })
                return "In \(failed.count) of \(total) investigations of crimes against children the standard was not met: \(parts)."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: Self.topics.flatMap { context.observations($0) }, bars: bars,
            nothing:
                "No investigations of crimes against children were provided (record type child-abuse-investigation), and no finding on how they are started, supervised or planned (inspection-observation topics \(Self.topics.joined(separator: ", ")))."
        )
    }

    /// The ways an investigation can fall short, in the order statements list them.
    enum Shortfall: CaseIterable {
        case notStarted, startedLate, underSupervised, planNotChildCentred

        func words(start: Duration, interval: Duration) -> String {
            switch self {
            case .notStarted: return "not started"
            case .startedLate: return "started after \(DurationText.words(start))"
            case .underSupervised: return "fewer supervisory reviews than one every \(DurationText.words(interval))"
            case .planNotChildCentred: return "no plan centred on the child"
            }
        }
    }

    /// How one investigation falls short. Reviews due: one per whole interval from the report
    /// to its closing, or to `asOf` (the report's publication) while it is open; with neither
    /// day known, its supervision is not judged.
    static func shortfalls(_ investigation: ChildAbuseInvestigation, start: Duration, interval: Duration, asOf: Date?) -> [Shortfall] {
        var found: [Shortfall] = []
        if let started = investigation.startedAt {
            if started.timeIntervalSince(investigation.reportedAt) > TimeInterval(start.components.seconds) { found.append(.startedLate) }
        } else {
            found.append(.notStarted)
        }
        let intervalSeconds = max(1, interval.components.seconds)
        if let end = investigation.closedAt ?? asOf {
            let open = Int64(max(0, end.timeIntervalSince(investigation.reportedAt)))
            if Int64(investigation.supervisoryReviews) < open / intervalSeconds { found.append(.underSupervised) }
        }
        if !investigation.childCentredPlan { found.append(.planNotChildCentred) }
        return found
    }
}
