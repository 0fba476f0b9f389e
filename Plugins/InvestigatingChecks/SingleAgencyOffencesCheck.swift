import ChildProtectionRecords
import InspectionKit

/// `investigating.single-agency-offences`: were criminal offences against children
/// investigated by the police, not left to children's social care alone?
public struct SingleAgencyOffencesCheck: InspectionCheck {
    public static let descriptor = CheckDescriptor(
        id: "investigating.single-agency-offences",
        area: "investigating",
        title: "Offences against children investigated by the police",
        rationale: """
            Assaults by family members and neglect are crimes. Left to children's social care as \
            a single agency, they are not investigated as crimes and offenders are not pursued.
            """,
        recommendation:
            "The force should investigate criminal offences against children itself or jointly, not leave them to children's social care.",
        parameters: ComplianceBars.parameters,
        reads: [OffenceAgainstChild.self],
        observationTopics: ["offences-left-to-social-care"],
        examples: [
            CheckExample(
                "Investigated jointly or by the police",
                evidence: """
                    records:
                      offence-against-child:
                        - {case_ref: EX-1, offence: assault by a parent, investigated_by: joint}
                        - {case_ref: EX-2, offence: neglect, investigated_by: police}
                        - {case_ref: EX-3, offence: assault by a sibling, investigated_by: police}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "In 3 of 3 criminal offences against children the police investigated.")),
            CheckExample(
                "One offence in three left to children's social care",
                evidence: """
                    records:
                      offence-against-child:
                        - {case_ref: EX-1, offence: assault by a parent, investigated_by: joint}
                        - {case_ref: EX-2, offence: neglect, investigated_by: social-care-only}
                        - {case_ref: EX-3, offence: assault by a sibling, investigated_by: police}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement:
                        "In 1 of 3 criminal offences against children the investigation was left to children's social care as a single agency."
                )),
            CheckExample(
                "Left to children's social care",
                evidence: """
                    records:
                      offence-against-child:
                        - {case_ref: EX-1, offence: assault by a parent, investigated_by: social-care-only}
                        - {case_ref: EX-2, offence: neglect, investigated_by: social-care-only}
                        - {case_ref: EX-3, offence: assault by a sibling, investigated_by: police}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 3),
                    statement:
                        "In 2 of 3 criminal offences against children the investigation was left to children's social care as a single agency."
                )),
        ],
        countedAs: "offences against children investigated by the police")

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let counted = context.records(OffenceAgainstChild.self).flatMap { offences in
            EvidenceJudgement.Counted.records(offences, reference: \.caseRef, meets: { $0.investigatedBy != .socialCareOnly }) {
                left, total in
                left.isEmpty
                    ? "In \(total) of \(total) criminal offences against children the police investigated."
                    : "In \(left.count) of \(total) criminal offences against children the investigation was left to children's social care as a single agency."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations("offences-left-to-social-care"), bars: bars,
            nothing: "No criminal offences against children were provided (record type offence-against-child).")
    }
}
