import InspectionKit

/// Grade margins as the comparison tables write them: "↑2 ↓1" for the cases in one check
/// that would move a grade up and down, "–" where no change of cases can.
enum MarginText {
    /// "↑2 ↓1", "↑– ↓3"; empty when the area is not graded.
    static func cell(_ margin: GradeMargin?) -> String {
        guard let margin else { return "" }
        return "↑" + cases(margin.up) + " ↓" + cases(margin.down)
    }

    /// "2", or "–" when no change of cases moves the grade that way.
    static func cases(_ move: GradeMargin.Move) -> String {
        move.change.map { String($0.cases) } ?? "–"
    }

    static let legend =
        "↑ the fewest cases in one check whose moving from falling short to meeting the standard would lift the computed "
        + "grade, ↓ the fewest whose moving back would lower it, each found by re-scoring; – none within the evidence (or "
        + "the end of the scale); blank where the area is not graded. `inspector inspect <force>` names the check."
}
