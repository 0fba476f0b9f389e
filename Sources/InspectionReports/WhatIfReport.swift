import InspectionKit
import InspectionRunner

/// The what-if section of a report, in every format.
extension WhatIfComparison {
    var heading: String {
        "What changes with " + overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
    }

    public func text(style: TextStyle = .plain, width: Int = 80) -> String {
        var out = [style.bold(heading)]
        if areas.isEmpty && checks.isEmpty { out.append("  Nothing: every grade, outcome and statement is the same.") }
        for change in areas {
            out.append(
                TextWrap.wrap(
                    "\(change.title): \(grade(change.baseline, change.baselinePercent)) → \(grade(change.whatIf, change.whatIfPercent))",
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
            out.append(
                "- **\(MarkdownReport.text(change.title))**: \(grade(change.baseline, change.baselinePercent)) → \(grade(change.whatIf, change.whatIfPercent))"
            )
        }
        for change in checks {
            out.append(
                "- `\(change.checkID)`: \(change.baseline.outcome.label) → \(change.whatIf.outcome.label). Before: \(MarkdownReport.text(change.baseline.statement)) After: \(MarkdownReport.text(change.whatIf.statement))"
            )
        }
        return out.joined(separator: "\n") + "\n"
    }

    public var json: JSONValue {
        .object([
            ("parameters", .object(overrides.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.description)) })),
            (
                "areas",
                .array(
                    areas.map { change in
                        .object([
                            ("area", .string(change.area)), ("baseline_grade", .optional(change.baseline)),
                            ("what_if_grade", .optional(change.whatIf)),
                            ("baseline_percent", .optional(change.baselinePercent.map { ($0 * 10).rounded() / 10 })),
                            ("what_if_percent", .optional(change.whatIfPercent.map { ($0 * 10).rounded() / 10 })),
                        ])
                    })
            ),
            (
                "checks",
                .array(
                    checks.map { change in
                        .object([
                            ("area", .string(change.area)), ("check", .string(change.checkID)),
                            ("baseline_outcome", .string(change.baseline.outcome.rawValue)),
                            ("what_if_outcome", .string(change.whatIf.outcome.rawValue)),
                            ("baseline_statement", .string(change.baseline.statement)),
                            ("what_if_statement", .string(change.whatIf.statement)),
                        ])
                    })
            ),
        ])
    }
}
