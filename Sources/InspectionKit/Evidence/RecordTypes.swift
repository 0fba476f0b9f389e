/// The record types the inspector knows without any plugin.
public enum RecordTypes {
    public static let builtIn: [any EvidenceRecord.Type] = [
        MissingEpisode.self,
        AbuseReport.self,
        DomesticAbuseIncident.self,
        CaseFileReview.self,
        StrategyDiscussion.self,
        ExploitationCase.self,
        OffenceAgainstChild.self,
        TeamEstablishment.self,
        PartnershipInitiative.self,
        InspectionObservation.self,
    ]
}
