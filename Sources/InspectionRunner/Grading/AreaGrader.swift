import InspectionKit
import InspectionLoading

/// Applies a framework's scoring model to one area's check results.
///
/// Each evaluated check scores from its outcome (the maximum when it is promising practice);
/// the weighted score over the weighted maximum is the area's percentage; the first band it
/// reaches gives a grade; then the limiting rules apply: a check that is not met may cap the
/// area ("at best requires improvement"), any cause of concern caps it, and without a cause
/// of concern it cannot fall below the scale's floor ("inadequate means causes of concern").
/// An area whose evaluated checks carry too little of its weight is not graded.
public struct AreaGrader: Sendable {
    public let model: ScoringModel
    public let scale: GradingScale

    public init(model: ScoringModel, scale: GradingScale) {
        self.model = model
        self.scale = scale
    }

    /// The score a result earns, or nil when it does not count towards a grade.
    public func score(_ result: CheckResult) -> Int? {
        switch result.outcome {
        case .met: return result.isPromisingPractice ? model.outcomeScores.promisingPractice : model.outcomeScores.met
        case .partlyMet: return model.outcomeScores.partlyMet
        case .notMet: return model.outcomeScores.notMet
        case .notApplicable, .couldNotEvaluate: return nil
        }
    }

    public func grade(_ checks: [CheckOutcome], caps: [String: String]) -> AreaGrading {
        let applicable = checks.filter { $0.result.outcome != .notApplicable }
        let evaluated = applicable.filter { $0.score != nil }
        let totalWeight = applicable.reduce(0) { $0 + $1.weight }
        let evaluatedWeight = evaluated.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0, evaluatedWeight / totalWeight >= model.minimumEvaluatedShare else {
            if let decided = decidedByCauseOfConcern(evaluated, applicable: applicable) { return decided }
            let missing = applicable.filter { $0.score == nil }.map(\.checkID)
            let reason =
                applicable.isEmpty
                ? "no check applies to this force"
                : "only \(evaluated.count) of \(applicable.count) checks could be evaluated (\(missing.joined(separator: ", ")) could not); "
                    + "the scoring model needs at least \(NumberText.percent(model.minimumEvaluatedShare)) of the area's weight"
            return AreaGrading(percent: nil, grade: nil, basis: "Not graded: \(reason).", adjustments: [])
        }
        let maximum = Double(model.outcomeScores.maximum)
        let achieved = evaluated.reduce(0.0) { $0 + $1.weight * Double($1.score!) }
        let percent = achieved / (evaluatedWeight * maximum) * 100
        guard percent.isFinite, let band = model.gradeBands.first(where: { percent >= $0.minPercent - 1e-9 }) ?? model.gradeBands.last
        else {
            return AreaGrading(
                percent: nil, grade: nil, basis: "Not graded: the scoring model gives no grade for these scores.", adjustments: [])
        }
        var grade = band.grade.value
        var adjustments: [String] = []

        for check in evaluated where check.result.outcome == .notMet {
            if let cap = caps[check.checkID], isBetter(grade, than: cap) {
                adjustments.append("capped at \(label(cap)) because \(check.checkID) is not met")
                grade = cap
            }
        }
        let concerns = evaluated.filter(\.isCauseOfConcern)
        if let cap = model.causeOfConcernAtBest?.value, !concerns.isEmpty, isBetter(grade, than: cap) {
            let reasons = concerns.map { check in check.concern.map { "\(check.checkID): \($0)" } ?? check.checkID }
            adjustments.append("capped at \(label(cap)) by a cause of concern (\(reasons.joined(separator: "; ")))")
            grade = cap
        }
        if let floor = model.withoutCauseOfConcernAtWorst?.value, concerns.isEmpty, isBetter(floor, than: grade) {
            adjustments.append("raised to \(label(floor)): without a cause of concern an area is not graded below it")
            grade = floor
        }
        let coverage =
            evaluated.count == applicable.count
            ? "all \(applicable.count) checks evaluated"
            : "\(evaluated.count) of \(applicable.count) checks evaluated"
        let basis =
            "\(NumberText.plain((percent * 10).rounded() / 10))% of the maximum score (\(coverage)); "
            + "the \(label(band.grade.value)) band starts at \(NumberText.plain(band.minPercent))%"
            + (adjustments.isEmpty ? "." : "; " + adjustments.joined(separator: "; ") + ".")
        return AreaGrading(percent: percent, grade: grade, basis: basis, adjustments: adjustments)
    }

    /// With too little evidence to grade from scores, a cause of concern still decides the
    /// grade when it caps the area at the scale's lowest grade: caps only lower a grade, so no
    /// result of the checks not evaluated could change it. HMICFRS defines that grade by its
    /// causes of concern ("Inadequate – We have causes for concern"), and a force it found
    /// inadequate is often published with little else (Gloucestershire 2025).
    private func decidedByCauseOfConcern(_ evaluated: [CheckOutcome], applicable: [CheckOutcome]) -> AreaGrading? {
        let concerns = evaluated.filter { ($0.onFailure == .causeOfConcern || $0.result.isSerious) && $0.result.outcome.fallsShort }
        guard let cap = model.causeOfConcernAtBest?.value, cap == scale.grades.last?.id, !concerns.isEmpty else { return nil }
        let maximum = Double(model.outcomeScores.maximum)
        let weight = evaluated.reduce(0.0) { $0 + $1.weight }
        let percent = evaluated.reduce(0.0) { $0 + $1.weight * Double($1.score!) } / (weight * maximum) * 100
        let reasons = concerns.map { check in check.concern.map { "\(check.checkID): \($0)" } ?? check.checkID }
        let missing = applicable.filter { $0.score == nil }.map(\.checkID)
        let adjustment =
            "decided by a cause of concern (\(reasons.joined(separator: "; "))): \(label(cap)) is the lowest grade, so no result of the "
            + "\(missing.count) \(missing.count == 1 ? "check" : "checks") not evaluated (\(missing.joined(separator: ", "))) could change it"
        let basis =
            "\(NumberText.plain((percent * 10).rounded() / 10))% of the maximum score (\(evaluated.count) of \(applicable.count) checks evaluated, "
            + "fewer than the \(NumberText.percent(model.minimumEvaluatedShare)) of the area's weight needed to grade from scores); \(adjustment)."
        return AreaGrading(percent: percent.isFinite ? percent : nil, grade: cap, basis: basis, adjustments: [adjustment])
    }

    private func isBetter(_ a: String, than b: String) -> Bool {
        (scale.rank(of: a) ?? .max) < (scale.rank(of: b) ?? .max)
    }

    private func label(_ grade: String) -> String {
        (scale.grade(grade)?.label ?? grade).lowercased()
    }
}
