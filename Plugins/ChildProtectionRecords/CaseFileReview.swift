import InspectionKit

/// One case file as the inspectors reviewed it, recording what the file shows.
///
/// Every judgement is optional: a review that did not look at something leaves it out, and
/// checks count only the files that record it.
public struct CaseFileReview: EvidenceRecord, Equatable {
    public var caseRef: String
    /// What kind of case: missing, domestic abuse, exploitation, referral, …
    public var category: String
    public var sharingRequired: Bool?
    public var sharedWithSocialCare: Bool?
    public var safetyConfirmed: Bool?
    public var viewsRecorded: Bool?
    public var ethnicityRecorded: Bool?
    public var disabilityRecorded: Bool?

    public var caseReference: String? { caseRef }

    package enum Fields {
        package static let caseRef = Field<String>("case_ref", .caseReference, "The force's reference for the case; never a name.")
        package static let category = Field<String>(
            "category", .text, "The kind of case: missing, domestic-abuse, exploitation, referral, …")
        package static let sharingRequired = Field<Bool?>(
            "sharing_required", .boolean, "Whether the case called for sharing information with children's social care.")
        package static let sharedWithSocialCare = Field<Bool?>(
            "shared_with_social_care", .boolean, "Whether information was shared with children's social care.")
        package static let safetyConfirmed = Field<Bool?>("safety_confirmed", .boolean, "Whether officers made sure the child was safe.")
        package static let viewsRecorded = Field<Bool?>(
            "views_recorded", .boolean, "Whether the child's views and concerns (the voice of the child) were recorded.")
        package static let ethnicityRecorded = Field<Bool?>("ethnicity_recorded", .boolean, "Whether the child's ethnicity was recorded.")
        package static let disabilityRecorded = Field<Bool?>(
            "disability_recorded", .boolean, "Whether any disability or special educational need was recorded.")
    }

    public static let recordType = RecordType(
        id: "case-file-review",
        title: "Case file review",
        summary: "One audited case file and what it records about the child and the referral.",
        fields: [
            Fields.caseRef, Fields.category, Fields.sharingRequired, Fields.sharedWithSocialCare, Fields.safetyConfirmed,
            Fields.viewsRecorded, Fields.ethnicityRecorded, Fields.disabilityRecorded,
        ])

    public init(_ fields: RecordFields) {
        caseRef = fields[Fields.caseRef]
        category = fields[Fields.category]
        sharingRequired = fields[Fields.sharingRequired]
        sharedWithSocialCare = fields[Fields.sharedWithSocialCare]
        safetyConfirmed = fields[Fields.safetyConfirmed]
        viewsRecorded = fields[Fields.viewsRecorded]
        ethnicityRecorded = fields[Fields.ethnicityRecorded]
        disabilityRecorded = fields[Fields.disabilityRecorded]
    }
}
