import ChildData
import Foundation
import InspectionKit
import InspectionRunner
import Testing
import YAML

/// The shipped scoring model's cut points, asserted where they are written (not only through
/// golden reports, which `make golden` would quietly rewrite after an accidental edit), and the
/// case references of every shipped force held to the default rule.
@Suite("The shipped rules")
struct ShippedRulesTests {
    static func model() throws -> (ScoringModel, GradingScale) {
        let workspace = try shippedWorkspace()
        let framework = try #require(workspace.catalog.frameworks["ncpi-2024"])
        return (framework.scoring, try #require(workspace.catalog.scale(for: framework)))
    }

    /// The CQC's cut points, kept on the HMICFRS scale (Frameworks/ncpi-2024.yaml).
    @Test func theGradeBandsAreTheCQCCutPoints() throws {
        let (model, _) = try Self.model()
        #expect(model.id == "hmicfrs-percentage" && model.version == 2)
        #expect(
            model.gradeBands.map { "\($0.grade.value) \(NumberText.plain($0.minPercent))" } == [
                "outstanding 88", "good 63", "adequate 39", "requires-improvement 25", "inadequate 0",
            ])
        #expect(model.minimumEvaluatedShare == 0.5)
    }

    /// An area of two checks weighted so that it lands on `percent`, just at and just below
    /// each cut point the evidence can reach: 25% (every check not met) to 75% (every check met,
    /// promising practice scoring as met, 3 of 4), so the outstanding band (88%) is out of reach.
    @Test(arguments: [
        (75.0, "good"), (63.0, "good"), (62.9, "adequate"), (39.0, "adequate"), (38.9, "requires-improvement"),
        (25.0, "requires-improvement"),
    ])
    func anAreaOnEitherSideOfACutPointTakesItsBand(_ percent: Double, _ grade: String) throws {
        let (model, scale) = try Self.model()
        let grader = AreaGrader(model: model, scale: scale)
        let outcomes = Self.outcomes(percent: percent, grader: grader)
        let grading = grader.grade(outcomes, caps: [:])
        #expect(abs((grading.percent ?? -1) - percent) < 1e-9)
        #expect(grading.grade == grade)
    }

    /// Checks whose weighted scores make `percent` of the maximum of 4: a share at 3 (met, here
    /// as promising practice, which scores no more) and the rest at 1 (not met): 3s + (1 - s) = 4p/100.
    static func outcomes(percent: Double, grader: AreaGrader) -> [CheckOutcome] {
        let share = (4 * percent / 100 - 1) / 2
        func outcome(_ id: String, _ weight: Double, _ result: CheckResult.Outcome, promising: Bool) -> CheckOutcome {
            let result = CheckResult(result, statement: id, promisingPractice: promising, basis: .records)
            return CheckOutcome(
                checkID: id, title: id, weight: weight, onFailure: .areaForImprovement, theme: nil, result: result,
                score: grader.score(result))
        }
        return [outcome("a", share, .met, promising: true), outcome("b", 1 - share, .notMet, promising: false)].filter { $0.weight > 0 }
    }

    /// Every case reference a shipped force uses, in YAML evidence and CSV exports, passes the
    /// default rule alone: no shipped force needs a pattern.
    @Test func everyShippedCaseReferencePassesTheDefaultRule() throws {
        let forces = "\(repositoryRoot)/Forces"
        var references: [String] = []
        let files = FileManager.default.enumerator(atPath: forces)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.contains("/evidence/") && (file.hasSuffix(".yaml") || file.hasSuffix(".csv")) {
            let text = try String(contentsOfFile: "\(forces)/\(file)", encoding: .utf8)
            if file.hasSuffix(".yaml") {
                let root = try YAML.Document.parse(text, file: file).root
                references += (root["records"]?.items ?? []).compactMap { $0["case_ref"]?.scalar }
            } else if file.hasSuffix(".csv") {
                // The first column of every shipped export is its case reference; a returned audit
                // form's rows starting with # are its instructions, not cases.
                references += text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
                    .filter { !$0.hasPrefix("#") }
            }
        }
        #expect(references.count >= 60)
        let refused = references.filter { !CaseReferenceRule.default.accepts($0) }
        #expect(refused.isEmpty, "\(refused)")
        let patterns = try shippedWorkspace().catalog.forces.values.compactMap { $0.force.caseReferencePattern?.value }
        #expect(patterns.isEmpty)
    }
}
