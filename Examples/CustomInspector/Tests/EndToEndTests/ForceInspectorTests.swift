import Foundation
import InspectionKit
import Testing

/// The agency's binary, run as a user runs it, on the example's project root: the built-in
/// checks and the agency's own run side by side, and `explain` knows both.
@Suite("force-inspector")
struct ForceInspectorTests {
    static let statement =
        "In 2 of 5 missing-child cases no return home interview was offered within 72 hours of the child's return. 60% of the children were offered one in time. In 1 case no interview was offered at all."

    @Test func inspectsTheExampleForceWithTheAgencysCheck() throws {
        let run = try forceInspector(["inspect", "example-force", "--root", projectRoot])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for expected in [
            "Framework custom-2025@2025.1 · scoring hmicfrs-percentage@1",
            "Missing children             Good (67%)                 not inspected",
            "  met                missing.risk-grading",
            "  met                missing.time-to-deploy",
            "  partly met         missing.return-interviews",
            "      Cases: EXF-MIS-03, EXF-MIS-04",
            "  - 5 return-interview records from evidence/return-interviews.yaml (synthetic).",
        ] {
            #expect(lines.contains(expected), "no line '\(expected)' in:\n\(run.stdout)")
        }
    }

    /// The statement exactly as the check words it (the text report wraps it, JSON does not).
    @Test func reportsTheChecksStatementCountAndCases() throws {
        let run = try forceInspector(["inspect", "example-force", "--root", projectRoot, "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let areas = try #require(report["areas"] as? [[String: Any]])
        let checks = areas.flatMap { $0["checks"] as? [[String: Any]] ?? [] }
        let check = try #require(checks.first { $0["id"] as? String == "missing.return-interviews" })
        #expect(check["outcome"] as? String == "partly-met")
        #expect(check["statement"] as? String == Self.statement)
        #expect(check["cases"] as? [String] == ["EXF-MIS-03", "EXF-MIS-04"])
        let count = try #require(check["count"] as? [String: Any])
        #expect(count["met"] as? Int == 3 && count["of"] as? Int == 5)
        #expect(
            checks.compactMap { $0["id"] as? String } == ["missing.risk-grading", "missing.time-to-deploy", "missing.return-interviews"])
    }

    @Test func explainsTheAgencysCheck() throws {
        let run = try forceInspector(["explain", "missing.return-interviews", "--root", projectRoot])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for expected in [
            "missing.return-interviews: Return home interviews offered in time",
            "Area: responding (module ReturnInterviewChecks)",
            "  - custom-2025, area responding: weight 1, on failure area for improvement",
            "  missing.return-interview-target: duration, after the child's return (default 3d); example 3d",
            "Reads: return-interview; observations on return-interviews",
            "  missing.return-interview-offered-share: Children offered a return home interview in time, share",
            "  2. One offer five days late, one child never offered an interview: partly met, 3 of 5",
        ] {
            #expect(lines.contains(expected), "no line '\(expected)' in:\n\(run.stdout)")
        }
    }

    @Test func explainsTheAgencysRecordType() throws {
        let run = try forceInspector(["explain", "return-interview"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for expected in [
            "return-interview: Return home interview",
            "  case_ref (required): case reference",
            "  returned_at (required): timestamp (ISO 8601 with zone)",
            "  offered_at (optional): timestamp (ISO 8601 with zone)",
            "  accepted (optional): true or false",
            "  conducted_by (required): one of: independent, police, social-care",
        ] {
            #expect(lines.contains(expected), "no line '\(expected)' in:\n\(run.stdout)")
        }
    }

    /// The built-in checks are all still there beside the agency's.
    @Test func listsBuiltInChecksAndTheAgencysOwn() throws {
        let run = try forceInspector(["list", "checks"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("missing.return-interviews"))
        #expect(run.stdout.contains("missing.risk-grading"))
        #expect(run.stdout.contains("investigating.strategy-discussions"))
    }
}
