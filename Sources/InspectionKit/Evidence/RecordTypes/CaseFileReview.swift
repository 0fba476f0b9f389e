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

    enum CodingKeys: String, CodingKey {
        case caseRef = "case_ref", category, sharingRequired = "sharing_required"
        case sharedWithSocialCare = "shared_with_social_care", safetyConfirmed = "safety_confirmed"
        case viewsRecorded = "views_recorded", ethnicityRecorded = "ethnicity_recorded"
        case disabilityRecorded = "disability_recorded"
    }

    public static let recordType = RecordType(
        id: "case-file-review",
        title: "Case file review",
        summary: "One audited case file and what it records about the child and the referral.",
        fields: [
            .required("case_ref", .caseReference, "The force's reference for the case; never a name."),
            .required("category", .text, "The kind of case: missing, domestic-abuse, exploitation, referral, …"),
            .optional("sharing_required", .boolean, "Whether the case called for sharing information with children's social care."),
            .optional("shared_with_social_care", .boolean, "Whether information was shared with children's social care."),
            .optional("safety_confirmed", .boolean, "Whether officers made sure the child was safe."),
            .optional("views_recorded", .boolean, "Whether the child's views and concerns (the voice of the child) were recorded."),
            .optional("ethnicity_recorded", .boolean, "Whether the child's ethnicity was recorded."),
            .optional("disability_recorded", .boolean, "Whether any disability or special educational need was recorded."),
        ])
}
