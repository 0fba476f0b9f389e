// AssessingChecks: the checks of the `assessing` area, one per file, named after its id. Domain logic
// only: it depends on the core and ChildProtectionRecords, never on loading, running, reports or
// files, and carries no tuning (speed lives in the evidence layer).

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
