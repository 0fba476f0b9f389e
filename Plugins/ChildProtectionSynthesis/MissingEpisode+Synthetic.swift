import ChildProtectionRecords
import Foundation
import InspectionKit
import LeadershipChecks
import SyntheticData

extension RiskGrade: SyntheticValue {}

/// Synthetic missing-child episodes that respond to the force's quality the way
/// `missing.risk-grading` and `missing.time-to-deploy` judge them: the grade given matches the
/// grade the framework's indicator lists and the force's policy call for more often in a good
/// force, and officers reach the child within the target for the grade given more often.
extension MissingEpisode: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.missingEpisodes }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["OccurrenceNo", "Occurrence Ref", "CASE_REFERENCE", "Incident Number", "URN"],
            "reported_at": ["Date Reported", "ReportedDateTime", "REPORT_DTTM", "Time Reported"],
            "risk_indicators": ["Risk Factors", "RISK_FLAGS", "Vulnerability Markers"],
            "risk_grade": ["Risk", "Risk Level", "GRADE", "Initial Risk Assessment"],
            "deployed_at": ["First Deployed", "Officer Deployed", "DEPLOY_DTTM", "First Unit Assigned"],
            "found_at": ["Date Found", "Returned", "FOUND_DTTM", "Located At"],
        ]
    }

    /// The share of episodes whose grade could be set too low (those with something known):
    /// under the graded policy about seven in ten.
    static let gradableShare = 0.7

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let reported = context.period.randomTime(&random)
        let indicators = Self.indicators(context.vocabulary("risk_indicators") ?? [], &random)
        let required = Self.requiredGrade(indicators, context)

        // Grading: a good force grades at the risk known; a poor one often grades lower.
        let allHigh = context.choice("missing.risk-policy") == "all-high"
        let correct = context.compliance(JudgedBy.riskGrading)
        let underGrading = allHigh ? 1 - correct : min(1, (1 - correct) / gradableShare)
        var grade = required
        let lower = RiskGrade.allCases.filter { $0 < required }
        if !lower.isEmpty && random.chance(underGrading) {
            grade = random.pick(lower)
        } else if required < .high && random.chance(0.04) {
            grade = RiskGrade.allCases[RiskGrade.allCases.firstIndex(of: required)! + 1]  // over-graded: still meets the standard
        }

        // Deployment: the control room works to the target for the grade it gave.
        let target = context.duration("missing.deploy-target.\(grade.rawValue)") ?? .seconds(3600)
        let deployedAt: Date?
        if random.chance(context.compliance(JudgedBy.timeToDeploy)) {
            deployedAt = SyntheticPeriod.after(reported, minutes: minutes(random.double(in: 0.08, 1.0), of: target))
        } else {
            switch random.weighted([0.85, 0.1, 0.05]) {
            case 0: deployedAt = SyntheticPeriod.after(reported, minutes: minutes(random.double(in: 1.05, 4), of: target))
            case 1: deployedAt = SyntheticPeriod.after(reported, minutes: random.int(in: 1440...(12 * 1440)))
            default: deployedAt = nil
            }
        }
        let foundAt = random.chance(0.92) ? SyntheticPeriod.after(reported, minutes: random.int(in: 30...(72 * 60))) : nil

        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.reportedAt, reported)
        record.set(Fields.riskIndicators, indicators)
        record.set(Fields.riskGrade, grade)
        record.set(Fields.deployedAt, deployedAt)
        record.set(Fields.foundAt, foundAt)
    }

    /// Up to four distinct indicators from the framework's vocabulary; never both a first and a
    /// repeat episode.
    static func indicators(_ vocabulary: [String], _ random: inout SyntheticRandom) -> [String] {
        let count = random.weighted([0.3, 0.35, 0.22, 0.1, 0.03])
        var chosen = random.sample(vocabulary, count: count)
        if chosen.contains("first-time-missing") && chosen.contains("repeat-missing") {
            chosen.removeAll { $0 == "first-time-missing" }
        }
        return chosen
    }

    /// The grade the episode called for, as `missing.risk-grading` works it out
    /// (RespondingChecks' `MissingRiskStandard`): high under an all-high policy; otherwise the
    /// highest grade an indicator known calls for, low for other indicators, no apparent risk
    /// when nothing was known.
    static func requiredGrade(_ indicators: [String], _ context: SynthesisContext) -> RiskGrade {
        if context.choice("missing.risk-policy") == "all-high" { return .high }
        let known = Set(indicators)
        if !known.isDisjoint(with: context.words("missing.high-risk-indicators")) { return .high }
        if !known.isDisjoint(with: context.words("missing.medium-risk-indicators")) { return .medium }
        return known.isEmpty ? .noApparentRisk : .low
    }
}
