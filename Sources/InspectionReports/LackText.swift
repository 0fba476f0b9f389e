import InspectionKit
import InspectionRunner

/// What an area that could not be graded lacks, as every report words it.
enum LackText {
    /// `Not graded for want of evidence: partnerships.joint-risk-assessment lacks an
    /// inspection-observation on joint-risk-assessments; …`; nil when the area is graded or
    /// nothing is lacking.
    static func sentence(_ area: AreaResult) -> String? {
        guard area.grading.grade == nil, !area.lacking.isEmpty else { return nil }
        return "To be graded, the evidence lacks: " + area.lacking.map(\.words).joined(separator: "; ") + "."
    }

    /// One line per force and area not graded in a comparison, naming the checks that lack
    /// evidence (the inspection's report, and the JSON here, say what each needs):
    /// `Cleveland, Partnership working: 2 of 3 checks lack evidence (…); see inspector inspect cleveland`.
    static func comparisonLines(_ comparison: Comparison) -> [String] {
        comparison.rows.flatMap { row in
            row.result.areas.compactMap { area -> String? in
                guard area.grading.grade == nil, !area.lacking.isEmpty else { return nil }
                let applicable = area.checks.filter { $0.result.outcome != .notApplicable }.count
                return "\(row.force.shortName), \(area.topic): \(area.lacking.count) of \(applicable) checks lack evidence ("
                    + area.lacking.map(\.checkID).joined(separator: ", ") + "); inspector inspect \(row.force.id) says what each needs."
            }
        }
    }
}
