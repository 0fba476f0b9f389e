import InspectionHistory
import InspectionKit

/// An inspection's findings followed to their due dates, in Markdown, in the order of the
/// text report.
public enum FollowUpMarkdownReport {
    public static func render(_ followUp: FollowUp) -> String {
        let t = MarkdownReport.text
        let c = MarkdownReport.code
        var lines = ["# Follow-up: \(t(followUp.inspectionTitle))", ""]
        lines.append("**\(t(followUp.forceName))** · published \(followUp.published.words) · as of **\(DateText.long(followUp.asOf))**")
        lines.append("")
        lines.append(t(FollowUpText.runLine(followUp)))
        lines += ["", "## Duties after publication", ""]
        lines += followUp.duties.map { "- " + t(FollowUpText.duty($0)) }
        lines += ["", "## Overdue", ""]
        let overdue = followUp.overdue
        lines.append(
            overdue.isEmpty
                ? "Nothing is overdue as of \(DateText.long(followUp.asOf))."
                : overdue.map { "- `\(c($0.finding.id))`: \(t($0.state.words))" }.joined(separator: "\n"))
        lines += ["", "## Published findings", ""]
        lines.append("| Id | Kind | Area | Due and status | Response |")
        lines.append("|---|---|---|---|---|")
        for item in followUp.items {
            lines.append(
                "| `\(c(item.finding.id))` | \(t(item.finding.kind.label)) | \(t(item.finding.area ?? "—")) | \(t(FollowUpText.dueAndState(item))) | \(t(item.status?.rawValue ?? "none recorded")) |"
            )
        }
        lines.append("")
        for item in followUp.items {
            lines += ["### `\(c(item.finding.id))`", "", t(item.finding.text), ""]
            lines += item.responses.map { "- Response " + t(FollowUpText.response($0)) }
            if let note = item.evidenceNote { lines.append("- Evidence: \(t(note)).") }
            lines += item.evidence.map { "- Evidence: " + t(FollowUpText.evidence($0, run: followUp.latestRun)) }
            lines.append("")
        }
        lines += ["## Progress since earlier inspections", ""]
        if followUp.progress.entries.isEmpty { lines += ["No earlier inspection is recorded.", ""] }
        for (index, entry) in followUp.progress.entries.enumerated() {
            lines += ["### \(t(FollowUpText.progressHeading(entry, last: index == 0)))", "", t(entry.summary), ""]
            lines += entry.lines.map { "- " + t($0) }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
