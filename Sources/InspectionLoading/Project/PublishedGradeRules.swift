import InspectionKit
import YAML

/// What a published grade may say: a grade of the scale or `unknown`; `one_of` only with
/// `unknown` and of two or more grades; one judgement per area; and, when the inspection states
/// its grade counts, known grades that fit them and unknown ones that can take the rest.
struct PublishedGradeRules {
    let scale: GradingScale
    let framework: Framework

    /// How many areas the framework grades: those assessed without a grade have no count.
    var gradedAreas: Int { framework.areas.filter(\.isGraded).count }

    func check(_ inspection: Inspection, into diagnostics: inout DiagnosticCollector) {
        var judged: Set<String> = []
        let grades = scale.grades.map(\.id)
        for judgement in inspection.publishedJudgements {
            if let area = framework.area(judgement.area.value), !area.isGraded {
                diagnostics.add(Diagnostic(.invalidPublishedGrade(.areaNotGraded(area: area.id.value)), at: judgement.area))
            }
            if !judged.insert(judgement.area.value).inserted {
                diagnostics.add(Diagnostic(.duplicatePublishedGrade(area: judgement.area.value), at: judgement.area))
            }
            if judgement.knownGrade != nil, scale.grade(judgement.grade.value) == nil {
                let suggestion = Suggestions.closest(judgement.grade.value, grades + [PublishedJudgement.unknown])
                diagnostics.add(
                    Diagnostic(.unknownReference(kind: .grade, id: judgement.grade.value, suggestion: suggestion), at: judgement.grade))
            }
            for possible in judgement.oneOf where scale.grade(possible.value) == nil {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(kind: .grade, id: possible.value, suggestion: Suggestions.closest(possible.value, grades)),
                        at: possible))
            }
            if let first = judgement.oneOf.first {
                if judgement.knownGrade != nil {
                    diagnostics.add(
                        Diagnostic(
                            .invalidPublishedGrade(.alternativesToKnownGrade), at: first))
                } else if Set(judgement.oneOf.map(\.value)).count < 2 {
                    diagnostics.add(
                        Diagnostic(.invalidPublishedGrade(.fewerThanTwoAlternatives), at: first))
                }
            }
        }
        if let counts = inspection.publishedGradeCounts { check(counts, inspection.publishedJudgements, into: &diagnostics) }
    }

    /// The counts name grades of the scale, sum to the areas judged, are not exceeded by the
    /// known grades, and leave for the unknown ones grades they may be.
    private func check(
        _ counts: YAML.Located<[String: Int]>, _ judgements: [PublishedJudgement], into diagnostics: inout DiagnosticCollector
    ) {
        for (grade, count) in counts.value.sorted(by: { $0.key < $1.key }) {
            if scale.grade(grade) == nil {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(kind: .grade, id: grade, suggestion: Suggestions.closest(grade, scale.grades.map(\.id))),
                        at: counts))
            } else if count < 0 || count > gradedAreas {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade(.notACountOfAreas(grade: grade, count: count, areas: gradedAreas)), at: counts))
            }
        }
        let total = counts.value.values.reduce(0, +)
        guard total == judgements.count else {
            diagnostics.add(
                Diagnostic(
                    .invalidPublishedGrade(.countsDoNotAddUp(total: total, listed: judgements.count)), at: counts))
            return
        }
        var remaining = counts.value
        for judgement in judgements {
            guard let grade = judgement.knownGrade else { continue }
            remaining[grade, default: 0] -= 1
            if remaining[grade]! < 0 {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade(.moreListedThanCounted(label: label(grade), counted: counts.value[grade] ?? 0)),
                        at: judgement.grade))
            }
        }
        let left = Set(remaining.filter { $0.value > 0 }.keys)
        for judgement in judgements where judgement.knownGrade == nil && !judgement.oneOf.isEmpty {
            if left.isDisjoint(with: judgement.oneOf.map(\.value)) {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade(.noPossibleGradeLeft(left: left.sorted().map(label))), at: judgement.grade))
            }
        }
    }

    private func label(_ grade: String) -> String { (scale.grade(grade)?.label ?? grade).lowercased() }
}
