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
