import ChildProtectionRecords
import InspectionKit

/// `assessing.safety-confirmed`: did officers make sure the child was safe?
public struct ChildSafetyCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "assessing.safety-confirmed",
        area: "assessing",
        title: "The child's safety confirmed",
        rationale: "Before leaving a case, officers should make sure the child is safe. Counted from abuse reports and case file reviews.",
        recommendation: "The force should make sure officers confirm that the child is safe before they leave a case.",
        parameters: ComplianceBars.parameters,
        reads: [AbuseReport.self, CaseFileReview.self],
        observationTopics: ["child-safety-confirmed"],
        examples: [
            CheckExample(
                "Safety confirmed",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, safety_confirmed: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 1, of: 1),
                    statement: "In 1 of 1 cases officers made sure the child was safe.")),
            CheckExample(
                "The abuse report decides when a file review disagrees",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-03T19:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: true, safety_confirmed: false}
                      case-file-review:
                        - {case_ref: EX-1, category: referral, safety_confirmed: true}
                        - {case_ref: EX-2, category: referral, safety_confirmed: true}
                        - {case_ref: EX-3, category: missing, safety_confirmed: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "In 1 of 3 cases officers did not make sure the child was safe.")),
            CheckExample(
                "Left without making sure",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-10T16:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: false, safety_confirmed: false}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 0, of: 1),
                    statement: "In 1 of 1 cases officers did not make sure the child was safe.")),
        ],
        countedAs: "cases in which officers made sure the child was safe")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let judgements = context.caseJudgements(abuse: { $0.safetyConfirmed }, review: { $0.safetyConfirmed })
        let counted = judgements.flatMap {
            EvidenceJudgement.Counted.records($0, reference: \.reference, meets: \.met) { failed, total in
                failed.isEmpty
                    ? "In \(total) of \(total) cases officers made sure the child was safe."
                    : "In \(failed.count) of \(total) cases officers did not make sure the child was safe."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("child-safety-confirmed"), bars: bars,
            nothing: "No case recorded whether the child's safety was confirmed (record types abuse-report, case-file-review).")
    }
}
