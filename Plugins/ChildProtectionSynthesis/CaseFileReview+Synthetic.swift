import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// A synthetic audit sample of case files: each judgement is sometimes not recorded (left
/// absent), and when recorded it meets the standard as often as the assessing checks' quality
/// says; disability is recorded a little less often than ethnicity, as audits find.
extension CaseFileReview: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.caseFileReviews }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["File Ref", "AUDIT_REF", "Case Number"],
            "category": ["Case Type", "CATEGORY", "Strand"],
            "sharing_required": ["Sharing Required", "SHARE_REQ"],
            "shared_with_social_care": ["Shared", "CSC_SHARED"],
            "safety_confirmed": ["Safety Confirmed", "SAFE"],
            "views_recorded": ["Voice Of Child", "VIEWS", "Child Views Recorded"],
            "ethnicity_recorded": ["Ethnicity Recorded", "ETHNICITY_FLAG"],
            "disability_recorded": ["SEND Recorded", "DISABILITY_FLAG"],
        ]
    }

    static let categories = ["missing", "domestic-abuse", "exploitation", "referral", "abuse", "online-harm"]

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        func judged(_ check: String, absent: Double, offset: Double = 0) -> Bool? {
            random.chance(absent) ? nil : random.chance(context.compliance(check) + offset)
        }
        let sharingRequired: Bool? = random.chance(0.1) ? nil : random.chance(0.6)
        let shared: Bool?
        switch sharingRequired {
        case true?: shared = random.chance(context.compliance(JudgedBy.informationSharing))
        case false?: shared = random.chance(0.5) ? nil : random.chance(0.2)
        case nil: shared = nil
        }
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.category, random.pick(categories))
        record.set(Fields.sharingRequired, sharingRequired)
        record.set(Fields.sharedWithSocialCare, shared)
        record.set(Fields.safetyConfirmed, judged(JudgedBy.safetyConfirmed, absent: 0.15))
        record.set(Fields.viewsRecorded, judged(JudgedBy.viewsRecorded, absent: 0.1))
        record.set(Fields.ethnicityRecorded, judged(JudgedBy.identityRecorded, absent: 0.05))
        record.set(Fields.disabilityRecorded, judged(JudgedBy.identityRecorded, absent: 0.1, offset: -0.04))
    }
}
