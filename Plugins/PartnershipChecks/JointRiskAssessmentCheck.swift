import ChildProtectionRecords
import InspectionKit

/// `partnerships.joint-risk-assessment`: are exploited children's risks assessed promptly with
/// partners?
public struct JointRiskAssessmentCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "partnerships.joint-risk-assessment",
        area: "partnerships",
        title: "Prompt joint risk assessments of exploited children",
        rationale:
            "Exploitation is seen in pieces by police, schools and social care; only a joint assessment puts them together in time. Judged from the inspection's finding.",
        recommendation: "The force should assess the risk to exploited children jointly with partners and without delay.",
        observationTopics: ["joint-risk-assessments"],
        examples: [
            CheckExample(
                "Prompt and joint",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: joint-risk-assessments, rating: strength, statement: Joint risk assessments of exploited children were prompt., source: Example report}
                    """,
                expect: .init(
                    .met,
                    statement: "Joint risk assessments of exploited children were prompt. (Qualitative finding of the inspection.)")),
            CheckExample(
                "Slow",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: joint-risk-assessments, rating: mixed, statement: Joint risk assessments were sometimes delayed by weeks., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement: "Joint risk assessments were sometimes delayed by weeks. (Qualitative finding of the inspection.)")),
            CheckExample(
                "Not assessed jointly",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: joint-risk-assessments, rating: shortfall, statement: Risks to exploited children were not assessed jointly with partners., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "Risks to exploited children were not assessed jointly with partners. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        EvidenceJudgement.fromObservations(
            in: context, topics: ["joint-risk-assessments"],
            nothing: "No finding on joint risk assessments was provided (inspection-observation topic joint-risk-assessments).")
    }
}
