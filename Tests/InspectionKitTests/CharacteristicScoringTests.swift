import Foundation
import InspectionKit
import InspectionRunner
import Testing
import YAML

/// The share-of-characteristics model (the fixture's `fixture-characteristics@1`: a partly met
/// characteristic counts half; good from 75%, adequate from 25%; at least half the
/// characteristics assessed), grading checks tied to four characteristics a, b, c, d.
@Suite("Grading by the share of characteristics of good")
struct CharacteristicScoringTests {
    static let framework: Framework = try! YAMLDecoder().decode(fileAt: "\(fixtureRoot)/Frameworks/fixture-2024.yaml", as: Framework.self)
    static let model = framework.scoringModel(named: "fixture-characteristics")!
    static let characteristics: [Characteristic] = try! YAMLDecoder().decode(
        [Characteristic].self,
        from: """
            - {id: a, text: Children are visited promptly.}
            - {id: b, text: Every child is seen.}
            - {id: c, text: Every visit is recorded.}
            - Plans name children.
            """, file: "characteristics.yaml")
    let grader = AreaGrader(model: model, scale: GradingTests.scale)

    func check(
        _ id: String, _ outcome: CheckResult.Outcome, evidences characteristic: String?, promising: Bool = false, serious: Bool = false,
        weight: Double = 1
    ) -> CheckOutcome {
        let result = CheckResult(outcome, statement: id, promisingPractice: promising, serious: serious, basis: .records)
        return CheckOutcome(
            checkID: id, title: id, weight: weight, onFailure: .areaForImprovement, theme: nil, result: result, score: grader.score(result),
            characteristic: characteristic)
    }

    func grade(_ checks: [CheckOutcome], caps: [String: String] = [:]) -> AreaGrading {
        grader.grade(checks, characteristics: Self.characteristics, caps: caps)
    }

    @Test func theModelIsReadFromTheFramework() {
        #expect(Self.model.versionedID == "fixture-characteristics@1")
        #expect(Self.model.method == .shareOfCharacteristics)
        #expect(Self.model.partlyMetCountsAs == 0.5)
        #expect(Self.framework.scoringModels.map(\.versionedID) == ["fixture-percentage@1", "fixture-characteristics@1"])
    }

    /// Met when every evaluated check is met, not met when every one is not met, partly met
    /// otherwise; not assessed when none was evaluated, or none evidences it.
    @Test func eachCharacteristicsStateFollowsItsChecks() {
        let grading = grade([
            check("a1", .met, evidences: "a"), check("a2", .met, evidences: "a"),
            check("b1", .met, evidences: "b"), check("b2", .notMet, evidences: "b"),
            check("c1", .notMet, evidences: "c"), check("c2", .couldNotEvaluate, evidences: "c"),
        ])
        #expect(grading.characteristics.map(\.state) == [.met, .partlyMet, .notMet, .notAssessed])
        #expect(grading.characteristics.map(\.checks) == [["a1", "a2"], ["b1", "b2"], ["c1"], []])
        #expect(grading.characteristics.map(\.id) == ["a", "b", "c", nil])
        #expect(grading.percent == 50)
        #expect(grading.grade == "adequate")
        #expect(
            grading.basis
                == "50% of the characteristics of good demonstrated (1 met, 1 partly met (counted as 0.5 each), 1 not met of 3 assessed; 1 not assessed); the adequate band (some) starts at 25%."
        )
    }

    @Test(arguments: [
        ([CheckResult.Outcome.met, .met, .met], "good", 100.0),
        ([.met, .met, .partlyMet], "good", 250.0 / 3),
        ([.met, .partlyMet, .notMet], "adequate", 50.0),
        ([.partlyMet, .notMet, .notMet], "requires-improvement", 50.0 / 3),
        ([.notMet, .notMet, .notMet], "requires-improvement", 0.0),
    ])
    func substantiallyAllSomeOrFewIfAny(outcomes: [CheckResult.Outcome], grade expected: String, percent: Double) {
        let grading = grade(zip(outcomes, ["a", "b", "c"]).map { check("check-\($1)", $0, evidences: $1) })
        #expect(grading.grade == expected)
        #expect(abs((grading.percent ?? -1) - percent) < 1e-9)
    }

    /// Outstanding means the characteristics substantially exceeded: no check measures that,
    /// and promising practice is highlighted, never scored above met.
    @Test func promisingPracticeEverywhereIsGoodNeverOutstanding() {
        let checks = ["a", "b", "c"].map { check("check-\($0)", .met, evidences: $0, promising: true) }
        let grading = grade(checks)
        #expect(grading.grade == "good")
        #expect(
            grading.basis
                == "100% of the characteristics of good demonstrated (3 met, 0 not met of 3 assessed; 1 not assessed); the good band (substantially all) starts at 75%; every characteristic assessed is met, but outstanding needs them exceeded, which no check measures (promising practice is highlighted, never scored above met)."
        )
        #expect(grading == grade(["a", "b", "c"].map { check("check-\($0)", .met, evidences: $0) }), "promising practice changes nothing")
    }

    @Test func tooFewCharacteristicsAssessedMeansNotGraded() {
        let grading = grade([check("a1", .met, evidences: "a"), check("b1", .couldNotEvaluate, evidences: "b")])
        #expect(grading.grade == nil)
        #expect(grading.percent == nil)
        #expect(
            grading.basis
                == "Not graded: only 1 of 4 characteristics of good could be assessed; the scoring model needs at least 50% of them.")
        #expect(grading.characteristics.map(\.state) == [.met, .notAssessed, .notAssessed, .notAssessed])
    }

    @Test func weightsAreNotRead() {
        let light = grade([check("a1", .met, evidences: "a"), check("b1", .notMet, evidences: "b", weight: 100)])
        let heavy = grade([check("a1", .met, evidences: "a", weight: 100), check("b1", .notMet, evidences: "b")])
        #expect(light.percent == 50)
        #expect(light == heavy)
    }

    @Test func aCauseOfConcernMakesTheAreaInadequateAndWithoutOneTheFloorHolds() {
        let concern = grade([
            check("a1", .met, evidences: "a"), check("b1", .met, evidences: "b"), check("c1", .notMet, evidences: "c", serious: true),
        ])
        #expect(concern.grade == "inadequate")
        #expect(concern.adjustments == ["capped at inadequate by a cause of concern (c1)"])
        let floor = grade([check("a1", .notMet, evidences: "a"), check("b1", .notMet, evidences: "b")])
        #expect(floor.grade == "requires-improvement")
        #expect(floor.adjustments.isEmpty, "requires improvement is the last band, so no rule raised it")
    }

    @Test func aLimitingCheckCapsTheGradeAsUnderEveryModel() {
        let checks = [check("a1", .met, evidences: "a"), check("b1", .met, evidences: "b"), check("c1", .met, evidences: "c")]
        let capped = grade(checks + [check("key", .notMet, evidences: "a")], caps: ["key": "requires-improvement"])
        #expect(capped.characteristics.map(\.state) == [.partlyMet, .met, .met, .notAssessed])
        #expect(capped.grade == "requires-improvement")
        #expect(capped.adjustments == ["capped at requires improvement because key is not met"])
    }

    @Test func checksScoreNothingUnderThisModel() {
        #expect(check("a1", .met, evidences: "a").score == nil)
    }
}
