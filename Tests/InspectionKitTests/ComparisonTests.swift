import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing

/// Comparisons that never mislead: a ranking on the areas every ranked force shares, forces
/// graded in fewer listed apart, ties broken by id, agreement over the areas with both grades.
@Suite("Comparison and ranking")
struct ComparisonTests {
    /// alpha (response 50%, recording 75%); delta, alpha's copy (a tie); beta (33.3%, 25%);
    /// epsilon, graded only in response (at 75%, above everyone there); gamma, not graded.
    static func project() throws -> ProjectCopy {
        let copy = try ProjectCopy()
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/alpha", toPath: "\(copy.root)/Forces/delta")
        try copy.edit("Forces/delta/force.yaml", replacing: "id: alpha", with: "id: delta")
        try copy.edit(
            "Forces/delta/force.yaml", replacing: "name: Alpha Constabulary\nshort_name: Alpha",
            with: "name: Delta Constabulary\nshort_name: Delta")
        try FileManager.default.copyItem(atPath: "\(copy.root)/Forces/alpha", toPath: "\(copy.root)/Forces/epsilon")
        try copy.edit("Forces/epsilon/force.yaml", replacing: "id: alpha", with: "id: epsilon")
        try copy.edit(
            "Forces/epsilon/force.yaml", replacing: "name: Alpha Constabulary\nshort_name: Alpha",
            with: "name: Epsilon Constabulary\nshort_name: Epsilon")
        // Epsilon: every visit on time and every child seen, synthetic; no plan, no observation
        // and nothing recorded, so recording cannot be graded.
        try copy.write(
            "Forces/epsilon/evidence/visits.yaml",
            """
            schema: 1
            record_type: home-visit
            provenance: synthetic
            note: Test records.
            records:
              - {case_ref: E-1, requested_at: 2025-01-06T10:00:00Z, visited_at: 2025-01-06T11:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1}
              - {case_ref: E-2, requested_at: 2025-01-06T10:00:00Z, visited_at: 2025-01-06T11:00:00Z, outcome: safe, concerns: [], children: 1, children_seen: 1}

            """)
        try copy.edit(
            "Forces/epsilon/inspections/2025-fixture.yaml",
            replacing:
                "    - {name: observations, record_type: inspection-observation, file: evidence/observations.yaml}\n  documents:\n    - {id: plan, kind: plan, title: Alpha plan, file: evidence/documents/plan.md}",
            with: "  documents: []")
        return copy
    }

    static func compare(_ copy: ProjectCopy) throws -> Comparison {
        let workspace = try copy.workspace()
        return try ComparisonEngine(workspace: workspace).compare(workspace.forceIDs, framework: "fixture-2024", jobs: 2)
    }

    @Test func forcesAreRankedOnlyOnTheAreasTheyAllHaveWithTiesByID() throws {
        let ranking = try Self.compare(Self.project()).ranking
        #expect(ranking.areas == ["response", "recording"])
        #expect(
            ranking.ranked.map { "\($0.position) \($0.force) \(NumberText.plain(($0.meanPercent * 10).rounded() / 10))" } == [
                "1 alpha 62.5", "2 delta 62.5", "3 beta 29.2",
            ])
        #expect(ranking.apart == [.init(force: "epsilon", gradedAreas: ["response"])])
        #expect(ranking.ranked.map(\.provenance) == [[.published, .synthetic], [.published, .synthetic], [.published, .synthetic]])
    }

    @Test func aForceGradedInFewerAreasIsNeverRankedAboveOnesGradedInMore() throws {
        let comparison = try Self.compare(Self.project())
        // Epsilon's response score (75%) is the best of all, but it is graded in one area only.
        #expect(comparison.ranking(of: "response").ranked.map(\.force) == ["epsilon", "alpha", "delta", "beta"])
        #expect(!comparison.ranking.ranked.contains { $0.force == "epsilon" })
        let text = ComparisonTextReport.render(comparison)
        #expect(
            text.contains(
                """
                  1. Alpha Constabulary: 62.5% (evidence p+s)
                  2. Delta Constabulary: 62.5% (evidence p+s)
                  3. Beta Constabulary: 29.2% (evidence p+s)
                  Graded in fewer of those areas, so not ranked: Epsilon Constabulary (1 area,
                  Response).
                  Not ranked (no area graded): Gamma Constabulary.
                """))
        // Within one area, epsilon's score rests on the same checks as the others', so it is ranked there.
        #expect(
            text.contains(
                """
                  Response: ranked on 2 of 2 checks: 1. Epsilon 75%, 2. Alpha 50%, 3. Delta 50%,
                    4. Beta 33.3%.
                  Recording: ranked on 3 of 3 checks: 1. Alpha 75%, 2. Delta 75%. Not ranked,
                    evaluated on other checks: Beta (2 of 3 checks: visits.recorded,
                    plans.name-children).

                """))
    }

    @Test func agreementIsCountedOverTheAreasThatHaveBothGrades() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/inspections/2025-fixture.yaml", replacing: "  - {area: response, grade: adequate, source: Fixture report}",
            with: "  - {area: response, grade: unknown, one_of: [adequate, good], source: Fixture report}")
        let comparison = try ComparisonEngine(workspace: copy.workspace()).compare(["alpha", "gamma"], framework: "fixture-2024")
        let alpha = try #require(comparison.rows.first { $0.force.id == "alpha" })
        #expect(alpha.result.areas.map(\.agreement) == [.publishedUnknown, .agrees])
        #expect(comparison.agreement(of: alpha) == (agrees: 1, compared: 1))
        let gamma = try #require(comparison.rows.first { $0.force.id == "gamma" })
        #expect(comparison.agreement(of: gamma) == (agrees: 0, compared: 0))
        #expect(
            ComparisonReports.markdown(comparison).contains(
                "- Alpha Constabulary: agrees with the published grade in 1 of 1 area that has both.\n- Gamma Constabulary: no area has both a computed and a published grade."
            ))
    }

    @Test func evidenceCanBeLimitedToSomeKinds() throws {
        let workspace = try fixtureWorkspace()
        let all = try ComparisonEngine(workspace: workspace).compare(["alpha"], framework: "fixture-2024")
        let published = try ComparisonEngine(workspace: workspace).compare(["alpha"], framework: "fixture-2024", evidence: [.published])
        #expect(all.rows[0].result.areas.map(\.grading.grade) == ["adequate", "good"])
        // Without the synthetic visits only the observation and the plan (published) remain.
        #expect(published.rows[0].result.areas.map(\.grading.grade) == [nil, "good"])
        #expect(published.rows[0].result.areas.map(\.provenance) == [[], [.published]])
        #expect(published.evidenceFilter == [.published])
        #expect(ComparisonTextReport.render(published).contains("Evidence limited to published (--evidence)."))
    }
}
