import ChildProtectionRecords
import InspectionKit

/// Checks for "Responding to children at risk of harm".
public enum RespondingChecks {
    public static let module = CheckModule(
        name: "RespondingChecks",
        areas: ["responding"],
        checks: [
            RiskGradingCheck.self,
            DeploymentTimeCheck.self,
            AbuseResponseCheck.self,
            ChildrenAtDomesticAbuseCheck.self,
            MissingRecordingCheck.self,
        ])
}
