import InspectionKit

/// The `share-of-characteristics` method, built on HMICFRS's own definitions of its grades:
/// good is "substantially all the characteristics of good performance" demonstrated, adequate
/// "some", requires improvement "few, if any".
///
/// Each characteristic of the area is judged from the evaluated checks that evidence it:
/// met when every one is met, not met when every one is not met, partly met otherwise, and not
/// assessed when none could be evaluated. The area's measure is the share of its assessed
/// characteristics demonstrated, a partly met one counting `partly_met_counts_as` of one met.
/// Check weights are not read: each characteristic counts once, as the inspectorate lists them.
/// Promising practice counts as met. No check measures a characteristic *exceeded*, so the
/// evidence never shows "outstanding" (substantially exceeded) and the best band is the best
/// grade this method gives.
struct CharacteristicScoring {
    let model: ScoringModel
    let scale: GradingScale

    func measure(_ checks: [CheckOutcome], characteristics: [Characteristic]) -> AreaGrader.Measure {
        let assessments = characteristics.map { characteristic in
            assess(characteristic, checks: checks.filter { $0.characteristic != nil && $0.characteristic == characteristic.id?.value })
        }
        let assessed = assessments.filter { $0.state != .notAssessed }
        guard !characteristics.isEmpty,
            Double(assessed.count) / Double(characteristics.count) >= model.minimumEvaluatedShare - 1e-9, !assessed.isEmpty
        else {
            let reason =
                characteristics.isEmpty
                ? "the area lists no characteristics of good"
                : "only \(assessed.count) of \(characteristics.count) characteristics of good could be assessed; "
                    + "the scoring model needs at least \(NumberText.percent(model.minimumEvaluatedShare)) of them"
            return .init(percent: nil, description: reason, characteristics: assessments)
        }
        let met = assessed.filter { $0.state == .met }.count
        let partly = assessed.filter { $0.state == .partlyMet }.count
        let partlyCounts = model.partlyMetCountsAs ?? 0
        let percent = (Double(met) + partlyCounts * Double(partly)) / Double(assessed.count) * 100
        var parts = ["\(met) met"]
        if partly > 0 { parts.append("\(partly) partly met (counted as \(NumberText.plain(partlyCounts)) each)") }
        parts.append("\(assessed.count - met - partly) not met")
        let unassessed = characteristics.count - assessed.count
        let description =
            "\(NumberText.plain((percent * 10).rounded() / 10))% of the characteristics of good demonstrated ("
            + parts.joined(separator: ", ") + " of \(assessed.count) assessed"
            + (unassessed > 0 ? "; \(unassessed) not assessed" : "") + ")"
        return .init(
            percent: percent, description: description, characteristics: assessments, ceilingNote: ceiling(met, of: assessed.count))
    }

    /// A characteristic's state from the evaluated checks that evidence it.
    func assess(_ characteristic: Characteristic, checks: [CheckOutcome]) -> CharacteristicAssessment {
        let evaluated = checks.filter(\.result.outcome.isEvaluated)
        let outcomes = evaluated.map(\.result.outcome)
        let state: CharacteristicAssessment.State
        if outcomes.isEmpty {
            state = .notAssessed
        } else if outcomes.allSatisfy({ $0 == .met }) {
            state = .met
        } else if outcomes.allSatisfy({ $0 == .notMet }) {
            state = .notMet
        } else {
            state = .partlyMet
        }
        return CharacteristicAssessment(
            id: characteristic.id?.value, text: characteristic.text, state: state, checks: evaluated.map(\.checkID))
    }

    /// When every assessed characteristic is met and the scale has grades above the best band:
    /// why the evidence gives none of them.
    func ceiling(_ met: Int, of assessed: Int) -> String? {
        guard met == assessed, let best = model.gradeBands.first?.grade.value, let rank = scale.rank(of: best), rank > 0 else {
            return nil
        }
        let above = scale.grades[..<rank].map { $0.label.lowercased() }.joined(separator: " or ")
        return "every characteristic assessed is met, but \(above) needs them exceeded, which no check measures "
            + "(promising practice is highlighted, never scored above met)"
    }
}
