import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

extension MissingChildReport.RecordedAs: SyntheticValue {}

/// A synthetic audit sample of reports of missing children: a good force records more of them
/// as missing with a risk assessment (`missing.recording`); the others are recorded as absent,
/// not recorded, or recorded as missing with no risk assessment.
extension MissingChildReport: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.missingChildReports }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Report Ref", "CAD_REF", "Log Number"],
            "reported_at": ["Call Received", "REPORT_DTTM", "Date Reported"],
            "recorded_as": ["Recorded As", "MISPER_CLASS", "Classification"],
            "risk_assessed": ["Risk Assessed", "RISK_ASSESS_DONE", "Risk Assessment Recorded"],
        ]
    }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.reportedAt, context.period.randomTime(&random))
        if random.chance(context.compliance(JudgedBy.missingRecording)) {
            record.set(Fields.recordedAs, RecordedAs.missing)
            record.set(Fields.riskAssessed, true)
        } else {
            let recorded = [RecordedAs.absent, .notRecorded, .missing][random.weighted([0.4, 0.3, 0.3])]
            record.set(Fields.recordedAs, recorded)
            record.set(Fields.riskAssessed, recorded == .absent ? random.chance(0.2) : false)
        }
    }
}
