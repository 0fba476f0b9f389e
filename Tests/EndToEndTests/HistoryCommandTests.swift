import Foundation
import InspectionKit
import InspectionStore
import Testing

/// A temporary store path (the file does not exist yet), removed with its directory.
final class TemporaryStore {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-e2e-\(UUID().uuidString)").path
    var path: String { "\(directory)/history.sqlite" }

    init() throws { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// Runs the binary with this store named by INSPECTOR_STORE and the clock at `now`.
    func run(
        _ arguments: [String], now: String = "2025-10-01T09:00:00Z", in directory: String = repositoryRoot,
        environment: [String: String] = [:]
    ) throws -> Run {
        try inspector(arguments, in: directory, environment: ["INSPECTOR_STORE": path, "INSPECTOR_NOW": now].merging(environment) { $1 })
    }
}

@Suite("inspector history, diff and follow-up, end to end")
struct HistoryCommandTests {
    @Test func savedRunsAreListedAndComparedByteIdentically() throws {
        let store = try TemporaryStore()
        #expect(
            try store.run(["inspect", "northamptonshire", "--save"], now: "2025-09-01T09:00:00Z").stderr
                == "saved run #1 of northamptonshire to \(store.path)\n")
        let whatIf = try store.run(["inspect", "northamptonshire", "--save", "--set", "missing.risk-policy=all-high"])
        #expect(whatIf.status == 0)
        let history = try store.run(["history", "northamptonshire"])
        #expect(history.status == 0)
        #expect(
            history.stdout.hasPrefix(
                """
                Run history of Northamptonshire Police
                2 runs saved, newest first (times in UTC).

                Run   Saved             Inspection  Graded under
                #2    2025-10-01 09:00  2025-ncpi   ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2
                      what-if: missing.risk-policy=all-high
                #1    2025-09-01 09:00  2025-ncpi   ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2

                Areas: computed grade and score per run, oldest to newest
                  margin: cases in one check that would move the grade up (↑) and down (↓); –
                  none within the evidence; · not kept
                  Leadership                    ▅▅  A 58% → A 58%
                    margin ↑– ↓– → ↑– ↓–
                  Partnership working           ▆▆  G 75% → G 75%
                    margin ↑– ↓– → ↑– ↓–
                  Initial response              ▃▃  RI 31% → I 25%
                    margin ↑1 ↓1 → ↑2 ↓–
                """))
        #expect(history.stdout.contains("  missing.risk-grading: Missing children graded below the risk known\n      ▅▇  50% → 83.3%\n"))
        #expect(history.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        for format in ["text", "markdown", "json", "csv", "html"] {
            let first = try store.run(["history", "northamptonshire", "--format", format], now: "2030-01-01")
            let second = try store.run(["history", "northamptonshire", "--format", format], now: "2031-06-01")
            #expect(first.status == 0 && first.stdout == second.stdout, "\(format): the same store gives the same bytes")
        }
        let csv = try store.run(["history", "northamptonshire", "--format", "csv"]).stdout
        #expect(
            csv.contains(
                "\n2,2025-10-01T09:00:00Z,northamptonshire,2025-ncpi,ncpi-2024@\(ncpiVersion),hmicfrs-percentage@2,missing.risk-policy=all-high,check,responding,missing.risk-grading,,,not-met,missing.under-graded-share,0.8333,share\n"
            ))
        let html = try store.run(["history", "northamptonshire", "--format", "html"]).stdout
        #expect(html.contains("<svg role=\"img\"") && html.contains("<polyline"))

        let diff = try store.run(["diff", "previous", "latest"])
        #expect(diff.status == 0)
        #expect(
            diff.stdout.hasPrefix(
                """
                Changes from run #1 (2025-09-01 09:00) to run #2 (2025-10-01 09:00),
                Northamptonshire Police
                  What-if values differ: none in #1, missing.risk-policy=all-high in #2.

                Parameters changed
                  - missing.risk-policy: graded → all-high (now from --set); read by
                    missing.risk-grading, missing.time-to-deploy

                Responding to children at risk of harm: Requires improvement (31.3%) →
                    Inadequate (25%)
                  Grade margin: up 1 case (abuse.time-to-respond) → 2 cases
                      (missing.risk-grading); down 1 case (missing.risk-grading) → end of the
                      scale
                  - missing.risk-grading: partly met → not met; 3 of 6 → 1 of 6 met the
                      standard; score 2 → 1
                      Missing children graded below the risk known: 50% → 83.3%
                      Cases now listed: NPT-MIS-05, NPT-MIS-06
                      Why: parameter changed (missing.risk-policy: graded → all-high)
                """))
        #expect(try store.run(["diff", "1", "#2"]).stdout == diff.stdout)
        #expect(
            try store.run(["diff", "2025-09-30", "2025-10-01", "--force", "northamptonshire"]).stdout == diff.stdout,
            "a day names the latest run saved by then")
        let same = try store.run(["diff", "1", "1"])
        #expect(
            same.stdout.hasSuffix(
                "No change: the grades, scores, outcomes, figures and cases are the same, and so\nare the evidence files, the parameters and the framework.\n"
            ))
        let json = try store.run(["diff", "1", "2", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["comparable"] as? Bool == true)
    }

    @Test func withoutSaveNothingIsWritten() throws {
        let store = try TemporaryStore()
        #expect(try store.run(["inspect", "northamptonshire"]).status == 0)
        #expect(try store.run(["compare", "--all"]).status == 0)
        #expect(try store.run(["follow-up", "northamptonshire"]).status == 0)
        let history = try store.run(["history", "northamptonshire"])
        #expect(history.status == 3)
        #expect(
            history.stderr
                == "error: no run history at '\(store.path)': save a run first with `inspector inspect <force> --save` (or name another store with --store or INSPECTOR_STORE)\n"
        )
        let baseline = try store.run(["inspect", "northamptonshire", "--baseline", "latest"])
        #expect(baseline.status == 3)
        #expect(!FileManager.default.fileExists(atPath: store.path), "no command without --save creates the store")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).isEmpty)
    }

    @Test func compareSavesEveryForceAndTheBaselineReportsAgainstARun() throws {
        let store = try TemporaryStore()
        let compare = try store.run(["compare", "--all", "--save"], now: "2025-09-01T09:00:00Z")
        #expect(compare.status == 0)
        let forces = try FileManager.default.contentsOfDirectory(atPath: "\(repositoryRoot)/Forces").filter { !$0.hasPrefix(".") }.sorted()
        #expect(compare.stderr == forces.enumerated().map { "saved run #\($0.offset + 1) of \($0.element) to \(store.path)\n" }.joined())
        let id = try #require(forces.firstIndex(of: "northamptonshire")) + 1
        let baseline = try store.run(["inspect", "northamptonshire", "--baseline", "latest", "--set", "missing.risk-policy=all-high"])
        #expect(baseline.status == 0)
        #expect(
            baseline.stdout.contains(
                "\nAgainst run #\(id) (saved 2025-09-01 09:00 UTC)\n  What-if values differ: none in #\(id), missing.risk-policy=all-high in this run.\n"
            ))
        for format in ["markdown", "html", "json"] {
            let run = try store.run(["inspect", "northamptonshire", "--baseline", "\(id)", "--format", format])
            #expect(run.status == 0)
            let heading = [
                "markdown": "## Against run \\#\(id) (saved 2025-09-01 09:00 UTC)",
                "html": "<h2>Against run #\(id) (saved 2025-09-01 09:00 UTC)</h2>",
                "json": "\"against_run\": {",
            ][format]!
            #expect(run.stdout.contains(heading), "\(format)")
        }
        let history = try store.run(["history", "gloucestershire"])
        #expect(history.stdout.contains("saved by compare"))
        let unknown = try store.run(["history", "northamptonshir"])
        #expect(unknown.status == 3)
        #expect(
            unknown.stderr.hasPrefix("error: no run of 'northamptonshir' is saved in '\(store.path)' (did you mean 'northamptonshire'?)"))
        let badRun = try store.run(["diff", "first", "latest"])
        #expect(
            badRun.stderr
                == "error: the first run takes a run: its id (12 or #12), latest, previous, or a day (YYYY-MM-DD, the latest run saved on or before it); got 'first'\n"
        )
    }

    @Test func runsUnderDifferentFrameworkVersionsAreComparedWithANoteFirst() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        // The records change below, which the audits' samples would refuse.
        try copy.removeCaseAudits(force: "northamptonshire")
        let store = try TemporaryStore()
        #expect(try store.run(["inspect", "northamptonshire", "--save", "--root", copy.root], now: "2025-09-01T09:00:00Z").status == 0)
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "version: \"\(ncpiVersion)\"", with: "version: \"\(bumped(ncpiVersion))\"")
        try copy.edit("Forces/northamptonshire/evidence/missing-episodes.yaml", replacing: "risk_grade: medium", with: "risk_grade: high")
        #expect(try store.run(["inspect", "northamptonshire", "--save", "--root", copy.root]).status == 0)
        let diff = try store.run(["diff", "previous", "latest"])
        #expect(
            diff.stdout.hasPrefix(
                """
                Changes from run #1 (2025-09-01 09:00) to run #2 (2025-10-01 09:00),
                Northamptonshire Police
                  The runs were graded under different frameworks or scoring models
                  (ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2 in #1, ncpi-2024@\(bumped(ncpiVersion)) /
                  hmicfrs-percentage@2 in #2): grades and scores may differ for that reason
                  alone.

                Evidence files changed
                  - evidence/missing-episodes.yaml (dataset): contents changed
                """))
        // One more child graded at the risk known: the grade holds, and its margin down grows
        // from 1 case to 2 (further from falling, so not flagged as closer).
        #expect(
            diff.stdout.contains(
                "Responding to children at risk of harm: Requires improvement (31.3%), unchanged\n  Grade margin: down 1 case (missing.risk-grading) → 2 cases\n      (missing.risk-grading)\n"
            ))
        #expect(
            diff.stdout.contains(
                "Why: framework changed (ncpi-2024@\(ncpiVersion) / hmicfrs-percentage@2 →\n        ncpi-2024@\(bumped(ncpiVersion)) / hmicfrs-percentage@2); evidence changed\n        (evidence/missing-episodes.yaml)"
            ))
        let history = try store.run(["history", "northamptonshire"])
        #expect(history.stdout.contains("Note: from run #2 the runs are graded under"))
    }

    @Test(arguments: [
        ("2025-10-17", "Due 17 October 2025 (written-response); due today."),
        ("2025-10-18", "Due 17 October 2025 (written-response); overdue by 1 day."),
    ])
    func followUpCountsFromPublication(asOf: String, line: String) throws {
        let store = try TemporaryStore()
        #expect(try store.run(["inspect", "northamptonshire", "--save"]).status == 0)
        let run = try store.run(["follow-up", "northamptonshire", "--as-of", asOf])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  2025-ncpi/afi-1 · area for improvement · responding · missing-children\n"))
        #expect(run.stdout.contains("    \(line)\n"))
        #expect(run.stdout.contains("    - missing.risk-grading, partly met (3 of 6 met the standard): In 3 of 6"))
        let today = try store.run(["follow-up", "northamptonshire"], now: asOf)
        #expect(today.stdout == run.stdout, "today comes from INSPECTOR_NOW when --as-of is absent")
        for format in ["markdown", "json"] {
            #expect(try store.run(["follow-up", "northamptonshire", "--as-of", asOf, "--format", format]).status == 0)
        }
        #expect(
            try store.run(["follow-up", "northamptonshire", "--as-of", "17/10/2025"]).stderr
                == "error: --as-of takes a day as YYYY-MM-DD, not '17/10/2025'\n")
    }
}
