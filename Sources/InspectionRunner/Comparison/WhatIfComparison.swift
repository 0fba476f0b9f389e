import InspectionKit
import InspectionLoading

/// What a what-if run changed against the force's own configuration: area grades and check
/// outcomes and statements that differ, nothing else.
public struct WhatIfComparison: Sendable {
    public struct AreaChange: Sendable, Hashable {
        public var area: String
        public var title: String
        public var baseline: String?
        public var whatIf: String?
        public var baselinePercent: Double?
        public var whatIfPercent: Double?
    }

    public struct CheckChange: Sendable, Hashable {
        public var area: String
        public var checkID: String
        public var baseline: CheckResult
        public var whatIf: CheckResult
    }

    public let overrides: [String: ParameterValue]
    public let areas: [AreaChange]
    public let checks: [CheckChange]
    let labels: [String: String]

    public init(baseline: InspectionResult, whatIf: InspectionResult) {
        overrides = whatIf.overrides
        labels = Dictionary(whatIf.scale.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var areas: [AreaChange] = []
        var checks: [CheckChange] = []
        for (before, after) in zip(baseline.areas, whatIf.areas) {
            if before.grading.grade != after.grading.grade || before.grading.percent != after.grading.percent {
                areas.append(
                    AreaChange(
                        area: after.id, title: after.title, baseline: before.grading.grade, whatIf: after.grading.grade,
                        baselinePercent: before.grading.percent, whatIfPercent: after.grading.percent))
            }
            for (old, new) in zip(before.checks, after.checks) where old.result != new.result {
                checks.append(CheckChange(area: after.id, checkID: new.checkID, baseline: old.result, whatIf: new.result))
            }
        }
        self.areas = areas
        self.checks = checks
    }

    /// "requires improvement (31%)" or "not graded": a grade as the comparison words it.
    public func grade(_ id: String?, _ percent: Double?) -> String {
        guard let id else { return "not graded" }
        return (labels[id] ?? id).lowercased() + (percent.map { " (\(Int($0.rounded()))%)" } ?? "")
    }
}
