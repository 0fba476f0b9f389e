// PartnershipChecks: the checks of the `partnerships` area, one per file, named after its id. Domain logic
// only: it depends on the core and ChildProtectionRecords, never on loading, running, reports or
// files, and carries no tuning (speed lives in the evidence layer).

import ChildProtectionRecords
import InspectionKit

/// Checks for "Working with safeguarding partners".
public enum PartnershipChecks {
    public static let module = CheckModule(
        name: "PartnershipChecks",
        areas: ["partnerships"],
        checks: [
            MultiAgencyContributionCheck.self,
            JointRiskAssessmentCheck.self,
            InitiativeOutcomesCheck.self,
        ])
}
