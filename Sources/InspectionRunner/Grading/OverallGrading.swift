import InspectionKit

/// Derives a framework's overall grade from its computed area grades by the rules it states:
/// the first rule that applies gives the grade, else `otherwise` does. Areas the framework does
/// not grade do not count; the overall grade is given only when every graded area has a grade.
struct OverallGrading {
    let scale: GradingScale

    func grade(_ judgement: OverallJudgement, areas: [AreaResult]) -> OverallGrade {
        let graded = areas.filter { $0.notGradedByFramework == nil }
        let missing = graded.filter { $0.grading.grade == nil }
        func result(_ grade: String?, _ basis: String) -> OverallGrade {
            OverallGrade(title: judgement.title, grade: grade, basis: basis, source: judgement.source)
        }
        guard missing.isEmpty, !graded.isEmpty else {
            let names = missing.map { inSentence($0.topic) }
            return result(
                nil,
                "Not given: \(missing.count) of \(graded.count) graded areas have no computed grade (\(names.joined(separator: ", "))).")
        }
        let ranks = graded.compactMap { $0.grading.grade.flatMap(scale.rank) }
        for rule in judgement.rules {
            guard let threshold = scale.rank(of: rule.threshold.value) else { continue }
            let matching = ranks.filter { rule.atOrBelow ? $0 >= threshold : $0 <= threshold }.count
            let needed: Int
            switch rule.atLeast {
            case .number(let number): needed = number
            case .all: needed = ranks.count
            }
            if matching >= needed {
                let relation = rule.atOrBelow ? "at or below" : "at or above"
                return result(
                    rule.grade.value,
                    "\(label(rule.grade.value).capitalizedFirst): \(matching) of \(ranks.count) graded areas are \(relation) "
                        + "\(label(rule.threshold.value)) (the rule needs \(rule.atLeast.words)).")
            }
        }
        let sorted = ranks.sorted()
        let rank: Int
        switch judgement.otherwise {
        case .worst: rank = sorted.last!
        case .median: rank = sorted[sorted.count / 2]
        }
        let grade = scale.grades[rank].id
        let how = judgement.otherwise == .worst ? "the worst area grade" : "the median area grade (the worse of the middle two when even)"
        return result(grade, "\(label(grade).capitalizedFirst): no rule applies, so \(how).")
    }

    private func label(_ grade: String) -> String { (scale.grade(grade)?.label ?? grade).lowercased() }
    private func inSentence(_ topic: String) -> String { topic.prefix(1).lowercased() + topic.dropFirst() }
}
