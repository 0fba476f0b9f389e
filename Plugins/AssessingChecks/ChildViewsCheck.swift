import ChildProtectionRecords
import InspectionKit

/// `assessing.views-recorded`: were the child's views and concerns recorded (the voice of the
/// child)?
public struct ChildViewsCheck: InspectionCheck {
    static let viewsRecordedShare = FigureSpec("assessing.views-recorded-share", "Case files recording the child's views", .share)

    public static let descriptor = CheckDescriptor(
        id: "assessing.views-recorded",
        area: "assessing",
        title: "The child's views and concerns recorded",
        rationale: """
            What a child says about their own life shapes every later decision; if it is not \
            written down, it is lost. Counted from case file reviews.
            """,
        recommendation: "The force should make sure officers record children's views and concerns.",
        parameters: ComplianceBars.parameters,
        reads: [CaseFileReview.self],
        observationTopics: ["voice-of-the-child"],
        figures: [Self.viewsRecordedShare],
        examples: [
            CheckExample(
                "Views recorded in every file",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, views_recorded: true}
                        - {case_ref: EX-2, category: missing, views_recorded: true}
                        - {case_ref: EX-3, category: domestic-abuse, views_recorded: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "The child's views and concerns were recorded in 3 of 3 case files.")),
            CheckExample(
                "Views missing from one file in four",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, views_recorded: true}
                        - {case_ref: EX-2, category: missing, views_recorded: false}
                        - {case_ref: EX-3, category: domestic-abuse, views_recorded: true}
                        - {case_ref: EX-4, category: exploitation, views_recorded: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 3, of: 4),
                    statement: "The child's views and concerns were not recorded in 1 of 4 case files.")),
            CheckExample(
                "Recorded only sometimes: a qualitative finding",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: voice-of-the-child, rating: mixed, statement: Officers did not always record children's concerns and views., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement: "Officers did not always record children's concerns and views. (Qualitative finding of the inspection.)")),
            CheckExample(
                "Views missing from most files",
                evidence: """
                    records:
                      case-file-review:
                        - {case_ref: EX-1, category: referral, views_recorded: false}
                        - {case_ref: EX-2, category: missing, views_recorded: true}
                        - {case_ref: EX-3, category: domestic-abuse, views_recorded: false}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 3),
                    statement: "The child's views and concerns were not recorded in 2 of 3 case files.")),
        ],
        countedAs: "case files recording the child's views and concerns")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let judgements = context.records(CaseFileReview.self).map { $0.map { CaseJudgement(reference: $0.caseRef, met: $0.viewsRecorded) } }
        let counted = judgements.flatMap {
            EvidenceJudgement.Counted.records($0, reference: \.reference, meets: \.met, figure: .meeting(Self.viewsRecordedShare)) {
                failed, total in
                failed.isEmpty
                    ? "The child's views and concerns were recorded in \(total) of \(total) case files."
                    : "The child's views and concerns were not recorded in \(failed.count) of \(total) case files."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("voice-of-the-child"), bars: bars,
            nothing: "No case file review recorded whether the child's views were written down (record type case-file-review).")
    }
}
