import InspectionKit

/// Re-grades an area with its audited shares at the ends of their 95% intervals, with the real
/// grader, to say whether a grade resting on a few audited cases could be another, and how
/// many cases would settle it.
///
/// Each audited check is judged at the end of its interval as it judged its share (its
/// compliance bars), with the framework's cause-of-concern share applied as the engine applies
/// it; every other check keeps its outcome. The low ends together give the worst grade the
/// intervals allow, the high ends the best.
struct SamplingAssessment {
    let grader: AreaGrader
    /// The area's characteristics of good, for a model that grades by them.
    let characteristics: [Characteristic]
    let caps: [String: String]
    /// `cause_of_concern_below` by check id, where the framework sets it.
    let concernBelow: [String: Double]
    /// Checks whose result was serious before any cause-of-concern share made it so.
    let seriousAnyway: Set<String>

    func assess(_ outcomes: [CheckOutcome]) -> SamplingUncertainty? {
        let audited = outcomes.filter { $0.result.audit != nil && $0.result.count?.share != nil && $0.result.outcome.isEvaluated }
        guard !audited.isEmpty else { return nil }
        let shares = Dictionary(uniqueKeysWithValues: audited.map { ($0.checkID, $0.result.count!.share!) })
        let cases = audited.map { SamplingUncertainty.AuditedShare(check: $0.checkID, cases: $0.result.count!.of) }
        let (low, high) = ends(outcomes, shares: shares, cases: { id in cases.first { $0.check == id }!.cases })
        let grades = [high, grader.grade(outcomes, characteristics: characteristics, caps: caps).grade, low].compactMap { $0 }
        let distinct = grader.scale.grades.map(\.id).filter(grades.contains)
        guard distinct.count > 1 else { return SamplingUncertainty(checks: cases, grades: distinct, settlingCases: nil, onBar: false) }
        let onBar = audited.contains { outcome in
            let bars =
                [outcome.result.audit!.metShare, outcome.result.audit!.partlyMetShare] + [concernBelow[outcome.checkID]].compactMap { $0 }
            return bars.contains(shares[outcome.checkID]!)
        }
        return SamplingUncertainty(
            checks: cases, grades: distinct,
            settlingCases: onBar ? nil : settling(outcomes, shares: shares, from: cases.map(\.cases).max()!),
            onBar: onBar)
    }

    /// The area's grade with every audited share at the low end of its interval, and at the high end.
    private func ends(_ outcomes: [CheckOutcome], shares: [String: Double], cases: (String) -> Int) -> (low: String?, high: String?) {
        func graded(_ end: (ShareInterval) -> Double) -> String? {
            let changed = outcomes.map { outcome -> CheckOutcome in
                guard let share = shares[outcome.checkID] else { return outcome }
                return judged(outcome, atShare: end(ShareInterval.wilson(share: share, cases: cases(outcome.checkID))))
            }
            return grader.grade(changed, characteristics: characteristics, caps: caps).grade
        }
        return (graded(\.low), graded(\.high))
    }

    /// The check's outcome had its share been `share`.
    private func judged(_ outcome: CheckOutcome, atShare share: Double) -> CheckOutcome {
        var changed = outcome
        var result = outcome.result
        result.outcome = result.audit!.outcome(atShare: share)
        let belowConcern = concernBelow[outcome.checkID].map { share < $0 } ?? false
        result.isSerious = seriousAnyway.contains(outcome.checkID) || (result.outcome.fallsShort && belowConcern)
        result.isPromisingPractice = result.isPromisingPractice && result.outcome == .met
        changed.result = result
        changed.score = grader.score(result)
        return changed
    }

    /// The fewest cases per audited share, at the shares observed, for which the low and high
    /// ends give one grade; nil beyond `SamplingUncertainty.largestSampleConsidered`. The
    /// intervals narrow as the cases grow, so the first settling number is found by halving.
    private func settling(_ outcomes: [CheckOutcome], shares: [String: Double], from current: Int) -> Int? {
        func settles(_ n: Int) -> Bool {
            let (low, high) = ends(outcomes, shares: shares, cases: { _ in n })
            return low == high
        }
        var upper = SamplingUncertainty.largestSampleConsidered
        guard settles(upper) else { return nil }
        var lower = current
        while upper - lower > 1 {
            let middle = (lower + upper) / 2
            if settles(middle) { upper = middle } else { lower = middle }
        }
        return upper
    }
}
