import Foundation
import InspectionKit
import InspectionRunner
import Testing

/// Both of ncpi-2024's scoring models measured on every shipped force: in how many areas with
/// a published grade the computed grade agrees with it. The default must be the model that
/// agrees most (on a tie, the one built on HMICFRS's definitions), and Northamptonshire's five
/// grades must agree under it. The figures themselves are in Golden/scoring-agreement.txt,
/// regenerated with `make golden` whenever a force's evidence changes (review the diff, then
/// update the figures in the README and docs/scoring.md). The same measurement from the
/// command line: `inspector compare --all --scoring <model>`, or scripts/measure-scoring.sh.
@Suite("Scoring models measured on the shipped forces")
struct ScoringAgreementTests {
    /// Each model of ncpi-2024 with the comparison of every shipped force graded by it.
    static func measured() throws -> [(model: ScoringModel, comparison: Comparison)] {
        let workspace = try shippedWorkspace()
        let framework = try #require(workspace.catalog.frameworks["ncpi-2024"])
        return try framework.scoringModels.map { model in
            (
                model,
                try ComparisonEngine(workspace: workspace).compare(
                    workspace.forceIDs, framework: "ncpi-2024", jobs: 2, scoring: model.versionedID)
            )
        }
    }

    /// The figures, as the golden file keeps them.
    static func table(_ measured: [(model: ScoringModel, comparison: Comparison)]) -> String {
        var lines = ["Computed grades agreeing with the published ones, per scoring model of ncpi-2024 (areas with both grades)."]
        for (index, entry) in measured.enumerated() {
            let total = entry.comparison.totalAgreement
            lines.append("")
            lines.append("\(entry.model.versionedID)\(index == 0 ? " (default)" : ""): \(total.agrees) of \(total.compared)")
            for row in entry.comparison.rows {
                let (agrees, compared) = entry.comparison.agreement(of: row)
                lines.append("  \(row.force.id): \(agrees) of \(compared)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theDefaultIsTheModelThatAgreesMostAndKeepsNorthamptonshire() throws {
        let measured = try Self.measured()
        #expect(measured.map(\.model.versionedID) == ["hmicfrs-percentage@2", "hmicfrs-characteristics@1"])
        let rate = measured.map { entry -> Double in
            let total = entry.comparison.totalAgreement
            return total.compared == 0 ? 0 : Double(total.agrees) / Double(total.compared)
        }
        #expect(rate[0] >= rate[1], "the default agrees in \(rate[0]), the alternative in \(rate[1]): choose the default again")
        let northamptonshire = try #require(measured[0].comparison.rows.first { $0.force.id == "northamptonshire" })
        #expect(measured[0].comparison.agreement(of: northamptonshire) == (5, 5))
    }
}

/// PEEL: the 2023-25 framework with its ninth graded area and the victim service assessed but
/// not graded; the 2025-27 framework as far as its text could be read.
@Suite("PEEL frameworks")
struct PEELFrameworkTests {
    @Test func peel2023GradesNineAreasAndAssessesTheVictimServiceWithoutAGrade() throws {
        let framework = try #require(try shippedWorkspace().catalog.frameworks["peel-2023"])
        #expect(framework.areas.filter(\.isGraded).map(\.title).count == 9)
        #expect(framework.area("recording-data-about-crime")?.isGraded == true)
        #expect(framework.area("victim-service")?.isGraded == false)
        #expect(!framework.notes.joined().lowercased().contains("unverified"))
        let recording = try #require(framework.area("recording-data-about-crime"))
        #expect(
            recording.characteristicsOfGood.map(\.text) == [
                "The force is effective at recording reported crime.",
                "The force's systems and processes support accurate crime recording.",
                "The force's leaders maintain oversight of the force's processes for crime recording and strive to make sure that they meet national standards.",
            ])
    }

    @Test func aPEELInspectionReportsTheVictimServiceAsAssessedNotGraded() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.write(
            "Forces/northamptonshire/inspections/synthetic-peel.yaml",
            """
            # SYNTHETIC: a PEEL inspection invented for this test, reusing the NCPI evidence files.
            schema: 1
            id: synthetic-peel
            framework: peel-2023
            title: Synthetic PEEL inspection for a test
            fieldwork: not real
            published: 2025-09-01
            inspector: nobody
            source: this test
            evidence:
              datasets:
                - {name: missing_episodes, record_type: missing-episode, file: evidence/missing-episodes.yaml}

            """)
        let result = try copy.workspace().inspect(force: "northamptonshire", framework: "peel-2023")
        #expect(result.areas.count == 10)
        let victims = result.area("victim-service")
        #expect(victims.agreement == .assessedNotGraded)
        #expect(victims.grading.basis.hasPrefix("Assessed, not graded: HMICFRS inspects how effective a service the force gives"))
        #expect(
            result.area("recording-data-about-crime").grading.basis
                == "Not graded: only 0 of 3 characteristics of good could be assessed; the scoring model needs at least 50% of them.")
    }

    @Test func peel2025ModelsCoreQuestionOneAsPublished() throws {
        let framework = try #require(try shippedWorkspace().catalog.frameworks["peel-2025"])
        #expect(framework.versionedID == "peel-2025@2025.1")
        #expect(framework.areas.map(\.id.value) == ["leadership-and-force-management"])
        let area = framework.areas[0]
        #expect(area.question == "How good is the force at leadership and force management?")
        #expect(area.characteristicsOfGood.count == 6)
        #expect(
            area.characteristicsOfGood.allSatisfy {
                $0.isPublishedText && $0.source?.hasPrefix("HMICFRS, PEEL assessment framework 2025-27, topic area 1.") == true
            })
    }
}
