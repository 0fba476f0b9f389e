import ChildProtectionRecords
import InspectionKit

/// `partnerships.multi-agency-contribution`: does the force contribute well to the statutory
/// multi-agency safeguarding arrangements?
public struct MultiAgencyContributionCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "partnerships.multi-agency-contribution",
        area: "partnerships",
        title: "Contribution to the statutory multi-agency arrangements",
        rationale:
            "The police are one of the three statutory safeguarding partners; attendance and leadership in the arrangements shape how well a county protects its children. Judged from the inspection's finding.",
        recommendation: "The force should take its full part in the statutory multi-agency safeguarding arrangements.",
        observationTopics: ["multi-agency-arrangements"],
        examples: [
            CheckExample(
                "Contributes well",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: multi-agency-arrangements, rating: strength, statement: The force contributes well to the multi-agency safeguarding arrangements., source: Example report}
                    """,
                expect: .init(
                    .met,
                    statement:
                        "The force contributes well to the multi-agency safeguarding arrangements. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Attends but seldom leads",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: multi-agency-arrangements, rating: mixed, statement: The force attends partnership meetings but seldom leads work on the partnership's priorities., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement:
                        "The force attends partnership meetings but seldom leads work on the partnership's priorities. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Seldom attends",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: multi-agency-arrangements, rating: shortfall, statement: The force seldom attends partnership meetings., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement: "The force seldom attends partnership meetings. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        EvidenceJudgement.fromObservations(
            in: context, topics: ["multi-agency-arrangements"],
            nothing: "No finding on the multi-agency arrangements was provided (inspection-observation topic multi-agency-arrangements).")
    }
}
