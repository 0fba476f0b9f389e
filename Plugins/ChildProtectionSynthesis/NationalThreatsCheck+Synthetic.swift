import ChildProtectionRecords
import InspectionKit
import LeadershipChecks
import SyntheticData

/// A synthetic force's strategy for `inspector generate`: it names each national threat to
/// children the framework lists (`leadership.national-threats`) with a probability that rises
/// with the force's quality for this check, so the check can be evaluated on synthetic forces.
extension NationalThreatsCheck: SyntheticDocuments {
    public static func syntheticDocuments(_ force: SyntheticForceFacts, _ random: inout SyntheticRandom) -> [SyntheticDocument] {
        let quality = force.quality(descriptor.id)
        let named = force.words(threats.name).filter { _ in random.chance(quality) }
        var priorities = ["responding quickly and well when a child goes missing;"]
        priorities += named.map { "tackling \($0), with our safeguarding partners;" }
        priorities += ["seeing and hearing children at domestic abuse incidents;", "filling vacant posts in our public protection teams."]
        let text = """
            # \(force.forceName): child protection strategy (SYNTHETIC)

            SYNTHETIC. This text was \(force.origin); it is not any real force's strategy.

            Our priorities for protecting children this year:

            \(priorities.map { "- \($0)" }.joined(separator: "\n"))

            """
        return [
            SyntheticDocument(
                id: "strategy", kind: .strategy, title: "\(force.forceName): child protection strategy (synthetic)", text: text)
        ]
    }
}
