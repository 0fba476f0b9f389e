import ChildProtectionRecords
import InspectionKit

/// `investigating.sudden-death-readiness`: is the force ready to investigate the sudden and
/// unexpected death of a child at any hour?
public struct SuddenDeathReadinessCheck: InspectionCheck {
    static let topics = ["sudden-child-death-training", "sudden-child-death-senior-support"]

    public static let descriptor = CheckDescriptor(
        id: "investigating.sudden-death-readiness",
        area: "investigating",
        title: "Ready for sudden and unexpected child deaths",
        rationale: """
            A child's sudden death is often first attended at night. The sergeants on duty must \
            be trained to investigate it and senior officers must support them. Judged from the \
            inspection's findings on training and on senior support.
            """,
        recommendation:
            "The force should train the sergeants who attend sudden child deaths and make senior support available at all hours.",
        observationTopics: topics,
        examples: [
            CheckExample(
                "Trained and supported",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: sudden-child-death-training, rating: strength, statement: Night-shift sergeants were trained to investigate sudden child deaths., source: Example report}
                        - {topic: sudden-child-death-senior-support, rating: strength, statement: A senior investigating officer was always available., source: Example report}
                    """,
                expect: .init(
                    .met,
                    statement:
                        "Night-shift sergeants were trained to investigate sudden child deaths. A senior investigating officer was always available. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Trained but without senior support at night",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: sudden-child-death-training, rating: strength, statement: Night-shift sergeants were trained to investigate sudden child deaths., source: Example report}
                        - {topic: sudden-child-death-senior-support, rating: shortfall, statement: No senior investigating officer was available at night., source: Example report}
                    """,
                expect: .init(
                    .partlyMet,
                    statement:
                        "Night-shift sergeants were trained to investigate sudden child deaths. No senior investigating officer was available at night. (Qualitative finding of the inspection.)"
                )),
            CheckExample(
                "Untrained and unsupported",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: sudden-child-death-training, rating: shortfall, statement: Night-shift sergeants were not trained., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement: "Night-shift sergeants were not trained. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        EvidenceJudgement.fromObservations(
            in: context, topics: Self.topics,
            nothing:
                "No finding on training for, or senior support in, sudden child deaths was provided (inspection-observation topics \(Self.topics.joined(separator: ", ")))."
        )
    }
}
