import ChildProtectionRecords
import InspectionKit

/// Checks for "Investigating child abuse, neglect and exploitation".
public enum InvestigatingChecks {
    public static let module = CheckModule(
        name: "InvestigatingChecks",
        areas: ["investigating"],
        checks: [
            StrategyDiscussionCheck.self,
            SingleAgencyOffencesCheck.self,
            ExploitationRecognitionCheck.self,
            SuddenDeathReadinessCheck.self,
            OnlineExploitationCheck.self,
            TimelinessAndSupervisionCheck.self,
        ])
}
