// LeadershipChecks: the checks of the `leadership` area, one per file, named after its id. Domain logic
// only: it depends on the core and ChildProtectionRecords, never on loading, running, reports or
// files, and carries no tuning (speed lives in the evidence layer).

import ChildProtectionRecords
import InspectionKit

/// Checks for "Leadership of child protection arrangements".
public enum LeadershipChecks {
    public static let module = CheckModule(
        name: "LeadershipChecks",
        areas: ["leadership"],
        checks: [
            NationalThreatsCheck.self,
            CapacityCheck.self,
            WellbeingCheck.self,
            GovernanceCheck.self,
            TrainedStaffCheck.self,
        ])
}
