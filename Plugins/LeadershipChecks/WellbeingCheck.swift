import ChildProtectionRecords
import InspectionKit

/// `leadership.wellbeing`: does the force support the well-being of staff in child protection
/// roles?
public struct WellbeingCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "leadership.wellbeing",
        area: "leadership",
        title: "Well-being support for child protection staff",
        rationale:
            "Child protection work exposes officers and staff to trauma; without support they burn out and leave. Judged from the inspection's finding.",
        recommendation: "The force should support the well-being of staff in child protection roles.",
        observationTopics: ["staff-wellbeing"],
        examples: [
            CheckExample(
                "A range of measures",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: staff-wellbeing, rating: strength, statement: The force has a range of well-being measures for staff in child protection roles., source: Example report}
                    """,
                expect: .init(
                    .met,
                    statement:
                        "The force has a range of well-being measures for staff in child protection roles. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Support not reaching everyone",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: staff-wellbeing, rating: mixed, statement: Well-being support was available but not all staff in child protection roles knew how to get it., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement:
                        "Well-being support was available but not all staff in child protection roles knew how to get it. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Little support",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: staff-wellbeing, rating: shortfall, statement: Staff in child protection roles had little well-being support., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement: "Staff in child protection roles had little well-being support. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        EvidenceJudgement.fromObservations(
            in: context, topics: ["staff-wellbeing"],
            nothing: "No finding on staff well-being was provided (inspection-observation topic staff-wellbeing).")
    }
}
