import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// What a framework may say beyond grading every area on five tiers, proven on the fixture
/// framework `fixture-shapes` (Tests/Fixtures/Project/Frameworks/fixture-shapes.yaml): a scale
/// of three grades, an area assessed but not graded, an overall judgement by rules over the
/// area grades. A force, delta, is inspected under it with alpha's evidence.
@Suite("Frameworks: scales of any length, areas not graded, overall judgements")
struct FrameworkShapeTests {
    static let inspection = "Forces/delta/inspections/2025-shapes.yaml"

    /// A copy of the fixture project with delta: alpha's evidence, inspected under fixture-shapes.
    static func delta(published: String = "", edits: (ProjectCopy) throws -> Void = { _ in }) throws -> ProjectCopy {
        let copy = try ProjectCopy()
        try FileManager.default.createDirectory(atPath: "\(copy.root)/Forces/delta/inspections", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/alpha/evidence", toPath: "\(copy.root)/Forces/delta/evidence")
        try copy.write(
            "Forces/delta/force.yaml",
            """
            # A fixture force for the framework-shape tests.
            schema: 1
            id: delta
            name: Delta Constabulary
            short_name: Delta
            region: Fixture region
            country: England
            source: Tests/Fixtures

            """)
        try copy.write(
            Self.inspection,
            """
            schema: 1
            id: 2025-shapes
            framework: fixture-shapes
            title: Fixture inspection of Delta Constabulary
            fieldwork: 2025
            published: 2025-07-01
            inspector: D. Inspector
            source: Tests/Fixtures
            \(published)parameters:
              visits.policy: standard
            evidence:
              datasets:
                - {name: visits, record_type: home-visit, file: evidence/visits.yaml}
                - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}
              documents:
                - {id: plan, kind: plan, title: Delta plan, file: evidence/documents/plan.md}

            """)
        try edits(copy)
        return copy
    }

    @Test func aThreeGradeScaleAnAreaNotGradedAndAnOverallJudgement() throws {
        let result = try Self.delta().inspect("delta")
        #expect(result.scale.map(\.id) == ["strong", "fair", "weak"])
        // visiting: on time 2 of 4 and seen 5 of 7, both partly met: 50%, fair. recording: every
        // visit recorded and plans name children: strong.
        #expect(result.areas.map(\.grading.grade) == ["fair", "strong", nil])
        let feedback = result.area("feedback")
        #expect(feedback.agreement == .assessedNotGraded)
        #expect(
            feedback.grading.basis
                == "Assessed, not graded: The test suite reports on it without a grade, as HMICFRS reports on the service to victims of crime."
        )
        #expect(feedback.checks.map(\.result.outcome) == [.met], "its checks still run")
        #expect(feedback.findings.map(\.kind) == [.strength])
        #expect(feedback.margin == nil)
        // Neither rule applies (one area weak; both strong): the median of fair and strong,
        // the worse of the two, is fair.
        #expect(
            result.overall
                == OverallGrade(
                    title: "Overall judgement", grade: "fair",
                    basis: "Fair: no rule applies, so the median area grade (the worse of the middle two when even).",
                    source:
                        "The test suite, after the CQC's rating principles (two or more inadequate key questions make the overall rating inadequate)"
                ))
    }

    @Test func theFirstRuleThatAppliesGivesTheOverallGrade() throws {
        // Plans that name no child: a cause of concern makes recording weak; with visiting fair,
        // one area is weak, and the median of fair and weak is weak.
        let oneWeak = try Self.delta { copy in
            try copy.write("Forces/delta/evidence/documents/plan.md", "Our plan for families.\n")
        }.inspect("delta")
        #expect(oneWeak.areas.map(\.grading.grade) == ["fair", "weak", nil])
        #expect(oneWeak.overall?.grade == "weak")
        #expect(oneWeak.overall?.basis == "Weak: no rule applies, so the median area grade (the worse of the middle two when even).")
        // With the second rule counting the areas at or above fair, both graded areas count.
        let allStrong = try Self.delta { copy in
            try copy.edit(
                "Frameworks/fixture-shapes.yaml", replacing: "at_least: all, at_or_above: strong", with: "at_least: all, at_or_above: fair")
        }.inspect("delta")
        #expect(allStrong.overall?.grade == "strong")
        #expect(allStrong.overall?.basis == "Strong: 2 of 2 graded areas are at or above fair (the rule needs all).")
    }

    @Test func theOverallJudgementNeedsEveryGradedArea() throws {
        let result = try Self.delta { copy in
            try copy.edit(
                Self.inspection, replacing: "    - {name: visits, record_type: home-visit, file: evidence/visits.yaml}\n", with: "")
        }.inspect("delta")
        #expect(result.areas.map(\.grading.grade) == [nil, "strong", nil])
        #expect(result.overall?.grade == nil)
        #expect(result.overall?.basis == "Not given: 1 of 2 graded areas have no computed grade (visiting).")
    }

    @Test func everyFormatShowsTheShapes() throws {
        let result = try Self.delta().inspect("delta")
        let text = TextReport.render(result)
        #expect(text.contains("Practice                     assessed, not graded       not inspected\n"))
        #expect(text.contains("Overall judgement            Fair\n"))
        #expect(
            MarkdownReport.render(result).contains(
                "| What inspectors observed of practice | Assessed, not graded | — | not inspected | assessed, not graded |"))
        #expect(MarkdownReport.render(result).contains("Overall judgement: **Fair**. Fair: no rule applies"))
        #expect(HTMLReport.render(result).contains("<p class=\"overall\"><strong>Overall judgement</strong>: <span class=\"grade\""))
        let json = JSONReport.render(result)
        #expect(JSONSchemaTests.inspectionSchema.validate(try JSON.parse(json)) == [])
        #expect(json.contains("\"overall_judgement\": {\n    \"title\": \"Overall judgement\",\n    \"grade\": \"fair\","))
        #expect(json.contains("\"not_graded_by_framework\": \"The test suite reports on it without a grade"))
    }

    @Test func anAreaNotGradedHasNoPublishedGrade() throws {
        let copy = try Self.delta(published: "published_judgements:\n  - {area: feedback, grade: fair, source: Fixture report}\n")
        let problems = try copy.problems("delta")
        #expect(
            problems == """
                <root>/Forces/delta/inspections/2025-shapes.yaml:10:12: error: published grade: area 'feedback' is assessed but not graded by the framework, so it has no published grade; record what the inspectorate found in published_findings instead
                  - {area: feedback, grade: fair, source: Fixture report}
                           ^
                """)
    }

    @Test func aGradeRuleInAnAreaNotGradedIsRefused() throws {
        let copy = try Self.delta { copy in
            try copy.edit(
                "Frameworks/fixture-shapes.yaml", replacing: "{check: practice.observed, on_failure: area-for-improvement}",
                with: "{check: practice.observed, on_failure: area-for-improvement, when_not_met_at_best: fair}")
        }
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-shapes.yaml:68:92: error: scoring model: when_not_met_at_best on check 'practice.observed' has no effect: area 'feedback' is assessed but not graded; remove it
                      - {check: practice.observed, on_failure: area-for-improvement, when_not_met_at_best: fair}
                                                                                                           ^
                """)
    }

    @Test func overallRulesNameGradesOfTheScaleAndNoMoreAreasThanAreGraded() throws {
        let copy = try Self.delta { copy in
            try copy.edit(
                "Frameworks/fixture-shapes.yaml", replacing: "{grade: weak, at_least: 2, at_or_below: weak}",
                with: "{grade: weak, at_least: 3, at_or_below: inadequate}")
        }
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-shapes.yaml:36:15: error: scoring model: the rule needs at least 3 graded areas but the framework grades 2
                    - {grade: weak, at_least: 3, at_or_below: inadequate}
                              ^
                <root>/Frameworks/fixture-shapes.yaml:36:47: error: unknown grade 'inadequate'
                    - {grade: weak, at_least: 3, at_or_below: inadequate}
                                                              ^
                """)
    }

    @Test func aRuleSaysWhichWayItCounts() throws {
        let copy = try Self.delta { copy in
            try copy.edit(
                "Frameworks/fixture-shapes.yaml", replacing: "{grade: weak, at_least: 2, at_or_below: weak}",
                with: "{grade: weak, at_least: 2}")
        }
        #expect(
            copy.frameworkProblems().hasPrefix(
                "<root>/Frameworks/fixture-shapes.yaml:36:15: error: a rule gives one of at_or_below or at_or_above: the grade the areas are counted against"
            ))
    }
}
