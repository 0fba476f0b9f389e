import InspectionHistory
import InspectionKit

/// What changed between two runs, in Markdown, in the order of the text report.
public enum DiffMarkdownReport {
    public static func render(_ diff: RunDiff, level: String = "#", title: String? = nil) -> String {
        let t = MarkdownReport.text
        let c = MarkdownReport.code
        var lines = ["\(level) \(t(title ?? DiffTextReport.heading(diff)))", ""]
        for note in diff.context {
            lines.append("> **Note:** \(t(note))")
            lines.append("")
        }
        guard !diff.isEmpty else {
            lines.append(
                "No change: the grades, scores, outcomes, figures and cases are the same, and so are the evidence files, the parameters and the framework."
            )
            return lines.joined(separator: "\n") + "\n"
        }
        if !diff.parameters.isEmpty {
            lines += ["\(level)# Parameters changed", ""]
            for change in diff.parameters {
                lines.append(
                    "- `\(c(change.name))`: `\(c(change.from ?? "unset"))` → `\(c(change.to ?? "unset"))`"
                        + (change.toOrigin.map { " (now from \(t($0)))" } ?? "") + "; read by "
                        + change.checks.map { "`\(c($0))`" }.joined(separator: ", "))
            }
            lines.append("")
        }
        if !diff.evidence.isEmpty {
            lines += ["\(level)# Evidence files changed", ""]
            lines += diff.evidence.map { "- " + t(DiffTextReport.evidence($0)) }
            lines.append("")
        }
        lines += ["\(level)# Areas", ""]
        if diff.areas.isEmpty { lines += ["No grade, score, outcome, figure or case changed.", ""] }
        for area in diff.areas {
            lines.append("- **\(t(area.title))**: \(t(DiffTextReport.grade(area, diff)))")
            if let shift = HistoryText.marginShift(area) { lines.append("  - " + (area.marginDownShrank ? "**\(t(shift))**" : t(shift))) }
            for check in area.checks {
                lines.append("  - \(t(DiffTextReport.checkLine(check)))")
                for figure in check.figures {
                    lines.append(
                        "    - \(t(figure.label)): \(t(HistoryText.figure(figure.from, figure.unit))) → \(t(HistoryText.figure(figure.to, figure.unit)))"
                    )
                }
                if !check.casesAdded.isEmpty {
                    lines.append("    - Cases now listed: " + check.casesAdded.map { "`\(c($0))`" }.joined(separator: ", "))
                }
                if !check.casesRemoved.isEmpty {
                    lines.append("    - Cases no longer listed: " + check.casesRemoved.map { "`\(c($0))`" }.joined(separator: ", "))
                }
                lines.append("    - *Why:* " + t(check.reasons.map(\.words).joined(separator: "; ")))
            }
        }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
