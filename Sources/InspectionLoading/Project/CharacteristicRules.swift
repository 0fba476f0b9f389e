import InspectionKit
import YAML

/// What an area's characteristics of good and the rules over grades must satisfy: ids that
/// are unique and known, every check tied to a characteristic when a model grades by them, no
/// grade rule in an area that is not graded, and an overall judgement that names grades of
/// the scale and counts no more areas than are graded.
struct CharacteristicRules {
    let framework: Framework
    let area: Area

    func check(into diagnostics: inout DiagnosticCollector) {
        var ids: [String] = []
        for characteristic in area.characteristicsOfGood {
            guard let id = characteristic.id else { continue }
            if ids.contains(id.value) {
                diagnostics.add(Diagnostic(.duplicateID(kind: .characteristic, id: id.value), at: id))
            }
            ids.append(id.value)
        }
        // One model is enough to name: the first that grades by characteristics.
        let byCharacteristics = framework.scoringModels.first { $0.method == .shareOfCharacteristics }
        for reference in area.checks {
            if let named = reference.characteristic, !ids.contains(named.value) {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(kind: .characteristic, id: named.value, suggestion: Suggestions.closest(named.value, ids)),
                        at: named))
            } else if reference.characteristic == nil, area.isGraded, let model = byCharacteristics {
                diagnostics.add(
                    Diagnostic(
                        .invalidScoring(
                            .checkWithoutCharacteristic(check: reference.check.value, area: area.id.value, model: model.versionedID)),
                        at: reference.check))
            }
            guard !area.isGraded else { continue }
            if let cap = reference.whenNotMetAtBest {
                diagnostics.add(
                    Diagnostic(
                        .invalidScoring(
                            .gradeRuleInUngradedArea(rule: "when_not_met_at_best", check: reference.check.value, area: area.id.value)),
                        at: cap))
            }
            if let threshold = reference.causeOfConcernBelow {
                diagnostics.add(
                    Diagnostic(
                        .invalidScoring(
                            .gradeRuleInUngradedArea(rule: "cause_of_concern_below", check: reference.check.value, area: area.id.value)),
                        at: threshold))
            }
        }
    }

    /// The overall judgement's rules name grades of the scale and need no more areas than the
    /// framework grades.
    static func check(
        _ overall: OverallJudgement, framework: Framework, scale: GradingScale, into diagnostics: inout DiagnosticCollector
    ) {
        let graded = framework.areas.filter(\.isGraded).count
        let grades = scale.grades.map(\.id)
        for rule in overall.rules {
            for grade in [rule.grade, rule.threshold] where scale.grade(grade.value) == nil {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(kind: .grade, id: grade.value, suggestion: Suggestions.closest(grade.value, grades)), at: grade))
            }
            if graded == 0 {
                diagnostics.add(Diagnostic(.invalidScoring(.overallJudgementWithoutGradedAreas), at: rule.grade))
            } else if case .number(let count) = rule.atLeast, count > graded {
                diagnostics.add(Diagnostic(.invalidScoring(.overallRuleNeedsTooManyAreas(count: count, graded: graded)), at: rule.grade))
            }
        }
    }
}
