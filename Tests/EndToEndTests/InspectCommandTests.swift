import Foundation
import InspectionKit
import Testing

/// The built binary, run as a user runs it.
@Suite("inspector inspect, end to end")
struct InspectCommandTests {
    @Test func northamptonshireRunsAndShowsAllFiveAreasAgreeing() throws {
        let run = try inspector(["inspect", "northamptonshire"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout.contains(
                """
                Area                         Computed                   Published
                Leadership                   Adequate (58%)             Adequate ✓
                Partnership working          Good (75%)                 Good ✓
                Initial response             Requires improvement (31%) Requires improvement ✓
                Risk assessment and referral Adequate (42%)             Adequate* ✓
                Investigation                Requires improvement (25%) Requires improvement ✓
                """))
        #expect(
            run.stdout.contains(
                "In 3 of 6 audited missing-child cases the child was graded medium risk\n      despite information showing high risk."))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits 80 columns")
    }

    @Test func twoRunsAreByteIdentical() throws {
        for format in ["text", "json", "markdown", "html"] {
            let first = try inspector(["inspect", "northamptonshire", "--format", format])
            let second = try inspector(["inspect", "northamptonshire", "--format", format])
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout, "\(format) differs between runs")
        }
    }

    @Test func jsonCarriesVersionsAndGrades() throws {
        let run = try inspector(["inspect", "northamptonshire", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 3)
        #expect((json["framework"] as? [String: Any])?["scoring_model"] as? String == "hmicfrs-percentage@2")
        let areas = try #require(json["areas"] as? [[String: Any]])
        #expect(
            areas.map { $0["computed_grade"] as? String } == [
                "adequate", "good", "requires-improvement", "adequate", "requires-improvement",
            ])
        #expect(areas.map { $0["agreement"] as? String } == Array(repeating: "agrees", count: 5))
        let margin = try #require(areas[2]["grade_margin_v1"] as? [String: Any])
        let up = try #require(margin["up"] as? [String: Any])
        #expect(up["check"] as? String == "abuse.time-to-respond")
        #expect(up["cases"] as? Int == 1)
        #expect(up["grade"] as? String == "adequate")
        #expect(run.stdout.hasPrefix("{\n  \"schema_version\": 3,\n  \"tool\": {\n    \"name\": \"inspector\","))
    }

    @Test func markdownHasTheJudgementsTable() throws {
        let run = try inspector(["inspect", "northamptonshire", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(
            run.stdout.contains(
                "| Leadership of child protection arrangements | Adequate (58%) | published and reconstructed | Adequate | agrees |"))
        #expect(
            run.stdout.contains(
                "### Grade margin\n\n- Up: 1 more of the 1 reports of child abuse responded to within the target would lift initial response to adequate.\n"
            ))
        #expect(run.stdout.contains("## Duties after publication"))
    }

    @Test func whatIfShowsWhatChanges() throws {
        let run = try inspector(["inspect", "northamptonshire", "--set", "missing.risk-policy=all-high"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("What-if: missing.risk-policy=all-high"))
        #expect(
            run.stdout.contains(
                "What changes with missing.risk-policy=all-high\n  - Responding to children at risk of harm: requires improvement (31%) →\n    inadequate (25%)\n  - missing.risk-grading: partly met → not met"
            ))
    }

    @Test func aBadWhatIfValueIsAnInputError() throws {
        let run = try inspector(["inspect", "northamptonshire", "--set", "missing.risk-policy=everyone"])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                --set:1:21: error: 'everyone' is not one of 'graded', 'all-high'
                missing.risk-policy=everyone
                                    ^
                1 error found.

                """)
    }

    @Test func anUnknownWhatIfParameterSuggests() throws {
        let run = try inspector(["inspect", "northamptonshire", "--set", "missing.risk-polcy=all-high"])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("--set:1:1: error: unknown parameter 'missing.risk-polcy' (did you mean 'missing.risk-policy'?)"))
    }

    @Test func anUnknownForceSuggests() throws {
        let run = try inspector(["inspect", "northamptonshir"])
        #expect(run.status == 3)
        #expect(
            run.stderr
                == "Forces/northamptonshir:1:1: error: unknown force 'northamptonshir' (did you mean 'northamptonshire'?)\n1 error found.\n"
        )
    }

    @Test func aBrokenCopyExitsThreeWithThePositionAndNoOutput() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "{check: missing.time-to-deploy,", with: "{check: missing.time-to-deplyo,")
        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        // Where the typo is, found in the file, so that a check added to the framework moves nothing here.
        let lines = try String(contentsOfFile: "\(copy.root)/Frameworks/ncpi-2024.yaml", encoding: .utf8).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("missing.time-to-deplyo") })
        let column =
            lines[line].distance(from: lines[line].startIndex, to: try #require(lines[line].range(of: "missing.time-to-deplyo")).lowerBound)
            + 1
        #expect(
            run.stderr.hasPrefix(
                "\(copy.root)/Frameworks/ncpi-2024.yaml:\(line + 1):\(column): error: unknown check 'missing.time-to-deplyo' (did you mean 'missing.time-to-deploy'?)\n"
            ))
    }

    @Test func invalidYAMLInEvidenceExitsThree() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/strategy-discussions.yaml", replacing: "decision_quality: poor}",
            with: "decision_quality: poor")
        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root])
        #expect(run.status == 3)
        #expect(run.stderr.contains("error: syntax error: did not find expected ',' or '}'"))
    }

    @Test func outputThatCannotBeWrittenIsAnErrorNotSuccess() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: inspectorBinary)
        process.arguments = ["inspect", "northamptonshire"]
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                == "error: cannot write to standard output: No space left on device\n")
    }

    @Test func failOnCauseOfConcernExitsOneOnlyWhenThereIsOne() throws {
        #expect(try inspector(["inspect", "northamptonshire", "--fail-on", "cause-of-concern"]).status == 0)
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit(
            "Forces/northamptonshire/evidence/observations.yaml", replacing: "rating: shortfall\n    statement: Night-shift",
            with: "rating: serious-shortfall\n    statement: Night-shift")
        let run = try inspector(["inspect", "northamptonshire", "--root", copy.root, "--fail-on", "cause-of-concern"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Causes of concern (1)"))
    }
}
