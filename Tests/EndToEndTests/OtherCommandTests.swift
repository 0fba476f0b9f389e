import Foundation
import InspectionKit
import InspectionRunner
import Testing

@Suite("validate, list, explain and help, end to end")
struct OtherCommandTests {
    @Test func validateSaysTheRepositoryIsValid() throws {
        let run = try inspector(["validate"])
        #expect(run.status == 0)
        #expect(
            run.stdout
                == "Valid: 3 frameworks, \(CompareCommandTests.shippedForces.count) forces (\(CompareCommandTests.shippedForces.joined(separator: ", "))).\n"
        )
    }

    @Test func validateReportsEveryProblemAtOnce() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "region: East Midlands", with: "regoin: East Midlands")
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "country: England", with: "county: England")
        let run = try inspector(["validate", "--root", copy.root])
        #expect(run.status == 3)
        #expect(
            run.stderr == """
                \(copy.root)/Forces/northamptonshire/force.yaml:6:1: error: unknown key 'regoin' (did you mean 'region'?)
                regoin: East Midlands
                ^
                \(copy.root)/Forces/northamptonshire/force.yaml:7:1: error: unknown key 'county' (did you mean 'country'?)
                county: England
                ^
                2 errors found.

                """)
    }

    @Test func validateRunFromInsideTheRootShowsRelativePaths() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "region: East Midlands", with: "regoin: East Midlands")
        let run = try inspector(["validate", "Forces/northamptonshire"], in: copy.root)
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("Forces/northamptonshire/force.yaml:6:1: error: unknown key 'regoin'"))
    }

    @Test func listShowsChecksForcesAndFrameworks() throws {
        let checks = try inspector(["list", "checks"])
        #expect(checks.status == 0)
        #expect(
            checks.stdout.contains("missing.risk-grading                      responding     Missing children graded at the risk known"))
        let json = try listed("forces")
        #expect(json.contains { $0["id"] == "northamptonshire" && $0["inspections"] == "ncpi-2024 2025-08-22" })
        #expect(try inspector(["list", "frameworks"]).stdout.contains("ncpi-2024"))
    }

    /// A force id cut short is matched to the one force it begins, in every command that takes one.
    @Test func aForceIDCutShortSuggestsTheForce() throws {
        let inspect = try inspector(["inspect", "northampton"])
        #expect(inspect.status == 3)
        #expect(inspect.stderr.hasPrefix("Forces/northampton:1:1: error: unknown force 'northampton' (did you mean 'northamptonshire'?)\n"))
        #expect(
            try inspector(["validate", "northampton"]).stderr
                == "error: 'northampton' is neither a force nor Frameworks/ (did you mean 'northamptonshire'?)\n")
    }

    /// The lists the help of `explain` and `new check` point to.
    @Test func listShowsRecordTypesAndModules() throws {
        let types = try inspector(["list", "record-types"])
        #expect(types.status == 0)
        #expect(types.stdout.contains("\nmissing-episode  "))
        let json = try listed("modules")
        #expect(json.contains { $0["name"] == "RespondingChecks" && (Int($0["checks"] ?? "") ?? 0) > 0 })
        #expect(
            json.contains {
                $0["name"] == "ChildProtectionRecords"
                    && $0["record_types"]?.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "missing-episode" }
                        == true
            })
    }

    /// `inspector list <kind> --format json`, its rows.
    private func listed(_ kind: String) throws -> [[String: String]] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(inspector(["list", kind, "--format", "json"]).stdout.utf8)) as? [[String: String]])
    }

    @Test func explainShowsParametersExamplesAndUse() throws {
        let run = try inspector(["explain", "missing.time-to-deploy"])
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                "missing.time-to-deploy: Officers deployed to missing children in time\nArea: responding (module RespondingChecks)"))
        #expect(run.stdout.contains("  missing.deploy-target.high: duration, after the report"))
        #expect(
            run.stdout.contains(
                "  - ncpi-2024, area responding: weight 1, on failure area for improvement,\n    evidences missing-children-risk\n"))
        #expect(run.stdout.contains("3. Hours late for children known to be at high risk: not met, 0 of 3"))
    }

    @Test func explainAnUnknownIDSuggests() throws {
        let run = try inspector(["explain", "missing.risk-grade"])
        #expect(run.status == 3)
        #expect(
            run.stderr
                == "error: unknown check, area or record type 'missing.risk-grade' (did you mean 'missing.risk-grading'?); `inspector list checks` lists the checks\n"
        )
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let run = try inspector(["--help"])
        #expect(run.status == 0)
        let text = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            text.contains(
                "Exit codes: 0 ran; 1 ran and found causes of concern (only with --fail-on cause-of-concern); 3 invalid configuration or input; 4 internal error (or output that could not be written)."
            ))
        #expect(text.contains("never when NO_COLOR is set to a non-empty value."))
    }

    @Test func noColorIsRespectedAndErrorsGoToStandardError() throws {
        let run = try inspector(["inspect", "nowhere"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 3)
        #expect(run.stdout == "")
        #expect(!run.stderr.contains("\u{1B}["))
    }
}

/// `inspector explain <area>` and `--scoring`, run as a user runs them.
@Suite("explain an area, and choosing a scoring model, end to end")
struct AreaAndScoringCommandTests {
    @Test func explainAnAreaShowsItsHeadlineCriteriaChecksAndModels() throws {
        let run = try inspector(["explain", "leadership"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("leadership: Leadership of child protection arrangements\nFramework ncpi-2024@\(ncpiVersion)"))
        #expect(
            run.stdout.contains(
                "Headline: The force has effective leadership and governance arrangements for\n  child protection and safeguarding services.\n  Source: HMICFRS, NCPI assessment criteria (16 April 2024), topic 1,\n"
            ))
        #expect(
            run.stdout.contains(
                "  4. [staff-wellbeing] The force has a range of measures to support the\n     well-being of its officers and staff who work in child protection roles.\n"
            ))
        #expect(run.stdout.contains("     This tool's reading: The published criterion is cut off in every copy read\n"))
        #expect(
            run.stdout.contains(
                "  leadership.capacity: Enough officers and staff for child protection\n      weight 1; on failure area for improvement; evidences skilled-workforce\n"
            ))
        #expect(run.stdout.contains("  hmicfrs-percentage@2 (default): percentage\n"))
        #expect(run.stdout.contains("  hmicfrs-characteristics@1: share-of-characteristics\n"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 || $0.contains("https://") })
    }

    @Test func anAreaInSeveralFrameworksNeedsTheFramework() throws {
        let copy = try ProjectCopy(of: repositoryRoot)
        try copy.edit("Frameworks/peel-2025.yaml", replacing: "  - id: leadership-and-force-management", with: "  - id: leadership")
        let ambiguous = try inspector(["explain", "leadership", "--root", copy.root])
        #expect(ambiguous.status == 3)
        #expect(
            ambiguous.stderr
                == "error: area 'leadership' is in more than one framework (ncpi-2024, peel-2025); choose one with --framework\n")
        let chosen = try inspector(["explain", "leadership", "--framework", "peel-2025", "--root", copy.root])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.hasPrefix("leadership: Leadership and force management\nFramework peel-2025@\(peel2025Version)"))
    }

    @Test func inspectAndCompareGradeByTheModelNamed() throws {
        let inspect = try inspector(["inspect", "northamptonshire", "--scoring", "hmicfrs-characteristics"])
        #expect(inspect.status == 0)
        #expect(inspect.stdout.contains("Framework ncpi-2024@\(ncpiVersion) · scoring hmicfrs-characteristics@1\n"))
        #expect(inspect.stdout.contains("Leadership                   Adequate (67%)             Adequate ✓\n"))
        let compare = try inspector(["compare", "--all", "--scoring", "hmicfrs-characteristics@1"])
        #expect(compare.status == 0)
        #expect(
            compare.stdout.hasPrefix(
                "Comparison of \(CompareCommandTests.shippedForces.count) forces under ncpi-2024@\(ncpiVersion) / hmicfrs-characteristics@1\n"
            ))
        #expect(compare.stdout.contains("  Northamptonshire 5 of 5 areas\n"))
    }

    @Test func anUnknownScoringModelIsAnError() throws {
        let inspect = try inspector(["inspect", "northamptonshire", "--scoring", "hmicfrs-percentag"])
        #expect(inspect.status == 3)
        // At the framework's id (its line moves as the file's header comment grows).
        #expect(inspect.stderr.hasPrefix("Frameworks/ncpi-2024.yaml:"))
        #expect(
            inspect.stderr.contains(
                ":5: error: framework ncpi-2024 has no scoring model 'hmicfrs-percentag' (did you mean 'hmicfrs-percentage@2'?); its models: hmicfrs-percentage@2, hmicfrs-characteristics@1\nid: ncpi-2024\n    ^\n"
            ))
        let compare = try inspector(["compare", "--all", "--scoring", "cqc"])
        #expect(compare.status == 3)
        #expect(
            compare.stderr == "error: no framework has a scoring model 'cqc'; `inspector list frameworks` lists each framework's models\n")
    }
}
