import Foundation
import InspectionHistory
import InspectionKit
import Testing

/// Northamptonshire's earlier inspections, structured in history.yaml, and the progress
/// computed from them against a run of the 2025 evidence: counted where like can be compared
/// with like, said plainly where it cannot.
@Suite("Northamptonshire's progress since earlier inspections")
struct ProgressTests {
    static func progress() throws -> HistoryProgress {
        let workspace = try shippedWorkspace()
        let force = try #require(workspace.catalog.forces["northamptonshire"])
        let result = try workspace.inspect(force: "northamptonshire")
        let run = try workspace.record(result, command: "inspect", savedAt: Date(timeIntervalSince1970: 1_759_309_200))
        return HistoryProgress(history: force.history, latestRun: run)
    }

    static func entry(_ id: String) throws -> HistoryProgress.Entry {
        try #require(try progress().entries.first { $0.id == id })
    }

    @Test func theHistoryIsValidAndNewestFirst() throws {
        #expect(try shippedWorkspace().problems(force: "northamptonshire").isEmpty)
        #expect(
            try Self.progress().entries.map(\.id) == [
                "2022-post-inspection-review", "2021-assessment-of-progress", "2019-post-inspection-review", "2018-ncpi",
                "2013-hmic-follow-up", "2013-multi-agency-pilot",
            ])
    }

    @Test func sinceThe2019ReviewTheCaseAuditIsStatedButNotCompared() throws {
        let entry = try Self.entry("2019-post-inspection-review")
        #expect(!entry.measured)
        #expect(
            entry.lines == [
                "Case audit: 21 cases: 0 of 21 (0%) good, 11 of 21 (52.4%) inadequate. No later inspection graded audited cases good, requiring improvement or inadequate, and the latest run counts cases against single standards, so the audit is not compared with later work."
            ])
    }

    @Test func sinceThe2021AssessmentMissingChildrenAreDescribedBesideTheRunsChecks() throws {
        let entry = try Self.entry("2021-assessment-of-progress")
        #expect(!entry.measured)
        // The theme's two missing-children checks, as the run found them (another check on the
        // theme, added to the framework later, would join them in the same sentence).
        let line = try #require(entry.lines.count == 1 ? entry.lines.first : nil)
        #expect(
            line.hasPrefix(
                "Theme missing-children, in this run (2025-10-01 09:00): missing.risk-grading partly met (3 of 6 met the standard); missing.time-to-deploy not met (2 of 6 met the standard)"
            ))
        #expect(line.hasSuffix(". Described beside the earlier finding, not measured against it: it published no count of the same thing."))
    }

    @Test func the2013CountIsKeptButNotComparedWithADifferentMeasure() throws {
        let entry = try Self.entry("2013-multi-agency-pilot")
        #expect(
            entry.lines.first
                == "Then: 4 of 10 (40%) records in which more than 25 days passed between a report and sharing it with children's social care. No later count of the same thing was published or measured, so it is not compared. The 2025 check on information sharing counts whether information was shared at all, not how long it took, so it is not the same measure."
        )
    }
}
