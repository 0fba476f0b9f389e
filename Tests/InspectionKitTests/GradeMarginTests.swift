import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Grade margins, found by re-scoring the fixture force alpha through the engine.
///
/// Alpha's response area: visits.on-time (2 of 4 visits in time, weight 2, at best requires
/// improvement when not met, a cause of concern below 25%) and visits.children-seen (5 of 7
/// children seen); recording: visits.recorded (4 of 4), practice.observed (an observation)
/// and plans.name-children (a document). The fixture checks name no `countedAs`, so margins
/// use the fallback words.
@Suite("Grade margins")
struct GradeMarginTests {
    static let visits = "Forces/alpha/evidence/visits.yaml"

    func statements(_ result: InspectionResult) -> [[String]] {
        result.areas.map { [$0.margin?.up.statement ?? "none", $0.margin?.down.statement ?? "none"] }
    }

    @Test func alphasMarginsUnderThePercentageModel() throws {
        let result = try ProjectCopy().inspect()
        #expect(
            statements(result) == [
                [
                    "2 more of the 4 cases meeting the standard of visits.on-time would lift response to good.",
                    "1 fewer of the 4 cases meeting the standard of visits.on-time would lower response to requires improvement.",
                ],
                [
                    // 75% of the maximum: outstanding (88%) is out of reach when met scores 3 of 4.
                    "None within the evidence: no change of cases in one check would lift recording.",
                    "3 fewer of the 4 cases meeting the standard of visits.recorded would lower recording to adequate.",
                ],
            ])
        let response = try #require(result.area("response").margin)
        #expect(response.up.change == .init(check: "visits.on-time", cases: 2, counted: 4, outcome: .met, grade: "good"))
        #expect(
            response.down.change == .init(check: "visits.on-time", cases: 1, counted: 4, outcome: .notMet, grade: "requires-improvement"))
        #expect(result.area("recording").margin?.up.limit == .noneWithinEvidence)
    }

    /// A margin is what re-grading gives, not an estimate: making the named cases meet the
    /// standard in the evidence itself gives the grade the margin names, and one case fewer
    /// does not.
    @Test func applyingTheNamedChangeToTheEvidenceGivesTheNamedGrade() throws {
        let lifted = try ProjectCopy()
        try lifted.edit(Self.visits, replacing: "visited_at: 2025-01-10T10:00:00Z", with: "visited_at: 2025-01-08T12:00:00Z")
        #expect(try lifted.inspect().grade("response") == "adequate", "one of the two cases is not enough")
        try lifted.edit(
            Self.visits, replacing: "    outcome: unknown\n", with: "    visited_at: 2025-01-09T12:00:00Z\n    outcome: unknown\n")
        #expect(try lifted.inspect().grade("response") == "good")

        let lowered = try ProjectCopy()
        try lowered.edit(Self.visits, replacing: "visited_at: 2025-01-07T11:30:00Z", with: "visited_at: 2025-01-09T11:30:00Z")
        #expect(try lowered.inspect().grade("response") == "requires-improvement")
    }

    /// Under the share of characteristics, both response checks reach good with 2 cases; the
    /// tie goes to the check listed first. Recording cannot fall: its characteristic is
    /// evidenced by a count and an observation, and no change of the count alone leaves it
    /// worse than partly met, which still leaves recording at three quarters, good.
    @Test func alphasMarginsUnderTheShareOfCharacteristics() throws {
        let copy = try ProjectCopy()
        let result = try copy.workspace().inspect(force: "alpha", scoring: "fixture-characteristics")
        #expect(result.areas.map(\.grading.grade) == ["adequate", "good"])
        #expect(
            statements(result) == [
                [
                    "2 more of the 4 cases meeting the standard of visits.on-time would lift response to good.",
                    "1 fewer of the 4 cases meeting the standard of visits.on-time would lower response to requires improvement.",
                ],
                [
                    "None within the evidence: no change of cases in one check would lift recording.",
                    "None within the evidence: no change of cases in one check would lower recording.",
                ],
            ])
    }

    @Test func theEndsOfTheScaleAreSaidSo() throws {
        // Without out_of the maximum is met's 3: recording's three met checks are 100%, outstanding.
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "not_met: 1, out_of: 4}", with: "not_met: 1}")
        let alpha = try copy.inspect()
        #expect(alpha.grade("recording") == "outstanding")
        #expect(
            alpha.area("recording").margin?.up
                == .init(direction: .up, change: nil, limit: .bestGrade, statement: "Outstanding is the best grade on the scale."))
        let beta = try ProjectCopy().inspect("beta")
        #expect(beta.grade("recording") == "inadequate")
        #expect(beta.area("recording").margin?.down.statement == "Inadequate is the worst grade on the scale.")
        #expect(beta.area("recording").margin?.down.limit == .worstGrade)
    }

    @Test func anAreaNotGradedHasNoMargin() throws {
        let gamma = try ProjectCopy().inspect("gamma")
        #expect(gamma.areas.map(\.margin) == [nil, nil])
    }

    /// The cause-of-concern share is re-derived too: below 25% of visits in time, response
    /// becomes inadequate.
    @Test func aChangeThatMakesACauseOfConcernLowersTheGradeToInadequate() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "when_not_met_at_best: requires-improvement, ", with: "")
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "cause_of_concern_below: 0.25", with: "cause_of_concern_below: 0.5")
        let result = try copy.inspect()
        let down = try #require(result.area("response").margin?.down.change)
        #expect(down == .init(check: "visits.on-time", cases: 1, counted: 4, outcome: .notMet, grade: "inadequate"))
    }

    @Test func everyReportFormatCarriesTheMargin() throws {
        let result = try ProjectCopy().inspect()
        let up = "2 more of the 4 cases meeting the standard of visits.on-time would lift response to good."
        #expect(
            TextReport.render(result).contains(
                "  Grade margin\n    up: 2 more of the 4 cases meeting the standard of visits.on-time would lift\n      response to good.\n"
            ))
        #expect(MarkdownReport.render(result).contains("### Grade margin\n\n- Up: \(up)\n"))
        #expect(HTMLReport.render(result).contains("<li>Up: \(up)</li>"))
        let json = JSONReport.render(result)
        #expect(
            json.contains(
                """
                      "grade_margin_v1": {
                        "up": {
                          "grade": "good",
                          "check": "visits.on-time",
                          "cases": 2,
                          "counted": 4,
                          "outcome": "met",
                          "limit": null,
                          "statement": "\(up)"
                        },
                """))
    }
}
