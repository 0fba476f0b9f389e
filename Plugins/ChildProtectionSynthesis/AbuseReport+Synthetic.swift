import ChildProtectionRecords
import Foundation
import InspectionKit
import LeadershipChecks
import SyntheticData

/// Synthetic reports of child abuse: the first response in person comes within the
/// framework's target (`abuse.response-target`) more often in a good force, and information is
/// shared, and the child's safety confirmed, as often as the assessing checks' quality says.
extension AbuseReport: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.abuseReports }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Referral Ref", "CRN", "REFERRAL_ID", "Crime Number"],
            "received_at": ["Date Received", "ReceivedDateTime", "RECEIVED_DTTM"],
            "first_response_at": ["First Response", "Attended", "FIRST_ATTEND_DTTM"],
            "child_spoken_to": ["Child Spoken To", "CHILD_SPOKEN", "Voice Captured"],
            "sharing_required": ["Referral Required", "SHARE_REQ", "CSC Referral Needed"],
            "shared_with_social_care": ["Shared With CSC", "CSC_INFORMED", "Referred To CSC"],
            "safety_confirmed": ["Safety Confirmed", "SAFE_WELL", "Child Safe"],
        ]
    }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let received = context.period.randomTime(&random)
        let target = context.duration("abuse.response-target") ?? .seconds(86_400)
        let response: Date?
        if random.chance(context.compliance(JudgedBy.abuseResponse)) {
            response = SyntheticPeriod.after(received, minutes: minutes(random.double(in: 0.03, 1.0), of: target))
        } else if random.chance(0.85) {
            response = SyntheticPeriod.after(received, minutes: minutes(random.double(in: 1.05, 6), of: target))
        } else {
            response = nil
        }
        let sharingRequired = random.chance(0.6)
        let shared = sharingRequired ? random.chance(context.compliance(JudgedBy.informationSharing)) : random.chance(0.25)

        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.receivedAt, received)
        record.set(Fields.firstResponseAt, response)
        record.set(Fields.childSpokenTo, random.chance(0.55 + 0.4 * context.quality(JudgedBy.viewsRecorded)))
        record.set(Fields.sharingRequired, sharingRequired)
        record.set(Fields.sharedWithSocialCare, shared)
        record.set(Fields.safetyConfirmed, random.chance(context.compliance(JudgedBy.safetyConfirmed)))
    }
}
