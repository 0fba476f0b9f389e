import ChildProtectionRecords
import InspectionKit

/// `assessing.information-sharing`: when a case called for it, was information shared with
/// children's social care?
public struct InformationSharingCheck: InspectionCheck {
    static let sharedShare = FigureSpec("assessing.shared-share", "Cases shared with children's social care when required", .share)

    public static let descriptor = CheckDescriptor(
        id: "assessing.information-sharing",
        area: "assessing",
        title: "Information shared with children's social care when required",
        rationale: """
            Children's social care can only protect a child it knows about. Every case that \
            called for a referral or information sharing is counted, from abuse reports and \
            case file reviews.
            """,
        recommendation: "The force should share information with children's social care in every case that calls for it.",
        parameters: ComplianceBars.parameters,
        reads: [AbuseReport.self, CaseFileReview.self],
        observationTopics: ["information-sharing"],
        figures: [Self.sharedShare],
        examples: [
            CheckExample(
                "Shared whenever required",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, sharing_required: true, shared_with_social_care: true}
                        - {case_ref: EX-2, category: referral, sharing_required: true, shared_with_social_care: true}
                        - {case_ref: EX-3, category: referral, sharing_required: false}
                        - {case_ref: EX-4, category: missing, sharing_required: true, shared_with_social_care: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "In 3 of 3 cases that called for it, information was shared with children's social care.")),
            CheckExample(
                "Not shared in one case in three",
                evidence: """
                    records:
                      abuse-report:
                        - {case_ref: EX-1, received_at: 2025-02-03T16:00:00Z, first_response_at: 2025-02-03T19:00:00Z, child_spoken_to: true, sharing_required: true, shared_with_social_care: false, safety_confirmed: true}
                      case-file-review:
                        - {case_ref: EX-2, category: referral, sharing_required: true, shared_with_social_care: true}
                        - {case_ref: EX-3, category: missing, sharing_required: true, shared_with_social_care: true}
                        - {case_ref: EX-4, category: referral, sharing_required: false}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement: "In 1 of 3 cases that called for it, nothing was shared with children's social care.")),
            CheckExample(
                "Not shared in most cases",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, sharing_required: true, shared_with_social_care: false}
                        - {case_ref: EX-2, category: referral, sharing_required: true, shared_with_social_care: false}
                        - {case_ref: EX-3, category: referral, sharing_required: true, shared_with_social_care: true}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 3),
                    statement: "In 2 of 3 cases that called for it, nothing was shared with children's social care.")),
        ],
        countedAs: "cases shared with children's social care when required")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let judgements = context.caseJudgements(
            abuse: { $0.sharingRequired ? $0.sharedWithSocialCare : nil },
            review: { $0.sharingRequired == true ? $0.sharedWithSocialCare : nil })
        let counted = judgements.flatMap {
            EvidenceJudgement.Counted.records($0, reference: \.reference, meets: \.met, figure: .meeting(Self.sharedShare)) {
                failed, total in
                failed.isEmpty
                    ? "In \(total) of \(total) cases that called for it, information was shared with children's social care."
                    : "In \(failed.count) of \(total) cases that called for it, nothing was shared with children's social care."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("information-sharing"), bars: bars,
            nothing: "No case recorded whether information had to be shared (record types abuse-report, case-file-review).")
    }
}
