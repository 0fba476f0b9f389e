import Foundation
import InspectionKit
import InspectionReports
import InspectionRunner
import Testing
import YAML

/// The scoring model: scores, bands, limiting rules and "not graded".
@Suite("Grading an area")
struct GradingTests {
    static let scale: GradingScale = try! YAMLDecoder().decode(fileAt: "\(fixtureRoot)/Frameworks/scales/five-tier.yaml")
    static let model: ScoringModel = try! YAMLDecoder().decode(fileAt: "\(fixtureRoot)/Frameworks/fixture-2024.yaml", as: Framework.self)
        .scoring
    let grader = AreaGrader(model: model, scale: scale)

    func check(
        _ id: String, _ outcome: CheckResult.Outcome, promising: Bool = false, serious: Bool = false,
        onFailure: FindingClass = .areaForImprovement, onPartlyMet: FindingClass? = nil, weight: Double = 1
    ) -> CheckOutcome {
        let result = CheckResult(outcome, statement: id, promisingPractice: promising, serious: serious, basis: .records)
        return CheckOutcome(
            checkID: id, title: id, weight: weight, onFailure: onFailure, onPartlyMet: onPartlyMet, theme: nil, result: result,
            score: grader.score(result))
    }

    @Test func outcomesScoreThreeToOnePromisingPracticeAsMet() {
        #expect(
            [
                check("a", .met, promising: true), check("b", .met), check("c", .partlyMet), check("d", .notMet),
                check("e", .notApplicable), check("f", .couldNotEvaluate),
            ].map(\.score) == [3, 3, 2, 1, nil, nil])
    }

    @Test(arguments: [
        ([CheckResult.Outcome.met, .met, .met], "good", 75.0),
        ([.met, .partlyMet, .notMet], "adequate", 50.0),
        ([.partlyMet, .notMet, .notMet], "requires-improvement", 100.0 / 3),
        ([.notMet, .notMet], "requires-improvement", 25.0),
    ])
    func bandsGiveTheGrade(outcomes: [CheckResult.Outcome], grade: String, percent: Double) {
        let grading = grader.grade(outcomes.enumerated().map { check("c\($0.offset)", $0.element) }, caps: [:])
        #expect(grading.grade == grade)
        #expect(abs((grading.percent ?? -1) - percent) < 1e-9)
    }

    /// Promising practice is highlighted, never scored above met: it cannot lift an area
    /// towards outstanding (out of 4, met's 3 is 75%, in the good band).
    @Test func promisingPracticeEverywhereIsStillGood() {
        let grading = grader.grade([check("a", .met, promising: true), check("b", .met, promising: true)], caps: [:])
        #expect(grading.grade == "good")
        #expect(grading.basis == "75% of the maximum score (all 2 checks evaluated); the good band starts at 63%.")
        #expect(grading == grader.grade([check("a", .met), check("b", .met)], caps: [:]))
    }

    @Test func weightsCount() {
        let grading = grader.grade([check("a", .met, weight: 3), check("b", .notMet, weight: 1)], caps: [:])
        #expect(grading.percent == 62.5)
        #expect(grading.grade == "adequate")
    }

    @Test func aLimitingCheckCapsTheGradeWhenNotMet() {
        let checks = [check("a", .met), check("b", .met), check("c", .met), check("d", .met), check("key", .notMet)]
        let grading = grader.grade(checks, caps: ["key": "requires-improvement"])
        #expect(grading.grade == "requires-improvement")
        #expect(grading.adjustments == ["capped at requires improvement because key is not met"])
        #expect(grader.grade(checks, caps: [:]).grade == "good")
    }

    @Test func aCauseOfConcernMakesTheAreaInadequate() {
        let checks = [check("a", .met), check("b", .met), check("c", .partlyMet, onFailure: .causeOfConcern)]
        let grading = grader.grade(checks, caps: [:])
        #expect(grading.grade == "inadequate")
        #expect(grading.adjustments == ["capped at inadequate by a cause of concern (c)"])
    }

    @Test func theFrameworkChoosesWhatAPartlyMetCheckProduces() {
        let partly = check("c", .partlyMet, onFailure: .causeOfConcern, onPartlyMet: .areaForImprovement)
        #expect(partly.shortfallClass == .areaForImprovement)
        #expect(grader.grade([check("a", .met), check("b", .met), partly], caps: [:]).grade == "good")
        let notMet = check("c", .notMet, onFailure: .causeOfConcern, onPartlyMet: .areaForImprovement)
        #expect(notMet.shortfallClass == .causeOfConcern)
        #expect(grader.grade([check("a", .met), check("b", .met), notMet], caps: [:]).grade == "inadequate")
        #expect(check("c", .met, onFailure: .causeOfConcern).shortfallClass == nil)
    }

    @Test func aSeriousResultIsACauseOfConcernWhateverTheFrameworkSays() {
        let grading = grader.grade([check("a", .met), check("b", .notMet, serious: true)], caps: [:])
        #expect(grading.grade == "inadequate")
    }

    @Test func withoutACauseOfConcernAnAreaIsNotInadequate() {
        let grading = grader.grade([check("a", .notMet)], caps: [:])
        #expect(grading.percent == 25)
        #expect(grading.grade == "requires-improvement")
    }

    @Test func tooLittleEvaluatedEvidenceMeansNotGraded() {
        let grading = grader.grade([check("a", .met), check("b", .couldNotEvaluate), check("c", .couldNotEvaluate)], caps: [:])
        #expect(grading.grade == nil)
        #expect(grading.percent == nil)
        #expect(
            grading.basis
                == "Not graded: only 1 of 3 checks could be evaluated (b, c could not); the scoring model needs at least 50% of the area's weight."
        )
    }

    /// A cause of concern caps the area at inadequate, the scale's lowest grade: no result of
    /// the checks not evaluated could change it, so it decides the grade however little else is
    /// known (Gloucestershire 2025 was published inadequate in three areas with little more).
    @Test func aCauseOfConcernDecidesAnAreaWithTooLittleEvidenceToScore() {
        let grading = grader.grade(
            [check("a", .notMet, serious: true), check("b", .couldNotEvaluate), check("c", .couldNotEvaluate)], caps: [:])
        #expect(grading.grade == "inadequate")
        #expect(grading.percent == 25)
        #expect(
            grading.basis
                == "25% of the maximum score (1 of 3 checks evaluated, fewer than the 50% of the area's weight needed to grade from scores); decided by a cause of concern (a): inadequate is the lowest grade, so no result of the 2 checks not evaluated (b, c) could change it."
        )
        #expect(grading.adjustments.count == 1)
    }

    @Test func aShortfallThatIsNoCauseOfConcernDecidesNothing() {
        let grading = grader.grade([check("a", .notMet), check("b", .couldNotEvaluate), check("c", .couldNotEvaluate)], caps: [:])
        #expect(grading.grade == nil)
    }

    @Test func notApplicableChecksLeaveTheWeight() {
        let grading = grader.grade([check("a", .met), check("b", .notApplicable)], caps: [:])
        #expect(grading.grade == "good")
        #expect(grading.basis.hasPrefix("75% of the maximum score (all 1 checks evaluated)"))
    }
}

extension YAMLDecoder {
    func decode<T: Decodable>(fileAt path: String, as type: T.Type) throws -> T {
        try decode(type, fileAt: path)
    }
}

/// The floor rule, with a model where not met scores 0 so that an area can fall below the
/// requires-improvement band without a cause of concern.
@Suite("Grading: the floor without a cause of concern")
struct GradingFloorTests {
    @Test func withoutACauseOfConcernTheFloorRaisesTheGrade() throws {
        var model = GradingTests.model
        model.outcomeScores?.notMet = 0
        let grader = AreaGrader(model: model, scale: GradingTests.scale)
        let result = CheckResult(.notMet, statement: "x", basis: .records)
        let checks = [
            CheckOutcome(
                checkID: "a", title: "a", weight: 1, onFailure: .areaForImprovement, theme: nil, result: result, score: grader.score(result)
            )
        ]
        let grading = grader.grade(checks, caps: [:])
        #expect(grading.percent == 0)
        #expect(grading.grade == "requires-improvement")
        #expect(grading.adjustments == ["raised to requires improvement: without a cause of concern an area is not graded below it"])
    }
}

@Suite("Numbers as reports print them")
struct NumberTextTests {
    @Test(arguments: [(0.00004, "0"), (0.99997, "1"), (1.00001, "1"), (0.125, "0.125"), (-0.5, "-0.5"), (12, "12"), (1e20, "1e+20")])
    func plainNumbersHaveNoExponentAndNoTrailingPoint(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
    }

    @Test func percentagesAndNonFiniteValues() {
        #expect(NumberText.percent(0.874) == "87.4%")
        #expect(NumberText.percent(0.88) == "88%")
        #expect(NumberText.percent(1e300).hasSuffix("%"))
        #expect(NumberText.plain(.nan) == "not a number")
        #expect(JSONValue.number(.infinity).serialized() == "null\n")
    }
}
