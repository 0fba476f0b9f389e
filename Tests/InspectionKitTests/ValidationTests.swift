import Foundation
import InspectionKit
import InspectionRunner
import Testing

/// Every cross-reference is checked before a run, each problem reported where it is written.
@Suite("Validation of configuration")
struct ValidationTests {
    static let framework = "Frameworks/fixture-2024.yaml"
    static let inspection = "Forces/alpha/inspections/2025-fixture.yaml"

    @Test func theFixtureProjectIsValid() throws {
        let workspace = try fixtureWorkspace()
        #expect(workspace.forceIDs == ["alpha", "beta", "gamma"])
        for force in workspace.forceIDs {
            #expect(workspace.problems(force: force).isEmpty, "\(force): \(workspace.problems(force: force))")
        }
    }

    @Test func unknownCheckIDSuggestsTheClosest() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.framework, replacing: "{check: visits.recorded,", with: "{check: visits.recordd,")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:56:17: error: unknown check 'visits.recordd' (did you mean 'visits.recorded'?)
                      - {check: visits.recordd, on_failure: area-for-improvement, theme: recording, characteristic: recorded}
                                ^
                """)
    }

    @Test func aCheckNoModuleHasSaysWhichModulesThisInspectorHas() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.framework, replacing: "{check: visits.recorded,", with: "{check: return.interviews-offered,")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:56:17: error: unknown check 'return.interviews-offered'; no check module of this inspector (FixtureChecks) has it: if another module provides it, run an inspector built with that module (docs/extending.md)
                      - {check: return.interviews-offered, on_failure: area-for-improvement, theme: recording, characteristic: recorded}
                                ^
                """)
    }

    @Test func aCheckListedTwiceInOneAreaIsRefusedNotCountedTwice() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.framework,
            replacing: "      - {check: practice.observed, on_failure: area-for-improvement, theme: recording, characteristic: recorded}\n",
            with:
                "      - {check: practice.observed, on_failure: area-for-improvement, theme: recording, characteristic: recorded}\n      - {check: visits.recorded, on_failure: area-for-improvement, theme: recording, characteristic: recorded}\n"
        )
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:58:17: error: check 'visits.recorded' is listed twice in area 'recording'; it would be counted twice in the area's grade; list it once
                      - {check: visits.recorded, on_failure: area-for-improvement, theme: recording, characteristic: recorded}
                                ^
                <root>/Frameworks/fixture-2024.yaml:56:17: note: 'visits.recorded' was first given here
                      - {check: visits.recorded, on_failure: area-for-improvement, theme: recording, characteristic: recorded}
                                ^
                """)
    }

    @Test func unknownGradeAndAreaInAnInspectionAreBothReported() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "{area: recording, grade: good,", with: "{area: recordng, grade: goood,")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:12:12: error: unknown area 'recordng' (did you mean 'recording'?); the framework's areas: response (Response), recording (Recording)
                  - {area: recordng, grade: goood, source: Fixture report, inferred: true, note: the report grades one area good and one adequate; this is the good one}
                           ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:12:29: error: unknown grade 'goood' (did you mean 'good'?)
                  - {area: recordng, grade: goood, source: Fixture report, inferred: true, note: the report grades one area good and one adequate; this is the good one}
                                            ^
                """)
    }

    @Test func unknownFrameworkRecordTypeAndParameterAreReported() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "record_type: home-visit,", with: "record_type: home-vist,")
        try copy.edit(Self.inspection, replacing: "  visits.policy: standard", with: "  visits.polcy: standard")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:19:3: error: unknown parameter 'visits.polcy' (did you mean 'visits.policy'?); `inspector explain <check>` lists each check's parameters
                  visits.polcy: standard
                  ^
                <root>/Forces/alpha/inspections/2025-fixture.yaml:22:35: error: unknown record type 'home-vist' (did you mean 'home-visit'?)
                    - {name: visits, record_type: home-vist, file: evidence/visits.yaml}
                                                  ^
                """)
    }

    @Test func aParameterOfTheWrongTypeIsPositioned() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.framework, replacing: "visits.target: 1d", with: "visits.target: 1 day")
        try copy.edit(Self.framework, replacing: "standard.met-share: 0.9", with: "standard.met-share: 90")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:28:23: error: parameter 'standard.met-share': 90 is not a share between 0 and 1 (write 0.9 for 90%)
                  standard.met-share: 90
                                      ^
                <root>/Frameworks/fixture-2024.yaml:31:18: error: '1 day' is not a duration; write a number and a unit: s, m, h, d or w (e.g. 4h, 90m, 7d)
                  visits.target: 1 day
                                 ^
                """)
    }

    @Test func aChoiceParameterListsItsChoices() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.inspection, replacing: "  visits.policy: standard", with: "  visits.policy: all-urgnt")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:19:18: error: 'all-urgnt' is not one of 'standard', 'all-urgent' (did you mean 'all-urgent'?)
                  visits.policy: all-urgnt
                                 ^
                """)
    }

    @Test func anUnknownKeyInForceYAMLIsPositioned() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/force.yaml", replacing: "region: Fixture region", with: "regoin: Fixture region")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/force.yaml:6:1: error: unknown key 'regoin' (did you mean 'region'?)
                regoin: Fixture region
                ^
                """)
    }

    @Test func aNewerSchemaGetsAClearMessage() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/force.yaml", replacing: "schema: 1", with: "schema: 2")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/force.yaml:2:9: error: schema 2 is not supported; this inspector reads schema 1
                schema: 2
                        ^
                """)
    }

    @Test func aForceIDMustMatchItsDirectory() throws {
        let copy = try ProjectCopy()
        try copy.edit("Forces/alpha/force.yaml", replacing: "id: alpha", with: "id: alfa")
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/force.yaml:3:5: error: id 'alfa' does not match its directory 'alpha'; use the same name for both
                id: alfa
                    ^
                """)
    }

    @Test func brokenFrameworkScoringIsReported() throws {
        let copy = try ProjectCopy()
        try copy.edit(Self.framework, replacing: "- {grade: adequate, min_percent: 39}", with: "- {grade: adequat, min_percent: 70}")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:21:15: error: scoring model: grade bands must be listed best first with falling minimums
                    - {grade: adequat, min_percent: 70}
                              ^
                <root>/Frameworks/fixture-2024.yaml:21:15: error: unknown grade 'adequat' (did you mean 'adequate'?)
                    - {grade: adequat, min_percent: 70}
                              ^
                """)
    }

    @Test func aFrameworkWordListMustUseItsVocabulary() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            Self.framework, replacing: "  home-visit.concerns: [neglect, violence, missing]",
            with: "  home-visit.concernz: [neglect, violence, missing]")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:36:24: error: unknown field 'concernz' (did you mean 'concerns'?)
                  home-visit.concernz: [neglect, violence, missing]
                                       ^
                """)
    }
}

/// A framework's scoring model and a force's parameters are held to what makes sense.
@Suite("Validation of scoring and parameters")
struct ScoringValidationTests {
    func frameworkMessages(_ copy: ProjectCopy) -> [String] {
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
        try copy.edit(
            ValidationTests.framework, replacing: "outcome_scores: {met: 3, partly_met: 2, not_met: 1, out_of: 4}",
            with: "outcome_scores: {met: 0, partly_met: 0, not_met: 0}")
        #expect(
            frameworkMessages(copy) == [
                "scoring model: outcome scores must be between 0 and 100, at least one above 0, and out_of (when given) at least the highest of them"
            ])
    }

    @Test func outOfMayNotBeBelowAnOutcomeScore() throws {
        let copy = try ProjectCopy()
        try copy.edit(ValidationTests.framework, replacing: "not_met: 1, out_of: 4}", with: "not_met: 1, out_of: 2}")
        #expect(
            frameworkMessages(copy) == [
                "scoring model: outcome scores must be between 0 and 100, at least one above 0, and out_of (when given) at least the highest of them"
            ])
    }

    /// Promising practice is highlighted, never scored above met: a framework that still gives
    /// it a score of its own is refused where it says so.
    @Test func promisingPracticeIsNotScored() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            ValidationTests.framework, replacing: "outcome_scores: {met: 3,", with: "outcome_scores: {promising_practice: 4, met: 3,")
        #expect(
            copy.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:17:40: error: scoring model: promising practice is highlighted, never scored above met; remove promising_practice from outcome_scores
                  outcome_scores: {promising_practice: 4, met: 3, partly_met: 2, not_met: 1, out_of: 4}
                                                       ^
                """)
    }

    @Test func weightsSharesAndBandsMustBeInRange() throws {
        let copy = try ProjectCopy()
        try copy.edit(ValidationTests.framework, replacing: "{check: visits.recorded,", with: "{check: visits.recorded, weight: 1e308,")
        try copy.edit(ValidationTests.framework, replacing: "minimum_evaluated_share: 0.5", with: "minimum_evaluated_share: 1e300")
        try copy.edit(
            ValidationTests.framework, replacing: "- {grade: outstanding, min_percent: 88}",
            with: "- {grade: outstanding, min_percent: 188}")
        try copy.edit(ValidationTests.framework, replacing: "standard.partly-met-share: 0.5", with: "standard.partly-met-share: 0.95")
        let problems = frameworkMessages(copy)
        #expect(problems.contains("scoring model: a band's min_percent must be between 0 and 100, not 188"))
        #expect(problems.contains { $0.hasPrefix("scoring model: minimum_evaluated_share must be between 0 and 1, not 1") })
        #expect(
            problems.contains { $0.hasPrefix("scoring model: the weight of 'visits.recorded' must be above 0 and at most 1000, not 1") })
        #expect(
            problems.contains(
                "parameter 'standard.partly-met-share': 0.95 is above standard.met-share (0.9); the partly-met bar cannot be higher than the met bar"
            ))
    }

    @Test func aPartlyMetCheckMayNotProduceWorseThanANotMetOne() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            ValidationTests.framework, replacing: "{check: visits.recorded, on_failure: area-for-improvement",
            with: "{check: visits.recorded, on_failure: area-for-improvement, on_partly_met: cause-of-concern")
        #expect(
            frameworkMessages(copy) == [
                "scoring model: 'visits.recorded' would make a cause of concern when partly met but only an area for improvement when not met; on_partly_met may only be milder than on_failure"
            ])
        let milder = try ProjectCopy()
        try milder.edit(
            ValidationTests.framework, replacing: "{check: plans.name-children, on_failure: cause-of-concern",
            with: "{check: plans.name-children, on_failure: cause-of-concern, on_partly_met: area-for-improvement")
        #expect(frameworkMessages(milder) == [])
    }

    /// Each method reads its own settings: a share-of-characteristics model needs
    /// partly_met_counts_as (a share) and takes no outcome scores.
    @Test(arguments: [
        (
            "    partly_met_counts_as: 0.5\n", "",
            "scoring model: a share-of-characteristics model needs partly_met_counts_as, e.g. partly_met_counts_as: 0.5 (a partly met characteristic counts as half of one met)"
        ),
        (
            "    partly_met_counts_as: 0.5\n", "    partly_met_counts_as: 0.5\n    outcome_scores: {met: 3, partly_met: 2, not_met: 1}\n",
            "scoring model: outcome_scores is not read by a share-of-characteristics model; remove it, or change the method"
        ),
        (
            "    partly_met_counts_as: 0.5\n", "    partly_met_counts_as: 1.5\n",
            "scoring model: partly_met_counts_as must be between 0 and 1, not 1.5"
        ),
        ("- id: fixture-characteristics\n", "- id: fixture-percentage\n", "scoring model 'fixture-percentage' is defined more than once"),
    ])
    func eachMethodReadsItsOwnSettings(old: String, new: String, message: String) throws {
        let copy = try ProjectCopy()
        try copy.edit(ValidationTests.framework, replacing: old, with: new)
        #expect(frameworkMessages(copy) == [message])
    }

    @Test func aPercentageModelNeedsOutcomeScores() throws {
        let copy = try ProjectCopy()
        try copy.edit(ValidationTests.framework, replacing: "  outcome_scores: {met: 3, partly_met: 2, not_met: 1, out_of: 4}\n", with: "")
        #expect(
            frameworkMessages(copy) == ["scoring model: a percentage model needs outcome_scores, e.g. {met: 3, partly_met: 2, not_met: 1}"])
    }

    /// Under a model that grades by characteristics, every check of a graded area names the
    /// characteristic it evidences, one of its own area's.
    @Test func checksNameAKnownCharacteristicOfTheirArea() throws {
        let missing = try ProjectCopy()
        try missing.edit(ValidationTests.framework, replacing: "theme: timeliness, characteristic: seen}", with: "theme: timeliness}")
        #expect(
            missing.frameworkProblems() == """
                <root>/Frameworks/fixture-2024.yaml:49:17: error: scoring model: check 'visits.children-seen' in area 'response' names no characteristic it evidences; the scoring model fixture-characteristics@1 grades by characteristics of good, so give it characteristic: <id of one of the area's characteristics>
                      - {check: visits.children-seen, on_failure: area-for-improvement, theme: timeliness}
                                ^
                """)
        let unknown = try ProjectCopy()
        try unknown.edit(ValidationTests.framework, replacing: "characteristic: seen}", with: "characteristic: seeen}")
        #expect(frameworkMessages(unknown) == ["unknown characteristic 'seeen' (did you mean 'seen'?)"])
        let twice = try ProjectCopy()
        try twice.edit(
            ValidationTests.framework, replacing: "{id: seen, text: Every child is seen.}", with: "{id: prompt, text: Every child is seen.}"
        )
        #expect(
            frameworkMessages(twice) == [
                "characteristic 'prompt' is defined more than once", "unknown characteristic 'seen'",
            ])
    }

    @Test func aScaleWithTheSameGradeTwiceIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit("Frameworks/scales/five-tier.yaml", replacing: "  - id: adequate", with: "  - id: good")
        #expect(frameworkMessages(copy).contains("grade 'good' is defined more than once"))
    }

    @Test func aForceMaySetOnlyItsLocalPolicy() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            ValidationTests.inspection, replacing: "  visits.policy: standard", with: "  visits.policy: standard\n  standard.met-share: 0.1"
        )
        let actual = try copy.problems()
        #expect(
            actual == """
                <root>/Forces/alpha/inspections/2025-fixture.yaml:20:3: error: 'standard.met-share' is a standard the framework sets for every force; a force may set only its local policy ('visits.policy'); try other values with `inspector inspect --set`
                  standard.met-share: 0.1
                  ^
                """)
    }

    @Test func aSecondPublishedGradeForAnAreaIsRefused() throws {
        let copy = try ProjectCopy()
        try copy.edit(
            ValidationTests.inspection, replacing: "  - {area: recording, grade: good,", with: "  - {area: response, grade: good,")
        #expect(
            try copy.workspace().problems(force: "alpha").map(\.message) == [
                "area 'response' already has a published grade; give one grade per area"
            ])
    }

    @Test func aYmlFileIsReportedNotIgnored() throws {
        let copy = try ProjectCopy()
        try FileManager.default.moveItem(
            atPath: "\(copy.root)/\(ValidationTests.inspection)", toPath: "\(copy.root)/Forces/alpha/inspections/2025-fixture.yml")
        #expect(
            try copy.workspace().problems(force: "alpha").map(\.description) == [
                "\(copy.root)/Forces/alpha/inspections/2025-fixture.yml:1:1: error: '2025-fixture.yml' ends in .yml and is not read; rename it to end in .yaml"
            ])
    }
}
