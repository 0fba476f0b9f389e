import ChildProtectionRecords
import InspectionKit

/// `missing.recording`: was every report of a missing child recorded as a missing person and
/// the child's risk assessed, rather than recorded as "absent" or not recorded at all?
public struct MissingRecordingCheck: InspectionCheck {
    static let topic = "missing-children-recording"
    static let notRecordedShare = FigureSpec(
        "missing.not-recorded-share", "Reports of missing children not recorded as missing and risk-assessed", .share)

    public static let descriptor = CheckDescriptor(
        id: "missing.recording",
        area: "responding",
        title: "Reports of missing children recorded as missing and risk-assessed",
        rationale: """
            A child reported missing who is recorded as "absent", or not recorded at all, gets \
            no missing-person investigation and no risk assessment, and the next report starts \
            from nothing. Each report received is counted by whether it was recorded as a \
            missing person with a risk assessment (Gloucestershire 2025: "It doesn't properly \
            record missing children when it should").
            """,
        recommendation:
            "The force should record every report of a missing child as a missing person and assess the child's risk, never as absent or not at all.",
        parameters: ComplianceBars.parameters,
        reads: [MissingChildReport.self],
        observationTopics: [topic],
        figures: [Self.notRecordedShare],
        examples: [
            CheckExample(
                "Every report recorded as missing, with a risk assessment",
                evidence: """
                    records:
                      missing-child-report:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, recorded_as: missing, risk_assessed: true}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, recorded_as: missing, risk_assessed: true}
                        - {case_ref: EX-3, reported_at: 2025-01-08T22:10:00Z, recorded_as: missing, risk_assessed: true}
                    """,
                expect: .init(
                    .met, count: .init(met: 3, of: 3),
                    statement: "All 3 reports of a missing child were recorded as missing and risk-assessed.")),
            CheckExample(
                "One report recorded as absent",
                evidence: """
                    records:
                      missing-child-report:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, recorded_as: missing, risk_assessed: true}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, recorded_as: absent, risk_assessed: false}
                        - {case_ref: EX-3, reported_at: 2025-01-08T22:10:00Z, recorded_as: missing, risk_assessed: true}
                    """,
                expect: .init(
                    .partlyMet, count: .init(met: 2, of: 3),
                    statement:
                        "In 1 of 3 reports of a missing child the child was not recorded as missing and risk-assessed: 1 recorded as absent."
                )),
            CheckExample(
                "Absent, unrecorded, and missing with no risk assessment",
                evidence: """
                    records:
                      missing-child-report:
                        - {case_ref: EX-1, reported_at: 2025-01-06T18:20:00Z, recorded_as: absent, risk_assessed: false}
                        - {case_ref: EX-2, reported_at: 2025-01-07T09:00:00Z, recorded_as: not-recorded, risk_assessed: false}
                        - {case_ref: EX-3, reported_at: 2025-01-08T22:10:00Z, recorded_as: missing, risk_assessed: false}
                        - {case_ref: EX-4, reported_at: 2025-01-09T11:00:00Z, recorded_as: missing, risk_assessed: true}
                    """,
                expect: .init(
                    .notMet, count: .init(met: 1, of: 4),
                    statement:
                        "In 3 of 4 reports of a missing child the child was not recorded as missing and risk-assessed: 1 recorded as absent, 1 not recorded at all and 1 recorded as missing with no risk assessment."
                )),
            CheckExample(
                "No reports counted: the inspection's finding decides",
                evidence: """
                    records:
                      inspection-observation:
                        - {topic: missing-children-recording, rating: serious-shortfall, statement: The force does not properly record missing children when it should., source: Example report}
                    """,
                expect: .init(
                    .notMet,
                    statement:
                        "The force does not properly record missing children when it should. (Qualitative finding of the inspection.)")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        let bars = ComplianceBars(context)
        let counted = context.records(MissingChildReport.self).flatMap { reports in
            EvidenceJudgement.Counted.records(
                reports, reference: \.caseRef, meets: { $0.recordedAs == .missing && $0.riskAssessed },
                figure: .fallingShort(Self.notRecordedShare)
            ) { failed, total in
                guard !failed.isEmpty else { return "All \(total) reports of a missing child were recorded as missing and risk-assessed." }
                let absent = failed.filter { $0.recordedAs == .absent }.count
                let unrecorded = failed.filter { $0.recordedAs == .notRecorded }.count
                let unassessed = failed.filter { $0.recordedAs == .missing }.count
                let kinds = [
                    absent > 0 ? "\(absent) recorded as absent" : nil,
                    unrecorded > 0 ? "\(unrecorded) not recorded at all" : nil,
                    unassessed > 0 ? "\(unassessed) recorded as missing with no risk assessment" : nil,
                ].compactMap { $0 }
                return
                    "In \(failed.count) of \(total) reports of a missing child the child was not recorded as missing and risk-assessed: \(ListText.and(kinds))."
            }
        }
        return EvidenceJudgement.decide(
            counted, observations: context.observations(Self.topic), bars: bars,
            nothing:
                "No reports of missing children were provided (record type missing-child-report), and no finding on how they are recorded (inspection-observation topic \(Self.topic))."
        )
    }
}
