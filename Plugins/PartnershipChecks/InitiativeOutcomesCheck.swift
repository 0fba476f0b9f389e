import ChildProtectionRecords
import InspectionKit

/// `partnerships.initiative-outcomes`: do the force's partnership initiatives measure their
/// outcomes, and is any good enough to be promising practice?
public struct InitiativeOutcomesCheck: InspectionCheck {
    static let promising = Parameter<Double>(
        "partnerships.promising-improvement-share", .share, example: 0.75,
        summary:
            "Measured improvement (share of children improved, or relative fall in the problem) at which an initiative is promising practice."
    )

    static let bestImprovement = FigureSpec(
        "partnerships.best-measured-improvement", "Best measured improvement of a partnership initiative", .share)

    public static let descriptor = CheckDescriptor(
        id: "partnerships.initiative-outcomes",
        area: "partnerships",
        title: "Partnership initiatives with measured outcomes",
        rationale: """
            An initiative that measures its outcome can show it works and be copied. Met when every \
            initiative described measures its outcome, partly met when only some do; promising \
            practice when a measured improvement reaches the framework's bar.
            """,
        recommendation: "The force should measure the outcomes of its partnership initiatives.",
        parameters: [promising],
        reads: [PartnershipInitiative.self],
        figures: [Self.bestImprovement],
        examples: [
            CheckExample(
                "Most children referred did not go missing again",
                evidence: """
                    proper_nouns: [Operation Example]
                    records:
                      partnership-initiative:
                        - {initiative: Operation Example, description: Early intervention workers, referred: 100, improved: 90, outcome_measured: children not missing again, source: Example}
                    """,
                expect: .init(
                    .met,
                    statement:
                        "Operation Example: of 100 children referred, 90 showed the improvement measured (90%). Promising practice: the measured improvement reaches the bar of 75%."
                )),
            CheckExample(
                "One initiative measured, another not",
                evidence: """
                    proper_nouns: [Operation Example, Project Sample]
                    records:
                      partnership-initiative:
                        - {initiative: Operation Example, description: Early intervention workers, referred: 40, improved: 24, outcome_measured: children not missing again, source: Example}
                        - {initiative: Project Sample, description: Youth workers in schools, outcome_measured: none yet, source: Example}
                    """,
                expect: .init(
                    .partlyMet,
                    statement:
                        "Operation Example: of 40 children referred, 24 showed the improvement measured (60%). Project Sample did not measure its outcome (1 of 2 initiatives described)."
                )),
            CheckExample(
                "Nothing measured",
                evidence: """
                    proper_nouns: [Operation Example]
                    records:
                      partnership-initiative:
                        - {initiative: Operation Example, description: Early intervention workers, outcome_measured: none yet, source: Example}
                    """,
                expect: .init(
                    .notMet,
                    statement: "No partnership initiative measured its outcome (1 initiative described).")),
        ])

    public static func evaluate(_ context: CheckContext) -> CheckResult {
        guard let initiatives = context.records(PartnershipInitiative.self) else {
            return .couldNotEvaluate("No partnership initiatives were provided (record type partnership-initiative).")
        }
        guard !initiatives.isEmpty else {
            return CheckResult(.notApplicable, statement: "The force described no partnership initiatives.", basis: .records)
        }
        let bar = context[Self.promising]
        let measured = initiatives.filter(Self.measuresOutcome)
        guard !measured.isEmpty else {
            return CheckResult(
                .notMet,
                statement:
                    "No partnership initiative measured its outcome (\(initiatives.count) \(initiatives.count == 1 ? "initiative" : "initiatives") described).",
                basis: .records)
        }
        // Met only when every initiative described measures its outcome: an initiative that does
        // not cannot show it works, however well another does. Partly met, not a share against
        // the compliance bars, because a force describes only a handful of initiatives.
        let unmeasured = initiatives.filter { !Self.measuresOutcome($0) }
        let best = measured.map(Self.improvement).max() ?? 0
        let sentences = measured.map(Self.describe)
        let promising = best >= bar
        let verdict =
            promising
            ? " Promising practice: the measured improvement reaches the bar of \(NumberText.percent(bar))."
            : ""
        let gap = unmeasured.isEmpty ? "" : " " + Self.notMeasured(unmeasured, of: initiatives.count)
        return CheckResult(
            unmeasured.isEmpty ? .met : .partlyMet, statement: sentences.joined(separator: " ") + verdict + gap,
            figures: [Self.bestImprovement(best)],
            promisingPractice: promising, basis: .records)
    }

    /// True when the initiative measured a share of children improved or a change in the outcome.
    static func measuresOutcome(_ initiative: PartnershipInitiative) -> Bool {
        initiative.improvedShare != nil || initiative.measuredChange != nil
    }

    /// "Project Sample did not measure its outcome (1 of 2 initiatives described)."
    static func notMeasured(_ unmeasured: [PartnershipInitiative], of total: Int) -> String {
        let names = unmeasured.map(\.initiative)
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        let what = names.count == 1 ? "its outcome" : "their outcomes"
        return "\(list) did not measure \(what) (\(names.count) of \(total) initiatives described)."
    }

    /// The larger of the share of children improved and the relative fall measured.
    static func improvement(_ initiative: PartnershipInitiative) -> Double {
        max(initiative.improvedShare ?? 0, -(initiative.measuredChange ?? 0))
    }

    static func describe(_ initiative: PartnershipInitiative) -> String {
        var parts: [String] = []
        if let referred = initiative.referred, let improved = initiative.improved, let share = initiative.improvedShare {
            parts.append("of \(referred) children referred, \(improved) showed the improvement measured (\(NumberText.percent(share)))")
        }
        if let change = initiative.measuredChange {
            parts.append(
                "a measured \(change < 0 ? "fall" : "rise") of \(NumberText.percent(abs(change))) in \(initiative.outcomeMeasured)")
        }
        return "\(initiative.initiative): " + parts.joined(separator: "; ") + "."
    }
}
