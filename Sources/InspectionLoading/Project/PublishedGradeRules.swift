import InspectionKit
import YAML

/// What a published grade may say: a grade of the scale or `unknown`; `one_of` only with
/// `unknown` and of two or more grades; one judgement per area; and, when the inspection states
/// its grade counts, known grades that fit them and unknown ones that can take the rest.
struct PublishedGradeRules {
    let scale: GradingScale
    let framework: Framework

    func check(_ inspection: Inspection, into diagnostics: inout DiagnosticCollector) {
        var judged: Set<String> = []
        let grades = scale.grades.map(\.id)
        for judgement in inspection.publishedJudgements {
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
                            .invalidPublishedGrade("one_of goes with grade: unknown; a known grade needs no alternatives"), at: first))
                } else if Set(judgement.oneOf.map(\.value)).count < 2 {
                    diagnostics.add(
                        Diagnostic(.invalidPublishedGrade("one_of needs two or more grades; with one, write it as the grade"), at: first))
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
            } else if count < 0 || count > framework.areas.count {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade("\(grade): \(count) is not a count of areas (0 to \(framework.areas.count))"), at: counts))
            }
        }
        let total = counts.value.values.reduce(0, +)
        guard total == judgements.count else {
            diagnostics.add(
                Diagnostic(
                    .invalidPublishedGrade(
                        "the grade counts add up to \(total) areas but \(judgements.count) published \(judgements.count == 1 ? "grade is" : "grades are") listed; list every graded area (grade: unknown when the sources do not say)"
                    ), at: counts))
            return
        }
        var remaining = counts.value
        for judgement in judgements {
            guard let grade = judgement.knownGrade else { continue }
            remaining[grade, default: 0] -= 1
            if remaining[grade]! < 0 {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade(
                            "the report gives \(counts.value[grade] ?? 0) \(label(grade)) \((counts.value[grade] ?? 0) == 1 ? "area" : "areas"), but more are listed as \(label(grade))"
                        ), at: judgement.grade))
            }
        }
        let left = Set(remaining.filter { $0.value > 0 }.keys)
        for judgement in judgements where judgement.knownGrade == nil && !judgement.oneOf.isEmpty {
            if left.isDisjoint(with: judgement.oneOf.map(\.value)) {
                diagnostics.add(
                    Diagnostic(
                        .invalidPublishedGrade(
                            "none of its possible grades is left by the grade counts (left: \(left.sorted().map(label).joined(separator: ", ")))"
                        ), at: judgement.grade))
            }
        }
    }

    private func label(_ grade: String) -> String { (scale.grade(grade)?.label ?? grade).lowercased() }
}
