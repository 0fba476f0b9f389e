import ChildProtectionRecords
import InspectionKit

/// `abuse.time-to-respond`: did officers respond in person to reports of child abuse in time?
public struct AbuseResponseCheck: InspectionCheck {
    static let target = Parameter<Duration>(
        "abuse.response-target", unit: "after the report", example: .seconds(24 * 3600),
        summary: "Longest acceptable time from a report of child abuse to the first response in person.")

    public static let descriptor = CheckDescriptor(
        id: "abuse.time-to-respond",
        area: "responding",
        title: "Reports of child abuse responded to in time",
        rationale: """
            A child reported as abused may still be with the person who harmed them. Each report \
            is compared with the framework's target for a first response in person.
            """,
        recommendation: "The force should respond in person to every report of child abuse within the target time.",
        parameters: [target] + ComplianceBars.parameters,
        reads: [AbuseReport.self],
        observationTopics: ["abuse-response"],
        examples: [
            CheckExample(
                "Seen the same evening",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-03T19:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: true, safety_confirmed: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 1, of: 1),
                    statement: "In 1 of 1 reports of child abuse officers responded within the target of 1 day.")),
            CheckExample(
                "One report in three waited days",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-03T19:00:00Z, child_spoken_to: true, sharing_required: false, shared_with_social_care: false, safety_confirmed: true}
                        - {case_ref: EX-2, received_at: 2025-02-04T09:00:00Z, first_response_at: 2025-02-05T05:00:00Z, child_spoken_to: true, sharing_required: false, shared_with_social_care: false, safety_confirmed: true}
                        - {case_ref: EX-3, received_at: 2025-02-05T10:00:00Z, first_response_at: 2025-02-08T10:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: true, safety_confirmed: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "In 1 of 3 reports of child abuse the first response came after the target of 1 day: after 3 days.")),
            CheckExample(
                "A week before anyone came",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-10T16:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: false, safety_confirmed: false}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 1),
                    statement: "In 1 of 1 reports of child abuse the first response came after the target of 1 day: after 7 days.")),
        ],
        countedAs: "reports of child abuse responded to within the target")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let target = context[Self.target]
        let counted = context.records(AbuseReport.self).flatMap { reports in
            EvidenceJudgement.Counted.records(reports, reference: \.caseRef, meets: { ($0.responseDelay ?? .seconds(Int64.max)) <= target })
            { late, total in
                guard !late.isEmpty else {
                    return
                        "In \(total) of \(total) reports of child abuse officers responded within the target of \(DurationText.words(target))."
                }
                // Responses that came, and those that never did, are said apart.
                let delays = late.compactMap { $0.responseDelay.map(DurationText.words) }
                let never = late.count - delays.count
                var parts: [String] = []
                if !delays.isEmpty { parts.append("after " + delays.joined(separator: ", ")) }
                if never > 0 {
                    parts.append(
                        never == 1 ? "in 1 there was no response in person at all" : "in \(never) there was no response in person at all")
                }
                return
                    "In \(late.count) of \(total) reports of child abuse the first response came after the target of \(DurationText.words(target)): "
                    + parts.joined(separator: "; ") + "."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("abuse-response"), bars: bars,
            nothing: "No reports of child abuse were provided (record type abuse-report).")
    }
}
