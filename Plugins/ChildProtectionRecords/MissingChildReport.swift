import Foundation
import InspectionKit

/// A report to the police that a child was missing, as the force recorded it: as a missing
/// person, as "absent", or not at all, and whether the child's risk was assessed.
///
/// Unlike a `missing-episode`, which is an episode the force handled as missing, this is every
/// report received, so that a report never recorded, or recorded as "absent" (a category some
/// forces used for children they judged at no apparent risk), is counted too.
public struct MissingChildReport: EvidenceRecord, Equatable {
    public var caseRef: String
    public var reportedAt: Date
    public var recordedAs: RecordedAs
    /// Whether a risk assessment of the child was recorded.
    public var riskAssessed: Bool

    /// How the force recorded a report of a missing child.
    public enum RecordedAs: String, Sendable, CaseIterable, FieldChoiceType {
        /// As a missing person: the standard.
        case missing
        /// As "absent", with no missing-person investigation.
        case absent
        /// Not recorded as either: the report left no missing-person record.
        case notRecorded = "not-recorded"
    }

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the report; never a name.")
        package static let reportedAt = Field<Date>("reported_at", .timestamp, "When the report that the child was missing was made.")
        package static let recordedAs = Field<RecordedAs>(
            "recorded_as", "How the force recorded it: missing (a missing person), absent, or not-recorded.")
        package static let riskAssessed = Field<Bool>("risk_assessed", .boolean, "Whether a risk assessment of the child was recorded.")
    }

    public static let recordType = RecordType(
        id: "missing-child-report",
        title: "Report of a missing child",
        summary: "A report that a child was missing: whether the force recorded it as a missing person and assessed the child's risk.",
        fields: [Fields.caseRef, Fields.reportedAt, Fields.recordedAs, Fields.riskAssessed])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        reportedAt = fields[Fields.reportedAt]
        recordedAs = fields[Fields.recordedAs]
        riskAssessed = fields[Fields.riskAssessed]
    }

    public init(caseRef: String, reportedAt: Date, recordedAs: RecordedAs, riskAssessed: Bool) {
        self.caseRef = caseRef
        self.reportedAt = reportedAt
        self.recordedAs = recordedAs
        self.riskAssessed = riskAssessed
    }
}
