// InvestigatingChecks: the checks of the `investigating` area, one per file, named after its id. Domain logic
// only: it depends on the core and ChildProtectionRecords, never on loading, running, reports or
// files, and carries no tuning (speed lives in the evidence layer).

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
