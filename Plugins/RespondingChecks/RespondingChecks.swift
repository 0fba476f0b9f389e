// RespondingChecks: the checks of the `responding` area, one per file, named after its id. Domain logic
// only: it depends on the core and ChildProtectionRecords, never on loading, running, reports or
// files, and carries no tuning (speed lives in the evidence layer).

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
