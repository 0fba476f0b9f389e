import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

extension StrategyDiscussion.DecisionQuality: SyntheticValue {}

/// Synthetic strategy discussions: decisions are poor less often in a good force
/// (`investigating.strategy-discussions`), and good rather than adequate more often.
extension StrategyDiscussion: SyntheticRecords {
    public static var syntheticVolume: SyntheticVolume { SyntheticProportions.strategyDiscussions }

    public static var syntheticColumnNames: [String: [String]] {
        [
            "case_ref": ["Strategy Ref", "SD_REF", "Meeting Ref"],
            "decision_quality": ["Decision Quality", "AUDIT_RATING", "Outcome Rating"],
        ]
    }

    public static func synthesize(_ record: inout SyntheticFields, _ context: SynthesisContext, _ random: inout SyntheticRandom) {
        let quality: DecisionQuality
        if !random.chance(context.compliance(JudgedBy.strategyDiscussions)) {
            quality = .poor
        } else {
            quality = random.chance(0.3 + 0.6 * context.quality(JudgedBy.strategyDiscussions)) ? .good : .adequate
        }
        record.set(Fields.caseRef, context.caseReference)
        record.set(Fields.decisionQuality, quality)
    }
}
