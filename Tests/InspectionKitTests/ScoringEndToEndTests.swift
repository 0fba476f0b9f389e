import Foundation
import InspectionKit
import Testing

/// Every rule of the scoring model, end to end: from the framework's YAML through the engine
/// to the area's grade, on the fixture framework, boundaries included. A rule lost anywhere
/// on the way (the framework's decoding, the engine, the grader) fails one of these.
///
/// The fixture's `response` area: visits.on-time (weight 2, when not met at best requires
/// improvement) and visits.children-seen (weight 1). `recording`: visits.recorded,
/// practice.observed and plans.name-children (a cause of concern when it falls short).
@Suite("Scoring rules, end to end through the engine")
struct ScoringEndToEndTests {
    static let visits = "Forces/alpha/evidence/visits.yaml"
    static let framework = "Frameworks/fixture-2024.yaml"

    /// Alpha's visits replaced by `records` (YAML flow mappings, one per line).
    func alpha(visits records: [String], edits: (ProjectCopy) throws -> Void = { _ in }) throws -> InspectionResult {
        let copy = try ProjectCopy()
        try copy.write(
            Self.visits,
            """
            schema: 1
            record_type: home-visit
            provenance: synthetic
            note: Test records.
            records:
            \(records.map { "  - " + $0 }.joined(separator: "\n"))

            """)
        try edits(copy)
        return try copy.inspect()
    }

    static func visit(
        _ ref: String, late: Bool = false, never: Bool = false, children: Int = 1, seen: Int = 1, recorded: Bool = true
    ) -> String {
        let visited = never ? "" : late ? "visited_at: 2025-01-09T10:00:00Z, " : "visited_at: 2025-01-06T11:00:00Z, "
        return
            "{case_ref: \(ref), requested_at: 2025-01-06T10:00:00Z, \(visited)outcome: safe, concerns: [], children: \(children), children_seen: \(seen), recorded: \(recorded)}"
    }

    @Test func theFixtureForcesGradesComeFromTheirEvidence() throws {
        let alpha = try ProjectCopy().inspect()
        #expect(alpha.areas.map(\.grading.grade) == ["adequate", "good"])
        #expect(alpha.areas.map { $0.grading.percent.map { ($0 * 10).rounded() / 10 } } == [50, 75])
        #expect(alpha.areas.map(\.agreement) == [.agrees, .agrees])
        let beta = try ProjectCopy().inspect("beta")
        #expect(beta.areas.map(\.grading.grade) == ["requires-improvement", "inadequate"])
        #expect(beta.findings(.causeOfConcern).map(\.checkID) == ["plans.name-children"])
        let gamma = try ProjectCopy().inspect("gamma")
        #expect(gamma.areas.map(\.grading.grade) == [nil, nil])
        #expect(gamma.areas.map(\.agreement) == [.notGraded, .notGraded])
    }

    @Test func outcomesScoreByTheFrameworksOutcomeScores() throws {
        // on-time: met (3 × 2); children seen: 1 of 2 → partly met (2): (6 + 2) / 12 = 66.7%.
        let result = try alpha(visits: [Self.visit("V-1", children: 2, seen: 1), Self.visit("V-2", children: 1, seen: 1)])
        #expect(result.area("response").checks.map(\.score) == [3, 2])
        #expect(result.area("response").grading.percent.map { ($0 * 10).rounded() / 10 } == 66.7)
        #expect(result.grade("response") == "good")
        // The framework's scores are the ones used: make partly met worth 3 and the area is 75%.
        let rescored = try alpha(visits: [Self.visit("V-1", children: 2, seen: 1), Self.visit("V-2", children: 1, seen: 1)]) { copy in
            try copy.edit(Self.framework, replacing: "partly_met: 2", with: "partly_met: 3")
        }
        #expect(rescored.area("response").grading.percent == 75)
    }

    /// 62.5%: (met × 1 + partly met × 1) / 8 with the on-time check weighted 1.
    @Test(arguments: [(62.5, "good"), (62.6, "adequate")])
    func aScoreExactlyOnABandsMinimumTakesThatBand(minimum: Double, grade: String) throws {
        let result = try alpha(visits: [Self.visit("V-1", children: 2, seen: 1), Self.visit("V-2", children: 1, seen: 1)]) { copy in
            try copy.edit(Self.framework, replacing: "{grade: good, min_percent: 63}", with: "{grade: good, min_percent: \(minimum)}")
            try copy.edit(Self.framework, replacing: "{check: visits.on-time, weight: 2,", with: "{check: visits.on-time, weight: 1,")
        }
        #expect(result.area("response").grading.percent == 62.5)
        #expect(result.grade("response") == grade)
    }

    @Test func aCheckNotMetCapsItsAreaWhenTheFrameworkSaysSo() throws {
        // on-time not met, 1 of 4 (1 × 2; at 25%, not a cause of concern), children seen met
        // (3): 5 / 12 = 41.7%, the adequate band, capped at requires improvement.
        let records = [Self.visit("V-1", late: true), Self.visit("V-2", never: true), Self.visit("V-3", late: true), Self.visit("V-4")]
        let capped = try alpha(visits: records)
        #expect(capped.area("response").grading.percent.map { ($0 * 10).rounded() / 10 } == 41.7)
        #expect(capped.grade("response") == "requires-improvement")
        #expect(capped.area("response").grading.adjustments == ["capped at requires improvement because visits.on-time is not met"])
        let uncapped = try alpha(visits: records) { copy in
            try copy.edit(Self.framework, replacing: " when_not_met_at_best: requires-improvement,", with: "")
        }
        #expect(uncapped.grade("response") == "adequate")
    }

    @Test func aCauseOfConcernCapsItsAreaAtInadequate() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/evidence/documents/plan.md", replacing: "children", with: "families")
        let result = try copy.inspect()
        #expect(result.grade("recording") == "inadequate")
        #expect(result.area("recording").grading.adjustments == ["capped at inadequate by a cause of concern (plans.name-children)"])
        #expect(result.findings(.causeOfConcern).map(\.recommendation) == ["Name children in plans."])
    }

    @Test func aSeriousObservationIsACauseOfConcernWhateverTheFrameworkSays() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/evidence/observations.yaml", replacing: "rating: strength", with: "rating: serious-shortfall")
        let result = try copy.inspect()
        #expect(result.grade("recording") == "inadequate")
        #expect(result.findings(.causeOfConcern).map(\.checkID) == ["practice.observed"])
    }

    @Test func withoutACauseOfConcernTheFloorHolds() throws {
        let result = try alpha(visits: [Self.visit("V-1", never: true, children: 1, seen: 0)]) { copy in
            try copy.edit(Self.framework, replacing: "not_met: 1, out_of: 4}", with: "not_met: 0, out_of: 4}")
            try copy.edit(Self.framework, replacing: " cause_of_concern_below: 0.25,", with: "")
        }
        #expect(result.area("response").grading.percent == 0)
        #expect(result.grade("response") == "requires-improvement")
        #expect(
            result.area("response").grading.adjustments == [
                "raised to requires improvement: without a cause of concern an area is not graded below it"
            ])
    }

    @Test(arguments: [(0.5, true), (0.51, false)])
    func anAreaIsGradedOnlyWhenEnoughOfItsWeightWasEvaluated(share: Double, graded: Bool) throws {
        // recording: visits.recorded and the plan evaluated (2 of 3 equal weights); the
        // observation removed. Then make only one of three evaluable: 1/3 < 0.5.
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml",
            replacing: "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n", with: "")
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml",
            replacing: "    - {name: visits, record_type: home-visit, file: evidence/visits.yaml}\n", with: "")
        try copy.edit(Self.framework, replacing: "{check: visits.on-time, weight: 2,", with: "{check: visits.on-time, weight: 1,")
        try copy.edit(Self.framework, replacing: "  minimum_evaluated_share: 0.5", with: "  minimum_evaluated_share: \(share)")
        // response: neither check evaluable. recording: only the plan (1 of 3).
        let result = try copy.inspect()
        #expect(result.grade("response") == nil)
        #expect(result.grade("recording") == nil)
        // Put the visits back: recording has 2 of 3 checks (0.667); response 2 of 2.
        let withVisits = try ProjectCopy()
        try withVisits.edit(
            "Forces/alpha/inspections/2025-fixture.yaml",
            replacing: "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n", with: "")
        try withVisits.edit(Self.framework, replacing: "  minimum_evaluated_share: 0.5", with: "  minimum_evaluated_share: \(share)")
        try withVisits.edit(
            Self.framework,
            replacing: "      - {check: visits.recorded, on_failure: area-for-improvement, theme: recording, characteristic: recorded}\n",
            with: "")
        // recording now: practice.observed (no observations) and the plan: exactly 1 of 2.
        let boundary = try withVisits.inspect()
        #expect((boundary.grade("recording") != nil) == graded, "1 of 2 equal weights evaluated against a minimum share of \(share)")
    }

    @Test func aCheckThatDoesNotApplyLeavesItsWeightOut() throws {
        // No children in any household: children-seen does not apply; on-time alone grades.
        let result = try alpha(visits: [Self.visit("V-1", children: 0, seen: 0), Self.visit("V-2", children: 0, seen: 0)])
        #expect(result.area("response").checks.map(\.result.outcome) == [.met, .notApplicable])
        #expect(result.area("response").grading.percent == 75)
        #expect(result.area("response").grading.basis.hasPrefix("75% of the maximum score (all 1 checks evaluated)"))
    }
}
