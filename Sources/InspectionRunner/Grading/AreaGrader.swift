import InspectionKit
import InspectionLoading

/// Applies a framework's scoring model to one area's check results.
///
/// The model's method gives the area a measure, 0–100 (`PercentageScoring`,
/// `CharacteristicScoring`); the first band it reaches gives a grade; then the limiting rules
/// apply, whatever the method: a check that is not met may cap the area ("at best requires
/// improvement"), any cause of concern caps it, and without a cause of concern it cannot fall
/// below the scale's floor ("inadequate means causes of concern"). An area whose evidence
/// covers too little of it is not graded.
public struct AreaGrader: Sendable {
    public let model: ScoringModel
    public let scale: GradingScale

    public init(model: ScoringModel, scale: GradingScale) {
        self.model = model
        self.scale = scale
    }

    /// The score a result earns under a `percentage` model, or nil when it does not count
    /// towards a grade or the model scores characteristics instead. Promising practice
    /// scores as met: it is highlighted, never scored above met.
    public func score(_ result: CheckResult) -> Int? {
        guard model.method == .percentage, let scores = model.outcomeScores else { return nil }
        switch result.outcome {
        case .met: return scores.met
        case .partlyMet: return scores.partlyMet
        case .notMet: return scores.notMet
        case .notApplicable, .couldNotEvaluate: return nil
        }
    }

    /// The area's grade from its checks' outcomes.
    /// - Parameters:
    ///   - characteristics: the area's characteristics of good (read by a
    ///     `share-of-characteristics` model, which ties checks to them by
    ///     `CheckOutcome.characteristic`).
    ///   - caps: per check id, the grade the area is at best when the check is not met.
    public func grade(_ checks: [CheckOutcome], characteristics: [Characteristic] = [], caps: [String: String]) -> AreaGrading {
        let measured: Measure
        switch model.method {
        case .percentage:
            measured = PercentageScoring(model: model).measure(checks)
        case .shareOfCharacteristics:
            measured = CharacteristicScoring(model: model, scale: scale).measure(checks, characteristics: characteristics)
        }
        guard let percent = measured.percent else {
            if let decided = decidedByCauseOfConcern(checks, measured) { return decided }
            return AreaGrading(
                percent: nil, grade: nil, basis: "Not graded: \(measured.description).", adjustments: [],
                characteristics: measured.characteristics)
        }
        guard percent.isFinite, let band = model.gradeBands.first(where: { percent >= $0.minPercent - 1e-9 }) ?? model.gradeBands.last
        else {
            return AreaGrading(
                percent: nil, grade: nil, basis: "Not graded: the scoring model gives no grade for these scores.", adjustments: [])
        }
        var grade = band.grade.value
        var adjustments: [String] = []
        let evaluated = checks.filter(\.result.outcome.isEvaluated)
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
        let bandWords = band.words.map { " (\($0))" } ?? ""
        var basis =
            "\(measured.description); the \(label(band.grade.value)) band\(bandWords) starts at \(NumberText.plain(band.minPercent))%"
            + (adjustments.isEmpty ? "" : "; " + adjustments.joined(separator: "; "))
        if let ceiling = measured.ceilingNote, grade == band.grade.value { basis += "; " + ceiling }
        return AreaGrading(
            percent: percent, grade: grade, basis: basis + ".", adjustments: adjustments, characteristics: measured.characteristics)
    }

    /// With too little evidence to grade from the measure, a cause of concern still decides the
    /// grade when it caps the area at the scale's lowest grade: caps only lower a grade, so no
    /// result of the checks not evaluated could change it. HMICFRS defines that grade by its
    /// causes of concern ("Inadequate – We have causes for concern"), and a force it found
    /// inadequate is often published with little else (Gloucestershire 2025).
    private func decidedByCauseOfConcern(_ checks: [CheckOutcome], _ measured: Measure) -> AreaGrading? {
        let applicable = checks.filter { $0.result.outcome != .notApplicable }
        let evaluated = applicable.filter(\.result.outcome.isEvaluated)
        let concerns = evaluated.filter(\.isCauseOfConcern)
        guard let cap = model.causeOfConcernAtBest?.value, cap == scale.grades.last?.id, !concerns.isEmpty else { return nil }
        let reasons = concerns.map { check in check.concern.map { "\(check.checkID): \($0)" } ?? check.checkID }
        let missing = applicable.filter { !$0.result.outcome.isEvaluated }.map(\.checkID)
        let adjustment =
            "decided by a cause of concern (\(reasons.joined(separator: "; "))): \(label(cap)) is the lowest grade, so no result of the "
            + "\(missing.count) \(missing.count == 1 ? "check" : "checks") not evaluated (\(missing.joined(separator: ", "))) could change it"
        var percent: Double?
        var measure = measured.description
        if model.method == .percentage, let partial = PercentageScoring(model: model).percent(of: evaluated) {
            percent = partial
            measure =
                "\(NumberText.plain((partial * 10).rounded() / 10))% of the maximum score (\(evaluated.count) of \(applicable.count) checks "
                + "evaluated, fewer than the \(NumberText.percent(model.minimumEvaluatedShare)) of the area's weight needed to grade from scores)"
        }
        return AreaGrading(
            percent: percent, grade: cap, basis: "\(measure); \(adjustment).", adjustments: [adjustment],
            characteristics: measured.characteristics)
    }

    /// What a method makes of an area's checks: a measure 0–100 and how it was reached, or
    /// (percent nil) why there is none.
    struct Measure {
        var percent: Double?
        /// "58.3% of the maximum score (all 3 checks evaluated)", or why the area is not graded.
        var description: String
        var characteristics: [CharacteristicAssessment] = []
        /// Said after the band when the evidence can show nothing better than the band's grade.
        var ceilingNote: String?
    }

    func isBetter(_ a: String, than b: String) -> Bool {
        (scale.rank(of: a) ?? .max) < (scale.rank(of: b) ?? .max)
    }

    func label(_ grade: String) -> String {
        (scale.grade(grade)?.label ?? grade).lowercased()
    }
}

/// The `percentage` method: each evaluated check scores from its outcome, and the area's
/// measure is the weighted total over the weighted maximum.
struct PercentageScoring {
    let model: ScoringModel

    func measure(_ checks: [CheckOutcome]) -> AreaGrader.Measure {
        let applicable = checks.filter { $0.result.outcome != .notApplicable }
        let evaluated = applicable.filter(\.result.outcome.isEvaluated)
        let totalWeight = applicable.reduce(0) { $0 + $1.weight }
        let evaluatedWeight = evaluated.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0, evaluatedWeight / totalWeight >= model.minimumEvaluatedShare, model.outcomeScores != nil else {
            let missing = applicable.filter { !$0.result.outcome.isEvaluated }.map(\.checkID)
            let reason =
                applicable.isEmpty
                ? "no check applies to this force"
                : "only \(evaluated.count) of \(applicable.count) checks could be evaluated (\(missing.joined(separator: ", ")) could not); "
                    + "the scoring model needs at least \(NumberText.percent(model.minimumEvaluatedShare)) of the area's weight"
            return .init(percent: nil, description: reason)
        }
        let percent = self.percent(of: evaluated) ?? .nan
        let coverage =
            evaluated.count == applicable.count
            ? "all \(applicable.count) checks evaluated"
            : "\(evaluated.count) of \(applicable.count) checks evaluated"
        return .init(
            percent: percent, description: "\(NumberText.plain((percent * 10).rounded() / 10))% of the maximum score (\(coverage))")
    }

    /// The weighted score of the evaluated checks as a percentage of their weighted maximum;
    /// nil when the model has no outcome scores or nothing was evaluated.
    func percent(of evaluated: [CheckOutcome]) -> Double? {
        guard let scores = model.outcomeScores else { return nil }
        let weight = evaluated.reduce(0.0) { $0 + $1.weight }
        guard weight > 0 else { return nil }
        let achieved = evaluated.reduce(0.0) { total, check in
            let score: Int
            switch check.result.outcome {
            case .met: score = scores.met
            case .partlyMet: score = scores.partlyMet
            default: score = scores.notMet
            }
            return total + check.weight * Double(score)
        }
        return achieved / (weight * Double(scores.maximum)) * 100
    }
}
