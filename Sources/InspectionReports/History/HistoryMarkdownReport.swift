import InspectionHistory
import InspectionKit

/// A force's saved runs in Markdown: the runs newest first with each area's grade and score,
/// then each check's main figure per run, as plain numbers.
public enum HistoryMarkdownReport {
    public static func render(_ trend: RunTrend) -> String {
        var lines = ["# Run history of \(MarkdownReport.text(trend.forceName))", ""]
        guard !trend.runs.isEmpty else {
            lines.append("No run of `\(MarkdownReport.code(trend.forceID))` is saved.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(trend.runs.count) \(trend.runs.count == 1 ? "run" : "runs") saved, newest first (times in UTC).")
        lines.append("")
        for index in trend.comparabilityBreaks {
            lines.append(
                "> **Note:** from run \(trend.runs[index].label) the runs are graded under `\(MarkdownReport.code(trend.runs[index].comparabilityKey))`, not `\(MarkdownReport.code(trend.runs[index - 1].comparabilityKey))`; grades before and after may differ for that reason alone."
            )
            lines.append("")
        }
        lines.append("## Grades per run")
        lines.append("")
        lines.append(
            "| Run | Saved | Inspection | Graded under | " + trend.areas.map { MarkdownReport.text($0.topic) }.joined(separator: " | ")
                + " |")
        lines.append("|---|---|---|---|" + String(repeating: "---|", count: trend.areas.count))
        for (index, run) in trend.runs.enumerated().reversed() {
            let cells = trend.areas.map { HistoryText.gradeWords($0.points[index], in: run) }
            let notes = HistoryText.whatIf(run).map { " (what-if: `\(MarkdownReport.code($0))`)" } ?? ""
            lines.append(
                "| \(run.label)\(notes) | \(run.savedAtText) | `\(MarkdownReport.code(run.inspectionID))` | `\(MarkdownReport.code(run.comparabilityKey))` | "
                    + cells.map(MarkdownReport.text).joined(separator: " | ") + " |")
        }
        lines.append("")
        if trend.areas.contains(where: { $0.points.contains { $0?.margin != nil } }) {
            lines.append("## Grade margins per run, oldest to newest")
            lines.append("")
            lines.append(
                "Cases in one check that would move the grade up (↑) and down (↓); – none within the evidence; · not kept (not graded, or saved before margins were kept)."
            )
            lines.append("")
            lines.append("| Area | " + trend.runs.map(\.label).joined(separator: " | ") + " |")
            lines.append("|---|" + String(repeating: "---|", count: trend.runs.count))
            for area in trend.areas {
                lines.append(
                    "| \(MarkdownReport.text(area.topic)) | "
                        + area.points.map { $0?.margin.map { MarginText.cell($0) } ?? "·" }.joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines.append("## Checks: main figure per run, oldest to newest")
        lines.append("")
        lines.append("| Check | Figure | " + trend.runs.map(\.label).joined(separator: " | ") + " |")
        lines.append("|---|---|" + String(repeating: "---|", count: trend.runs.count))
        for check in trend.checks {
            lines.append(
                "| `\(MarkdownReport.code(check.id))` | \(MarkdownReport.text(check.label)) | "
                    + check.values.map { HistoryText.figure($0, check.unit) }.map(MarkdownReport.text).joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
