// ChildProtectionRecords: the record types child-protection checks read (missing episodes,
// abuse reports, strategy discussions, …), each declaring its fields once. Domain only: it
// depends on the core and nothing else.

import InspectionKit

/// The evidence record types of child protection inspections, read by the built-in check
/// modules: a check that names one in its descriptor's `reads` brings it into the registry,
/// so an inspector built from any of those modules knows the types its checks need.
public enum ChildProtectionRecords {
    public static let recordTypes: [any EvidenceRecord.Type] = [
        MissingEpisode.self,
        AbuseReport.self,
        DomesticAbuseIncident.self,
        CaseFileReview.self,
        StrategyDiscussion.self,
        ExploitationCase.self,
        OffenceAgainstChild.self,
        TeamEstablishment.self,
        PartnershipInitiative.self,
        MissingChildReport.self,
        GovernanceArrangement.self,
        OnlineExploitationInvestigation.self,
        ChildAbuseInvestigation.self,
    ]
}

extension ChildProtectionRecords {
    /// The record types as a module of their own (no checks), so that an inspector knows
    /// every one of them even when none of its checks reads it.
    public static let module = CheckModule(name: "ChildProtectionRecords", areas: [], checks: [], recordTypes: recordTypes)
}
