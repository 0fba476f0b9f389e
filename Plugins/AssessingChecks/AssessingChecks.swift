import ChildProtectionRecords
import InspectionKit

/// Checks for "Assessing risk to children and making appropriate referrals".
public enum AssessingChecks {
    public static let module = CheckModule(
        name: "AssessingChecks",
        areas: ["assessing"],
        checks: [
            InformationSharingCheck.self,
            ChildSafetyCheck.self,
            ChildViewsCheck.self,
            IdentityRecordingCheck.self,
            ExploitationFlaggedCheck.self,
        ])
}
