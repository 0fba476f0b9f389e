import Foundation
import InspectionKit
import Testing

/// Every cross-reference is checked before a run, each problem reported where it is written.
@Suite("Validation of configuration")
struct ValidationTests {
    func problems(_ copy: ProjectCopy, force: String = "northamptonshire") throws -> String {
        copy.rendered(try copy.workspace().problems(force: force))
    }

    func frameworkProblems(_ copy: ProjectCopy) -> String {
        do {
            _ = try copy.workspace()
            return ""
        } catch let error as InspectorError {
            guard case .invalid(let diagnostics) = error else { return "\(error)" }
            return copy.rendered(diagnostics.all)
        } catch {
            return "\(error)"
        }
    }

    @Test func theRepositoryIsValid() throws {
        let workspace = try Workspace.open(root: repositoryRoot, registry: registry)
        for force in workspace.forceIDs {
            #expect(workspace.problems(force: force).isEmpty, "\(force): \(workspace.problems(force: force))")
        }
    }

    @Test func unknownCheckIDSuggestsTheClosest() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "{check: missing.risk-grading,", with: "{check: missing.risk-gradin,")
        #expect(frameworkProblems(copy) == """
            <root>/Frameworks/ncpi-2024.yaml:140:17: error: unknown check 'missing.risk-gradin' (did you mean 'missing.risk-grading'?)
                  - {check: missing.risk-gradin, on_failure: area-for-improvement, when_not_met_at_best: requires-improvement, theme: missing-children}
                            ^
            """)
    }

    @Test func unknownGradeAndAreaInAnInspectionAreBothReported() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "{area: partnerships, grade: good,", with: "{area: partnership, grade: goood,")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:15:12: error: unknown area 'partnership' (did you mean 'partnerships'?)
              - {area: partnership, grade: goood, source: "HMICFRS report, 22 August 2025"}
                       ^
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:15:32: error: unknown grade 'goood' (did you mean 'good'?)
              - {area: partnership, grade: goood, source: "HMICFRS report, 22 August 2025"}
                                           ^
            """)
    }

    @Test func unknownFrameworkRecordTypeAndParameterAreReported() throws {
        let copy = try ProjectCopy()
        let inspection = "Forces/northamptonshire/inspections/2025-ncpi.yaml"
        try copy.edit(inspection, replacing: "record_type: strategy-discussion,", with: "record_type: strategy-discusion,")
        try copy.edit(inspection, replacing: "  missing.risk-policy: graded", with: "  missing.risk-polcy: graded")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:38:3: error: unknown parameter 'missing.risk-polcy' (did you mean 'missing.risk-policy'?); `inspector explain <check>` lists each check's parameters
              missing.risk-polcy: graded
              ^
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:44:49: error: unknown record type 'strategy-discusion' (did you mean 'strategy-discussion'?)
                - {name: strategy_discussions, record_type: strategy-discusion, file: evidence/strategy-discussions.yaml}
                                                            ^
            """)
    }

    @Test func aParameterOfTheWrongTypeIsPositioned() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "missing.deploy-target.high: 1h", with: "missing.deploy-target.high: 1 hour")
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "standard.met-share: 0.9", with: "standard.met-share: 90")
        #expect(frameworkProblems(copy) == """
            <root>/Frameworks/ncpi-2024.yaml:47:23: error: parameter 'standard.met-share': 90 is not a share between 0 and 1 (write 0.9 for 90%)
              standard.met-share: 90
                                  ^
            <root>/Frameworks/ncpi-2024.yaml:62:31: error: '1 hour' is not a duration; write a number and a unit: s, m, h, d or w (e.g. 4h, 90m, 7d)
              missing.deploy-target.high: 1 hour
                                          ^
            """)
    }

    @Test func aChoiceParameterListsItsChoices() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "  missing.risk-policy: graded", with: "  missing.risk-policy: all-hihg")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:38:24: error: 'all-hihg' is not one of 'graded', 'all-high' (did you mean 'all-high'?)
              missing.risk-policy: all-hihg
                                   ^
            """)
    }

    @Test func anUnknownKeyInForceYAMLIsPositioned() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "region: East Midlands", with: "regoin: East Midlands")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/force.yaml:6:1: error: unknown key 'regoin' (did you mean 'region'?)
            regoin: East Midlands
            ^
            """)
    }

    @Test func aNewerSchemaGetsAClearMessage() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "schema: 1", with: "schema: 2")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/force.yaml:2:9: error: schema 2 is not supported; this inspector reads schema 1
            schema: 2
                    ^
            """)
    }

    @Test func aForceIDMustMatchItsDirectory() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/force.yaml", replacing: "id: northamptonshire", with: "id: northants")
        let actual = try problems(copy)
        #expect(actual == """
            <root>/Forces/northamptonshire/force.yaml:3:5: error: id 'northants' does not match its directory 'northamptonshire'; use the same name for both
            id: northants
                ^
            """)
    }

    @Test func brokenFrameworkScoringIsReported() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "- {grade: adequate, min_percent: 39}", with: "- {grade: adequat, min_percent: 70}")
        #expect(frameworkProblems(copy) == """
            <root>/Frameworks/ncpi-2024.yaml:36:15: error: scoring model: grade bands must be listed best first with falling minimums
                - {grade: adequat, min_percent: 70}
                          ^
            <root>/Frameworks/ncpi-2024.yaml:36:15: error: unknown grade 'adequat' (did you mean 'adequate'?)
                - {grade: adequat, min_percent: 70}
                          ^
            """)
    }
}

/// A framework's scoring model and a force's parameters are held to what makes sense.
@Suite("Validation of scoring and parameters")
struct ScoringValidationTests {
    func frameworkProblems(_ copy: ProjectCopy) -> [String] {
        do {
            _ = try copy.workspace()
            return []
        } catch let error as InspectorError {
            guard case .invalid(let diagnostics) = error else { return ["\(error)"] }
            return diagnostics.all.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func outcomeScoresMustGiveAMaximum() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "outcome_scores: {promising_practice: 4, met: 3, partly_met: 2, not_met: 1}",
                      with: "outcome_scores: {promising_practice: 0, met: 0, partly_met: 0, not_met: 0}")
        #expect(frameworkProblems(copy) == ["scoring model: outcome scores must be between 0 and 100, and at least one above 0"])
    }

    @Test func weightsSharesAndBandsMustBeInRange() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "{check: leadership.capacity,", with: "{check: leadership.capacity, weight: 1e308,")
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "minimum_evaluated_share: 0.5", with: "minimum_evaluated_share: 1e300")
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "- {grade: outstanding, min_percent: 88}", with: "- {grade: outstanding, min_percent: 188}")
        try copy.edit("Frameworks/ncpi-2024.yaml", replacing: "standard.partly-met-share: 0.5", with: "standard.partly-met-share: 0.95")
        let problems = frameworkProblems(copy)
        #expect(problems.contains("scoring model: a band's min_percent must be between 0 and 100, not 188"))
        #expect(problems.contains { $0.hasPrefix("scoring model: minimum_evaluated_share must be between 0 and 1, not 1") })
        #expect(problems.contains { $0.hasPrefix("scoring model: the weight of 'leadership.capacity' must be above 0 and at most 1000, not 1") })
        #expect(problems.contains("parameter 'standard.partly-met-share': 0.95 is above standard.met-share (0.9); the partly-met bar cannot be higher than the met bar"))
    }

    @Test func aScaleWithTheSameGradeTwiceIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/scales/hmicfrs-five-tier.yaml", replacing: "  - id: adequate", with: "  - id: good")
        #expect(frameworkProblems(copy).contains("grade 'good' is defined more than once"))
    }

    @Test func aForceMaySetOnlyItsLocalPolicy() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "  missing.risk-policy: graded", with: "  missing.risk-policy: graded\n  standard.met-share: 0.1")
        let problems = copy.rendered(try copy.workspace().problems(force: "northamptonshire"))
        #expect(problems == """
            <root>/Forces/northamptonshire/inspections/2025-ncpi.yaml:39:3: error: 'standard.met-share' is a standard the framework sets for every force; a force may set only its local policy ('missing.risk-policy'); try other values with `inspector inspect --set`
              standard.met-share: 0.1
              ^
            """)
    }

    @Test func aSecondPublishedGradeForAnAreaIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/northamptonshire/inspections/2025-ncpi.yaml", replacing: "  - {area: partnerships, grade: good,", with: "  - {area: leadership, grade: good,")
        let problems = try copy.workspace().problems(force: "northamptonshire").map(\.message)
        #expect(problems == ["area 'leadership' already has a published grade; give one grade per area"])
    }

    @Test func aYmlFileIsReportedNotIgnored() throws {
        let copy = try ProjectCopy()
        try FileManager.default.moveItem(atPath: "\(copy.root)/Forces/northamptonshire/inspections/2025-ncpi.yaml",
                                         toPath: "\(copy.root)/Forces/northamptonshire/inspections/2025-ncpi.yml")
        let problems = try copy.workspace().problems(force: "northamptonshire").map(\.description)
        #expect(problems == ["\(copy.root)/Forces/northamptonshire/inspections/2025-ncpi.yml:1:1: error: '2025-ncpi.yml' ends in .yml and is not read; rename it to end in .yaml"])
    }
}
