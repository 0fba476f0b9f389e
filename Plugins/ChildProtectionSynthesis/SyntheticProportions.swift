import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// How much of each kind of record a synthetic force holds, in one place.
///
/// A force's volume is its missing-child episodes in a year (`inspector generate national
/// --episodes`, scaled by the force's size); the other record types are shares of it, each
/// varied by up to ±10% per force, or fixed ranges whatever the force's size:
///
/// | record type | per missing episode | or |
/// |---|---|---|
/// | missing-episode | 1 | |
/// | abuse-report | 0.30 | |
/// | domestic-abuse-incident (children present) | 0.40 | |
/// | strategy-discussion | 0.08 | |
/// | offence-against-child | 0.10 | |
/// | exploitation-case | 0.02 | |
/// | online-exploitation-investigation | 0.01 | |
/// | case-file-review | | 60–120 files (an inspection's audit sample) |
/// | missing-child-report | | 40–80 reports (an audit sample of reports received) |
/// | child-abuse-investigation | | 60–120 investigations (an audit sample) |
/// | team-establishment | | 4–8 teams |
/// | governance-arrangement | | 3 (one per arrangement) |
/// | partnership-initiative | | 1–4 initiatives |
enum SyntheticProportions {
    static let missingEpisodes = SyntheticVolume.perVolume(1)
    static let abuseReports = SyntheticVolume.perVolume(0.30)
    static let domesticAbuseIncidents = SyntheticVolume.perVolume(0.40)
    static let strategyDiscussions = SyntheticVolume.perVolume(0.08)
    static let offencesAgainstChildren = SyntheticVolume.perVolume(0.10)
    static let exploitationCases = SyntheticVolume.perVolume(0.02)
    static let onlineExploitationInvestigations = SyntheticVolume.perVolume(0.01)
    static let missingChildReports = SyntheticVolume.between(40, 80)
    static let childAbuseInvestigations = SyntheticVolume.between(60, 120)
    static let governanceArrangements = SyntheticVolume.between(3, 3)
    static let caseFileReviews = SyntheticVolume.between(60, 120)
    static let teams = SyntheticVolume.between(4, 8)
    static let partnershipInitiatives = SyntheticVolume.between(1, 4)
}

/// The checks whose judgement each synthesized field answers to, by id: a record asks the
/// force's quality (and compliance) for the check that will judge it.
enum JudgedBy {
    static let riskGrading = "missing.risk-grading"
    static let timeToDeploy = "missing.time-to-deploy"
    static let abuseResponse = "abuse.time-to-respond"
    static let childrenSeen = "domestic-abuse.children-seen"
    static let informationSharing = "assessing.information-sharing"
    static let safetyConfirmed = "assessing.safety-confirmed"
    static let viewsRecorded = "assessing.views-recorded"
    static let identityRecorded = "assessing.identity-recorded"
    static let strategyDiscussions = "investigating.strategy-discussions"
    static let singleAgencyOffences = "investigating.single-agency-offences"
    static let exploitationRecognised = "investigating.exploitation-recognised"
    static let capacity = "leadership.capacity"
    static let trainedStaff = "leadership.trained-staff"
    static let governance = "leadership.governance"
    static let missingRecording = "missing.recording"
    static let exploitationFlagged = "assessing.exploitation-flagged"
    static let onlineExploitation = "investigating.online-exploitation"
    static let timelinessAndSupervision = "investigating.timeliness-and-supervision"
    static let initiativeOutcomes = "partnerships.initiative-outcomes"
}

/// A delay as a whole number of minutes (at least one): `fraction` of `target`.
func minutes(_ fraction: Double, of target: Duration) -> Int {
    max(1, Int((Double(target.components.seconds) * fraction / 60).rounded()))
}
