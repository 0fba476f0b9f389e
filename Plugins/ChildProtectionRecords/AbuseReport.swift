import Foundation
import InspectionKit

/// A report that a child has been abused, and what the police did first.
public struct AbuseReport: EvidenceRecord, Equatable {
    public var caseRef: String
    public var receivedAt: Date
    /// When officers first responded in person; nil when they never did.
    public var firstResponseAt: Date?
    public var childSpokenTo: Bool
    /// Whether the case called for information to go to children's social care.
    public var sharingRequired: Bool
    public var sharedWithSocialCare: Bool
    /// Whether officers made sure the child was safe.
    public var safetyConfirmed: Bool

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the report; never a name.")
        package static let receivedAt = Field<Date>("received_at", .timestamp, "When the report reached the police.")
        package static let firstResponseAt = Field<Date?>(
            "first_response_at", .timestamp, "When officers first responded in person; leave out if they never did.")
        package static let childSpokenTo = Field<Bool>("child_spoken_to", .boolean, "Whether officers spoke with the child.")
        package static let sharingRequired = Field<Bool>(
            "sharing_required", .boolean, "Whether the case called for sharing information with children's social care.")
        package static let sharedWithSocialCare = Field<Bool>(
            "shared_with_social_care", .boolean, "Whether information was shared with children's social care.")
        package static let safetyConfirmed = Field<Bool>("safety_confirmed", .boolean, "Whether officers made sure the child was safe.")
    }

    public static let recordType = RecordType(
        id: "abuse-report",
        title: "Report of child abuse",
        summary: "A report that a child has been abused or neglected, and the police's first response to it.",
        fields: [
            Fields.caseRef, Fields.receivedAt, Fields.firstResponseAt, Fields.childSpokenTo, Fields.sharingRequired,
            Fields.sharedWithSocialCare, Fields.safetyConfirmed,
        ])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        receivedAt = fields[Fields.receivedAt]
        firstResponseAt = fields[Fields.firstResponseAt]
        childSpokenTo = fields[Fields.childSpokenTo]
        sharingRequired = fields[Fields.sharingRequired]
        sharedWithSocialCare = fields[Fields.sharedWithSocialCare]
        safetyConfirmed = fields[Fields.safetyConfirmed]
    }

    public func problems(_ rules: RecordRules) -> [RecordProblem] {
        [RecordRules.order(firstResponseAt, "first_response_at", after: receivedAt, "received_at")].compactMap { $0 }
    }

    /// How long after the report officers first responded; nil when they never did.
    public var responseDelay: Duration? {
        firstResponseAt.map { .seconds(Int64($0.timeIntervalSince(receivedAt).rounded())) }
    }
}
