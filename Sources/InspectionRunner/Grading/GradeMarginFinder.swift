import InspectionKit

/// Finds an area's grade margin by re-scoring: for each check whose outcome a count of cases
/// decides, cases are moved across the standard (falling short → meeting it for a grade up,
/// the reverse for a grade down), the check's outcome is re-derived with the same compliance
/// bars and cause-of-concern share, and the area is re-graded by the same grader. The smallest
/// number of cases that changes the grade wins; ties go to the check listed first in the area.
///
/// A check's outcome changes only where its share of cases crosses a bar, so only those
/// crossings are re-graded (a handful per check, whatever the number of cases).
struct GradeMarginFinder {
    let grader: AreaGrader
    let characteristics: [Characteristic]
    let caps: [String: String]
    /// The area's topic in a sentence: "initial response".
    let topic: String

    /// How a counted check's outcome follows from its count: the bars and the share below
    /// which the shortfall is a cause of concern.
    struct Counted {
        var metShare: Double
        var partlyMetShare: Double
        var causeOfConcernBelow: Double?
        /// Read after "2 more of the 6": "missing children reached within the target …".
        var words: String
    }

    /// The margin of an area graded `grade`; `counted` holds, by index into `checks`, the
    /// checks a count decides.
    func margin(_ checks: [CheckOutcome], grade: String, counted: [Int: Counted]) -> GradeMargin {
        GradeMargin(up: move(.up, checks, grade: grade, counted: counted), down: move(.down, checks, grade: grade, counted: counted))
    }

    private func move(
        _ direction: GradeMargin.Direction, _ checks: [CheckOutcome], grade: String, counted: [Int: Counted]
    ) -> GradeMargin.Move {
        let scale = grader.scale
        guard let rank = scale.rank(of: grade) else {
            return .init(direction: direction, change: nil, limit: .noneWithinEvidence, statement: noneStatement(direction))
        }
        if direction == .up, rank == 0 {
            return .init(
                direction: direction, change: nil, limit: .bestGrade,
                statement: "\(label(grade).capitalizedFirst) is the best grade on the scale.")
        }
        if direction == .down, rank == scale.grades.count - 1 {
            return .init(
                direction: direction, change: nil, limit: .worstGrade,
                statement: "\(label(grade).capitalizedFirst) is the worst grade on the scale.")
        }
        var best: (change: GradeMargin.Change, words: String)?
        for index in checks.indices {
            guard let rule = counted[index], let count = checks[index].result.count else { continue }
            for cases in crossings(count, rule, direction) {
                if let found = best, cases >= found.change.cases { break }
                var changed = checks
                let moved = CheckResult.Count(met: direction == .up ? count.met + cases : count.met - cases, of: count.of)
                changed[index] = rescored(checks[index], count: moved, rule: rule)
                guard let newGrade = grader.grade(changed, characteristics: characteristics, caps: caps).grade,
                    let newRank = scale.rank(of: newGrade), direction == .up ? newRank < rank : newRank > rank
                else { continue }
                best = (
                    GradeMargin.Change(
                        check: checks[index].checkID, cases: cases, counted: count.of, outcome: changed[index].result.outcome,
                        grade: newGrade),
                    rule.words
                )
                break
            }
        }
        guard let best else {
            return .init(direction: direction, change: nil, limit: .noneWithinEvidence, statement: noneStatement(direction))
        }
        let change = best.change
        let statement =
            "\(change.cases) \(direction == .up ? "more" : "fewer") of the \(change.counted) \(best.words) would "
            + "\(direction == .up ? "lift" : "lower") \(topic) to \(label(change.grade))."
        return .init(direction: direction, change: change, limit: nil, statement: statement)
    }

    /// The numbers of cases to move at which the check's outcome or its cause of concern
    /// changes, ascending: the only places the area's grade can change.
    func crossings(_ count: CheckResult.Count, _ rule: Counted, _ direction: GradeMargin.Direction) -> [Int] {
        let available = direction == .up ? count.of - count.met : count.met
        guard available > 0 else { return [] }
        func share(_ moved: Int) -> Double {
            Double(direction == .up ? count.met + moved : count.met - moved) / Double(count.of)
        }
        // Up: the fewest moved for the share to reach a bar; down: the fewest for it to fall below one.
        func crossing(_ bar: Double) -> Int? {
            let reached: (Int) -> Bool = direction == .up ? { share($0) >= bar } : { share($0) < bar }
            guard reached(available) else { return nil }
            var low = 1
            var high = available
            while low < high {
                let middle = (low + high) / 2
                if reached(middle) { high = middle } else { low = middle + 1 }
            }
            return reached(0) ? nil : low
        }
        let bars = [rule.metShare, rule.partlyMetShare] + (rule.causeOfConcernBelow.map { [$0] } ?? [])
        return Array(Set(bars.compactMap(crossing))).sorted()
    }

    /// The check's outcome with its count changed, re-derived as the engine derives it.
    func rescored(_ check: CheckOutcome, count: CheckResult.Count, rule: Counted) -> CheckOutcome {
        var result = check.result
        let ownSerious = check.concern == nil && check.result.isSerious
        result.count = count
        result.outcome = .forShare(count.share ?? 0, met: rule.metShare, partlyMet: rule.partlyMetShare)
        result.isPromisingPractice = check.result.isPromisingPractice && result.outcome == .met
        let concern = InspectionEngine.causeOfConcern(result, below: rule.causeOfConcernBelow)
        result.isSerious = ownSerious || concern != nil
        var changed = check
        changed.result = result
        changed.concern = concern
        changed.score = grader.score(result)
        return changed
    }

    private func noneStatement(_ direction: GradeMargin.Direction) -> String {
        "None within the evidence: no change of cases in one check would \(direction == .up ? "lift" : "lower") \(topic)."
    }

    private func label(_ grade: String) -> String { grader.label(grade) }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
