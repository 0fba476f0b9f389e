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
