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
    private let labels: [String: String]

    public init(baseline: InspectionResult, whatIf: InspectionResult) {
        overrides = whatIf.overrides
        labels = Dictionary(whatIf.scale.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var areas: [AreaChange] = []
        var checks: [CheckChange] = []
        for (before, after) in zip(baseline.areas, whatIf.areas) {
            if before.grading.grade != after.grading.grade || before.grading.percent != after.grading.percent {
                areas.append(AreaChange(area: after.id, title: after.title, baseline: before.grading.grade, whatIf: after.grading.grade,
                                        baselinePercent: before.grading.percent, whatIfPercent: after.grading.percent))
            }
            for (old, new) in zip(before.checks, after.checks) where old.result != new.result {
                checks.append(CheckChange(area: after.id, checkID: new.checkID, baseline: old.result, whatIf: new.result))
            }
        }
        self.areas = areas
        self.checks = checks
    }

    private var heading: String {
        "What changes with " + overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    /// "requires improvement (31%)" or "not graded": a grade as the comparison words it.
    public func grade(_ id: String?, _ percent: Double?) -> String {
        guard let id else { return "not graded" }
        return (labels[id] ?? id).lowercased() + (percent.map { " (\(Int($0.rounded()))%)" } ?? "")
    }

    public func text(style: TextStyle = .plain, width: Int = 80) -> String {
        var out = [style.bold(heading)]
        if areas.isEmpty && checks.isEmpty { out.append("  Nothing: every grade, outcome and statement is the same.") }
        for change in areas {
            out.append(TextWrap.wrap("\(change.title): \(grade(change.baseline, change.baselinePercent)) → \(grade(change.whatIf, change.whatIfPercent))",
                                     width: width, indent: "    ", firstIndent: "  - "))
        }
        for change in checks {
            out.append("  - \(change.checkID): \(change.baseline.outcome.label) → \(change.whatIf.outcome.label)")
            out.append(TextWrap.wrap("before: " + change.baseline.statement, width: width, indent: "      "))
            out.append(TextWrap.wrap("after:  " + change.whatIf.statement, width: width, indent: "      "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var out = ["## \(MarkdownReport.text(heading))", ""]
        if areas.isEmpty && checks.isEmpty { out.append("Nothing: every grade, outcome and statement is the same.") }
        for change in areas {
            out.append("- **\(MarkdownReport.text(change.title))**: \(grade(change.baseline, change.baselinePercent)) → \(grade(change.whatIf, change.whatIfPercent))")
        }
        for change in checks {
            out.append("- `\(change.checkID)`: \(change.baseline.outcome.label) → \(change.whatIf.outcome.label). Before: \(MarkdownReport.text(change.baseline.statement)) After: \(MarkdownReport.text(change.whatIf.statement))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    public var json: JSONValue {
        .object([
            ("parameters", .object(overrides.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.description)) })),
            ("areas", .array(areas.map { change in
                .object([
                    ("area", .string(change.area)), ("baseline_grade", .optional(change.baseline)), ("what_if_grade", .optional(change.whatIf)),
                    ("baseline_percent", .optional(change.baselinePercent.map { ($0 * 10).rounded() / 10 })),
                    ("what_if_percent", .optional(change.whatIfPercent.map { ($0 * 10).rounded() / 10 })),
                ])
            })),
            ("checks", .array(checks.map { change in
                .object([
                    ("area", .string(change.area)), ("check", .string(change.checkID)),
                    ("baseline_outcome", .string(change.baseline.outcome.rawValue)), ("what_if_outcome", .string(change.whatIf.outcome.rawValue)),
                    ("baseline_statement", .string(change.baseline.statement)), ("what_if_statement", .string(change.whatIf.statement)),
                ])
            })),
        ])
    }
}
