import Foundation
import InspectionHistory
import InspectionKit
import InspectionReports
import Reproducible
import Testing

/// Runs as the history keeps them, their differences and trends, the counts of earlier
/// inspections and the progress computed from them.
@Suite("Run records, differences, trends and progress")
struct RunHistoryTests {
    static let day = Date(timeIntervalSince1970: 1_750_000_000)

    static func record(_ copy: ProjectCopy, overrides: [String] = [], at offset: TimeInterval = 0) throws -> RunRecord {
        let workspace = try copy.workspace()
        let values = try workspace.overrides(overrides)
        let result = try workspace.inspect(force: "alpha", overrides: values)
        return try workspace.record(result, overrides: values, command: "inspect", savedAt: day.addingTimeInterval(offset))
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheNISTVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
        var pieces = SHA256()
        for byte in input.utf8 { pieces.update([byte]) }
        #expect(pieces.finalize() == digest, "fed a byte at a time")
    }

    @Test func sha256OfAMillionAs() {
        var hasher = SHA256()
        for _ in 0..<1000 { hasher.update([UInt8](repeating: 0x61, count: 1000)) }
        #expect(hasher.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aRecordKeepsWhatAReportShowsAndWhereEachParameterCameFrom() throws {
        let record = try Self.record(try ProjectCopy(), overrides: ["visits.policy=all-urgent"])
        #expect(record.forceID == "alpha")
        #expect(record.comparabilityKey == "fixture-2024@1 / fixture-percentage@1")
        #expect(record.whatIf == [RunRecord.Setting(name: "visits.policy", value: "all-urgent")])
        #expect(record.areas.map(\.id) == ["response", "recording"])
        let policy = try #require(record.parameters.first { $0.name == "visits.policy" })
        #expect(policy.origin == "--set")
        let origins = Set(record.parameters.map { $0.origin.split(separator: " ").first.map(String.init) ?? "" })
        #expect(origins.isSubset(of: ["--set", "framework", "default", "inspection", "framework check"]))
        let visits = try #require(record.evidence.first { $0.file == "evidence/visits.yaml" })
        #expect(visits.kind == .dataset && visits.sha256.count == 64 && visits.bytes > 0)
        #expect(record.evidence.contains { $0.kind == .document && $0.file == "evidence/documents/plan.md" })
        #expect(record.findings.map(\.id) == ["2025-fixture/afi-1"])
    }

    @Test func aDiffSaysWhatChangedAndWhy() throws {
        let copy = try ProjectCopy()
        let before = try Self.record(copy)
        try copy.edit(
            "Forces/alpha/evidence/visits.yaml", replacing: "visited_at: 2025-01-06T15:00:00Z", with: "visited_at: 2025-01-09T15:00:00Z")
        let after = try Self.record(copy, at: 60)
        let diff = RunDiff(from: before, to: after)
        #expect(diff.context.isEmpty)
        #expect(diff.parameters.isEmpty)
        #expect(diff.evidence.map(\.file) == ["evidence/visits.yaml"])
        let checks = diff.areas.flatMap(\.checks)
        #expect(!checks.isEmpty)
        for check in checks {
            #expect(check.reasons == [.evidence(["evidence/visits.yaml"])], "\(check.id)")
        }
        #expect(RunDiff(from: before, to: before).isEmpty)
    }

    /// A margin that shrinks at the same grade is worth seeing: alpha's response is adequate
    /// with 3 of 4 visits in time (2 more late would lower it) and with 2 of 4 (1 more would).
    @Test func aShrinkingMarginIsFlaggedInTheDiff() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            "Forces/alpha/evidence/visits.yaml", replacing: "visited_at: 2025-01-10T10:00:00Z", with: "visited_at: 2025-01-08T12:00:00Z")
        let before = try Self.record(copy)
        let after = try Self.record(try ProjectCopy(), at: 60)
        let diff = RunDiff(from: before, to: after)
        let response = try #require(diff.areas.first { $0.id == "response" })
        #expect(response.from?.grade == "adequate" && response.to?.grade == "adequate")
        #expect(response.from?.margin?.down.change?.cases == 2)
        #expect(response.to?.margin?.down.change?.cases == 1)
        #expect(response.marginChanged && response.marginDownShrank)
        #expect(
            DiffTextReport.render(diff).contains(
                """
                Responding to requests for a visit: Adequate (50%), unchanged
                  Grade margin: up 1 case (visits.on-time) → 2 cases (visits.on-time); down 2
                      cases (visits.on-time) → 1 case (visits.on-time) (closer to a lower grade)
                """))
        let reversed = try #require(RunDiff(from: after, to: before).areas.first { $0.id == "response" })
        #expect(reversed.marginChanged && !reversed.marginDownShrank, "a margin that grows is shown, not flagged")
        let json = HistoryJSON.diff(diff)
        #expect(json.contains("\"margin_down_shrank\": true"))
        #expect(try JSONSchemaValidator(file: "\(repositoryRoot)/schemas/run-diff.schema.json").validate(try JSON.parse(json)) == [])
    }

    @Test func aDiffAcrossFrameworkVersionsSaysSoFirst() throws {
        let copy = try ProjectCopy()
        let before = try Self.record(copy)
        try copy.edit("Frameworks/fixture-2024.yaml", replacing: "version: \"1\"", with: "version: \"2\"")
        let after = try Self.record(copy, at: 60)
        let diff = RunDiff(from: before, to: after)
        #expect(!diff.comparable)
        #expect(
            diff.context.first?.hasPrefix(
                "The runs were graded under different frameworks or scoring models (fixture-2024@1 / fixture-percentage@1 in this run, fixture-2024@2"
            ) == true)
    }

    @Test func aTrendOrdersRunsByTimeThenID() {
        func run(_ id: Int64, _ seconds: TimeInterval) -> RunRecord {
            RunRecord(
                id: id, savedAt: Self.day.addingTimeInterval(seconds), command: "inspect", toolVersion: "0.1.0", forceID: "alpha",
                forceName: "Alpha",
                inspectionID: "i", inspectionTitle: "I", inspectionPublished: "2025-06-02", frameworkID: "f", frameworkVersion: "1",
                scoringModel: "m@1", scale: [],
                areas: [
                    RunRecord.Area(
                        id: "a", title: "A", topic: "A", grade: nil, percent: Double(id), basis: "", published: nil, agreement: "not-graded"
                    )
                ])
        }
        let trend = RunTrend(forceID: "alpha", forceName: "Alpha", runs: [run(3, 10), run(1, 10), run(2, 0)])
        #expect(trend.runs.map(\.id) == [2, 1, 3])
        #expect(trend.areas[0].points.map { $0?.percent } == [2, 1, 3])
    }

    // MARK: Earlier inspections

    static func history(_ entries: String) -> String {
        "schema: 1\ninspections:\n" + entries
    }

    @Test func countsThatCannotBeTrueAreRefusedWhereTheyAreWritten() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/history.yaml",
            Self.history(
                """
                  - {id: a, title: Audit, fieldwork: 2019, summary: An audit., source: S, case_audit: {audited: 21, good: 30}}
                """))
        #expect(
            try copy.problems() == """
                <root>/Forces/alpha/history.yaml:3:107: error: good is 30, but only 21 cases were audited
                  - {id: a, title: Audit, fieldwork: 2019, summary: An audit., source: S, case_audit: {audited: 21, good: 30}}
                                                                                                                          ^
                """)
        try copy.write(
            "Forces/alpha/history.yaml",
            Self.history(
                """
                  - {id: a, title: Audit, fieldwork: 2019, summary: An audit., source: S, counts: [{id: x, what: records, count: -1, of: 10, better: lower}]}
                """))
        #expect(try copy.problems().contains("error: count cannot be negative (-1)"))
        try copy.write(
            "Forces/alpha/history.yaml",
            Self.history(
                """
                  - {id: a, title: Audit, fieldwork: 2019, summary: An audit., source: S, counts: [{id: x, what: records, count: 11, of: 10, better: lower}]}
                """))
        #expect(try copy.problems().contains("error: count is 11, more than the 10 it is counted out of"))
        try copy.write(
            "Forces/alpha/history.yaml",
            Self.history(
                """
                  - {id: a, title: Audit, fieldwork: 2019, summary: An audit., source: S, themes: [timelines]}
                """))
        #expect(try copy.problems().contains("error: unknown theme 'timelines' (did you mean 'timeliness'?)"))
    }

    @Test func progressComparesLikeWithLikeAndSaysWhereItCannot() throws {
        let copy = try ProjectCopy()
        try copy.write(
            "Forces/alpha/history.yaml",
            Self.history(
                """
                  - id: first
                    title: First inspection
                    fieldwork: 2019
                    summary: Late visits.
                    source: S
                    counts: [{id: late-visits, what: visits later than a day, count: 4, of: 10, better: lower}]
                    case_audit: {audited: 20, good: 2, inadequate: 10}
                  - id: second
                    title: Second inspection
                    fieldwork: 2021
                    summary: Fewer late visits.
                    source: S
                    counts: [{id: late-visits, what: visits later than a day, count: 1, of: 10, better: lower}]
                    case_audit: {audited: 10, good: 4, inadequate: 1}
                    themes: [timeliness]
                  - id: third
                    title: Third inspection
                    fieldwork: 2022
                    summary: A short visit.
                    source: S
                """))
        let force = try #require(try copy.workspace().catalog.forces["alpha"])
        let progress = HistoryProgress(history: force.history, latestRun: nil)
        #expect(progress.entries.map(\.id) == ["third", "second", "first"])
        #expect(
            progress.entries[0].lines == [
                "It published no counts and names no theme a check follows, so progress since it can be read only in its summary."
            ])
        #expect(progress.entries[2].measured)
        #expect(
            progress.entries[2].lines == [
                "Then: 4 of 10 (40%) visits later than a day. Later, in Second inspection (fieldwork 2021): 1 of 10 (10%), better.",
                "Case audit: 20 cases: 2 of 20 (10%) good, 10 of 20 (50%) inadequate. Later, in Second inspection: 10 cases, good 4 of 10 (40%), better, inadequate 1 of 10 (10%), better.",
            ])
        #expect(
            progress.entries[1].lines[0]
                == "Then: 1 of 10 (10%) visits later than a day. No later count of the same thing was published or measured, so it is not compared."
        )
        #expect(progress.entries[1].lines[2] == "Theme timeliness: no run is saved, so nothing from the evidence is set beside it.")
    }
}
