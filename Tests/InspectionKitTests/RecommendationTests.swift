import Foundation
import InspectionHistory
import InspectionKit
import InspectionLoading
import InspectionReports
import Testing

/// Published findings as HMICFRS defines them: a cause of concern always has recommendations,
/// each with its own time frame; a list the sources do not give is unknown; the duties follow
/// what is known, the same in `inspect` and `follow-up`.
@Suite("Recommendations, their time frames and the duties they bring")
struct RecommendationTests {
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    /// Alpha (published 2 June 2025) with one cause of concern holding `recommendations`, and
    /// the fixture framework's action plan triggered by recommendations not marked immediately.
    static func alpha(recommendations: String, trigger: String = "recommendations-not-immediate") throws -> ProjectCopy {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  causes_of_concern: []",
            with: """
                  causes_of_concern:
                    - id: coc-visits
                      area: response
                      theme: timeliness
                      text: Children wait too long for a visit.
                      recommendations: \(recommendations)
                """)
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "applies_when: causes-of-concern", with: "applies_when: \(trigger)")
        return copy
    }

    static func actionPlan(_ copy: ProjectCopy) throws -> DutyDeadline {
        try #require(try copy.inspect().duties.first { $0.id == "action-plan" })
    }

    // MARK: Validation

    @Test func aCauseOfConcernWithoutRecommendationsIsAnError() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "  causes_of_concern: []",
            with: "  causes_of_concern:\n    - {area: response, theme: timeliness, text: Children wait too long.}")
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:17:7: error: a cause of concern always comes with one or more recommendations: list them as published, each with its time frame, or write recommendations: unknown when the sources do not give them
                    - {area: response, theme: timeliness, text: Children wait too long.}
                      ^
                """)
    }

    @Test func aRecommendationNeedsOneTimeFrameThatCanBeRead() throws {
        let copy = try Self.alpha(
            recommendations: """

                        - {text: No time frame.}
                        - {text: Both., within: 6 months, by: 2025-12-01}
                        - {text: Unreadable., within: soon}
                        - {text: A month is not a day., by: 2025-12}
                """)
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:22:11: error: a recommendation carries its own time frame: within: immediately, within: 6 months or by: YYYY-MM-DD as published, or within: unknown when the sources do not say
                        - {text: No time frame.}
                          ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:23:33: error: a recommendation has one time frame: within: or by:, not both
                        - {text: Both., within: 6 months, by: 2025-12-01}
                                                ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:24:39: error: 'soon' is not a time frame: write within: immediately, unknown, or a number of days, weeks or months (6 months, 1 week, 28 days), or by: YYYY-MM-DD
                        - {text: Unreadable., within: soon}
                                                      ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:25:45: error: by: takes a day (YYYY-MM-DD); for a time frame not known write within: unknown
                        - {text: A month is not a day., by: 2025-12}
                                                            ^
                """)
    }

    @Test(arguments: [
        ("immediately", TimeFrame.immediately, "immediately"), ("6 months", .within(6, .months), "within 6 months"),
        ("1 week", .within(1, .weeks), "within 1 week"), ("28 days", .within(28, .days), "within 28 days"),
        ("unknown", .unknown, "time frame unknown"),
    ])
    func timeFramesAreReadAsPublished(written: String, timeFrame: TimeFrame, words: String) {
        #expect(TimeFrame(within: written) == timeFrame)
        #expect(timeFrame.words == words)
        #expect(timeFrame.description == written)
    }

    @Test(arguments: ["6 month", "1 weeks", "0 days", "37 months", "six months", "6months", "soon", "-1 days"])
    func aTimeFrameThatCannotBeReadIsRefused(written: String) {
        #expect(TimeFrame(within: written) == nil)
    }

    @Test(arguments: [
        ("2025-08-31", 6, "2026-02-28"), ("2023-08-31", 6, "2024-02-29"), ("2025-06-02", 6, "2025-12-02"), ("2025-12-19", 1, "2026-01-19"),
    ])
    func monthsAreCalendarMonths(published: String, months: Int, due: String) throws {
        let day = try #require(PublishedDate(published)?.exact)
        #expect(TimeFrame.within(months, .months).due(publishedOn: day).map(DateText.iso) == due)
    }

    // MARK: The action plan

    @Test func recommendationsNotMarkedImmediatelyBringTheActionPlan() throws {
        let copy = try Self.alpha(
            recommendations: """

                        - {text: Visit every child within a day., within: 6 months}
                        - {id: rec-record, text: Record every visit., within: immediately}
                """)
        let plan = try Self.actionPlan(copy)
        #expect(plan.state == .applies("1 of the report's recommendations is not marked immediately"))
        #expect(plan.due.map(DateText.iso) == "2025-07-14")
        let published = try copy.inspect().publishedFindings.causesOfConcern[0]
        #expect(published.recommendations.map(\.timeFrame) == [.within(6, .months), .immediately])
        let text = TextReport.render(try copy.inspect(), width: 200)
        #expect(text.contains("    Recommendation, within 6 months (by 2 December 2025): Visit every child within a day.\n"))
        #expect(text.contains("    Recommendation, immediately: Record every visit.\n"))
    }

    @Test func recommendationsAllMarkedImmediatelyNeedNoActionPlan() throws {
        let copy = try Self.alpha(recommendations: "[{text: Visit every child today., within: immediately}]")
        #expect(try Self.actionPlan(copy).state == .notRequired("every recommendation is marked immediately"))
    }

    @Test func recommendationsNotKnownLeaveTheActionPlanUnknownNeverNotRequired() throws {
        let copy = try Self.alpha(recommendations: "unknown")
        let plan = try Self.actionPlan(copy)
        #expect(
            plan.state
                == .unknown("the recommendations of 1 of the report's 1 causes of concern are not known in the sources recorded"))
        #expect(plan.due.map(DateText.iso) == "2025-07-14")
        let result = try copy.inspect()
        #expect(
            TextReport.render(result, width: 200).contains(
                "  - The force provides an action plan: unknown: the recommendations of 1 of the report's 1 causes of concern are not known in the sources recorded; if it falls due, due 14 July 2025.\n"
            ))
        #expect(TextReport.render(result, width: 200).contains("    Recommendations: not known in the sources recorded.\n"))
        #expect(JSONReport.render(result).contains("\"recommendations\": null"))
    }

    @Test func timeFramesNotKnownLeaveTheActionPlanUnknown() throws {
        let copy = try Self.alpha(recommendations: "[{text: Visit sooner., within: unknown}, {text: Record visits., within: immediately}]")
        #expect(
            try Self.actionPlan(copy).state
                == .unknown(
                    "the time frames of 1 of the report's 2 recommendations are not known, so whether any is not marked immediately is not either"
                ))
    }

    @Test func causesOfConcernNotKnownLeaveTheActionPlanUnknown() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "  causes_of_concern: []", with: "  causes_of_concern: unknown")
        try copy.edit(
            "Frameworks/fixture-2024.yaml", replacing: "applies_when: causes-of-concern",
            with: "applies_when: recommendations-not-immediate")
        #expect(
            try Self.actionPlan(copy).state
                == .unknown("the report's causes of concern, and so its recommendations, are not known in the sources recorded"))
        #expect(JSONReport.render(try copy.inspect()).contains("\"causes_of_concern\": null"))
    }

    @Test func areasForImprovementNotKnownLeaveTheWrittenResponseUnknown() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "    - {area: response, theme: timeliness, text: The force should visit children sooner.}\n",
            with: "")
        try copy.edit(Self.inspection, replacing: "  areas_for_improvement:\n", with: "  areas_for_improvement: unknown\n")
        let result = try copy.inspect()
        #expect(
            result.duties.map(\.state) == [
                .unknown("the report's areas for improvement are not known in the sources recorded"), .applies("it follows every report"),
                .notRequired("the report published no cause of concern"),
            ])
        #expect(TextReport.render(result, width: 200).contains("Not known in the sources recorded: the report's areas for improvement.\n"))
    }

    // MARK: Follow-up carries the same duties, finding by finding

    @Test func followUpGivesEachRecommendationTheDutiesItsTimeFrameBrings() throws {
        let copy = try Self.alpha(
            recommendations: """

                        - {id: rec-soon, text: Visit every child within a day., within: 6 months}
                        - {id: rec-now, text: Record every visit., within: immediately}
                        - {id: rec-unknown, text: Review visits., within: unknown}
                """)
        let workspace = try copy.workspace()
        let force = try #require(workspace.catalog.forces["alpha"])
        let inspection = try #require(force.inspections.last)
        let framework = try #require(workspace.catalog.frameworks[inspection.framework.value])
        let followUp = FollowUp(
            force: force, inspection: inspection, framework: framework, responses: FindingResponses(), latestRun: nil,
            asOf: try #require(PublishedDate("2025-07-01")?.exact))
        #expect(
            followUp.items.map { "\($0.finding.id): \($0.duties.map(\.id)) \($0.state.words)" } == [
                "2025-fixture/afi-1: [\"written-response\"] due in 27 days",
                "2025-fixture/coc-visits: [\"action-plan\"] due in 13 days",
                "2025-fixture/coc-visits/rec-soon: [\"action-plan\"] due in 13 days",
                "2025-fixture/coc-visits/rec-now: [] not required: marked immediately: HMICFRS asks for an update, not a plan",
                "2025-fixture/coc-visits/rec-unknown: [] unknown: its time frame is not known, so whether it is marked immediately is not either",
            ])
        #expect(followUp.items[2].timeFrameDue.map(DateText.iso) == "2025-12-02")
        #expect(
            FollowUpTextReport.render(followUp, width: 200).contains(
                "    Due 14 July 2025 (action-plan); to be acted on within 6 months, by 2 December 2025; due in 13 days.\n"))
        let result = try copy.inspect()
        #expect(followUp.duties.map(\.derived) == result.duties.map(\.state))
        #expect(followUp.duties.map(\.due) == result.duties.map(\.due))
    }

    // MARK: Accelerated causes of concern

    @Test func acceleratedCausesOfConcernCarryNoGradesAndAtLeastOneCause() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.inspection, replacing: "framework: fixture-2024\n", with: "framework: fixture-2024\nkind: accelerated-causes-of-concern\n")
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:5:7: error: a publication of accelerated causes of concern lists them under published_findings: causes_of_concern
                kind: accelerated-causes-of-concern
                      ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:12:12: error: published grade: accelerated causes of concern are published without grades; the graded report that follows is an inspection of its own
                  - {area: response, grade: adequate, source: Fixture report}
                           ^
                """)
    }
}
