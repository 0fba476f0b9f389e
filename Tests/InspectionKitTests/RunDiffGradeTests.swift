import Foundation
import InspectionHistory
import InspectionKit
import InspectionReports
import Testing

/// A grade that changes while the score stays is a change: a band edited between framework
/// versions, a cap on a check not met, a cause of concern. (A mutation that compared each
/// area's grade with itself went unnoticed, since every other diff test changes both.)
@Suite("A grade that changes alone")
struct RunDiffGradeTests {
    static func area(_ grade: String?, _ percent: Double?, published: String? = "adequate") -> RunRecord.Area {
        RunRecord.Area(
            id: "response", title: "Responding", topic: "Response", grade: grade, percent: percent, basis: "", published: published,
            agreement: "agrees")
    }

    static func run(_ id: Int64, _ area: RunRecord.Area) -> RunRecord {
        RunRecord(
            id: id, savedAt: RunHistoryTests.day.addingTimeInterval(Double(id) * 60), command: "inspect", toolVersion: "0.1.0",
            forceID: "alpha",
            forceName: "Alpha", inspectionID: "i", inspectionTitle: "I", inspectionPublished: "2025-06-02", frameworkID: "f",
            frameworkVersion: "1",
            scoringModel: "m@1",
            scale: [
                .init(id: "good", label: "Good", colour: "#1"), .init(id: "adequate", label: "Adequate", colour: "#2"),
                .init(id: "requires-improvement", label: "Requires improvement", colour: "#3"),
            ],
            areas: [area])
    }

    @Test(arguments: [
        (area("adequate", 58), area("good", 58), "Responding: Adequate (58%) → Good (58%)"),
        (area("adequate", 58), area(nil, nil), "Responding: Adequate (58%) → not graded"),
        (area(nil, 58), area("requires-improvement", 58), "Responding: not graded → Requires improvement (58%)"),
        (area("adequate", 58), area("adequate", 58, published: "good"), "Responding: Adequate (58%), unchanged; published adequate → good"),
    ])
    func aGradeThatChangesAloneIsReported(from: RunRecord.Area, to: RunRecord.Area, line: String) throws {
        let diff = RunDiff(from: Self.run(1, from), to: Self.run(2, to))
        let change = try #require(diff.areas.first, "the area is not in the diff")
        #expect(change.gradeChanged == (from.grade != to.grade))
        #expect(!change.scoreChanged || from.percent != to.percent)
        #expect(!diff.isEmpty)
        let text = DiffTextReport.render(diff)
        #expect(text.contains("\n" + line + "\n"), "\(text)")
        #expect(!text.contains("No grade, score, outcome, figure or case changed."))
    }

    @Test func theSameGradeAndScoreIsNoChange() {
        let diff = RunDiff(from: Self.run(1, Self.area("adequate", 58)), to: Self.run(2, Self.area("adequate", 58.04)))
        #expect(diff.areas.isEmpty && diff.isEmpty)
    }

    /// The fixture force alpha before and after an edit of the framework that changes an area's
    /// grade and not its score, each run graded on the same evidence.
    static func gradeAlone(base: [(String, String)] = [], edit: (String, String)) throws -> RunDiff.AreaChange? {
        let copy = try ProjectCopy()
        for (old, new) in base { try copy.edit("Frameworks/fixture-2024.yaml", replacing: old, with: new) }
        let before = try RunHistoryTests.record(copy)
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: edit.0, with: edit.1)
        let after = try RunHistoryTests.record(copy, at: 60)
        let diff = RunDiff(from: before, to: after)
        #expect(diff.comparable && diff.parameters.isEmpty && diff.evidence.isEmpty)
        return diff.areas.first { $0.id == "response" }
    }

    @Test func aBandEdited() throws {
        let change = try #require(try Self.gradeAlone(edit: ("{grade: adequate, min_percent: 39}", "{grade: adequate, min_percent: 51}")))
        #expect(change.from?.grade == "adequate" && change.to?.grade == "requires-improvement")
        #expect(change.from?.percent == 50 && change.to?.percent == 50)
        #expect(change.gradeChanged && !change.scoreChanged && change.checks.isEmpty)
    }

    /// visits.on-time not met (every visit later than a minute), with no cause of concern,
    /// children-seen weighted so that the area stays in the adequate band; then its cap removed.
    @Test func aCapLifted() throws {
        let change = try #require(
            try Self.gradeAlone(
                base: [
                    ("visits.target: 1d", "visits.target: 1m"), (", cause_of_concern_below: 0.25", ""),
                    ("{check: visits.children-seen, on_failure", "{check: visits.children-seen, weight: 10, on_failure"),
                ], edit: ("when_not_met_at_best: requires-improvement, ", "")))
        #expect(change.from?.grade == "requires-improvement" && change.to?.grade == "adequate")
        #expect(change.from?.percent == change.to?.percent)
        #expect(change.gradeChanged && !change.scoreChanged)
    }

    @Test func aCauseOfConcern() throws {
        let change = try #require(
            try Self.gradeAlone(
                edit: (
                    "{check: visits.children-seen, on_failure: area-for-improvement",
                    "{check: visits.children-seen, on_failure: cause-of-concern"
                )))
        #expect(change.from?.grade == "adequate" && change.to?.grade == "inadequate")
        #expect(change.from?.percent == 50 && change.to?.percent == 50)
        #expect(change.gradeChanged && !change.scoreChanged)
    }
}
