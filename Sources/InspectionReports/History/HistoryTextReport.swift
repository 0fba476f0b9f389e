import InspectionHistory
import InspectionKit

/// A force's saved runs on a terminal: the runs newest first, then per area the grade and
/// score over time and per check its main figure over time, each with a sparkline (oldest on
/// the left). Fits 80 columns; the last few runs are written out, every run is in the line.
public enum HistoryTextReport {
    /// How many runs' values are written out beside each sparkline.
    static let valuesShown = 5

    public static func render(_ trend: RunTrend, style: TextStyle = .plain, width: Int = 80) -> String {
        var out: [String] = [style.bold("Run history of \(trend.forceName)")]
        guard !trend.runs.isEmpty else {
            out.append("No run of \(trend.forceID) is saved. Save one with `inspector inspect \(trend.forceID) --save`.")
            return out.joined(separator: "\n") + "\n"
        }
        out.append("\(trend.runs.count) \(trend.runs.count == 1 ? "run" : "runs") saved, newest first (times in UTC).")
        out.append("")
        out.append(style.bold(TextWrap.pad("Run", 6) + TextWrap.pad("Saved", 18) + TextWrap.pad("Inspection", 12) + "Graded under"))
        for run in trend.runs.reversed() {
            out.append(
                TextWrap.pad(run.label, 6) + TextWrap.pad(run.savedAtText, 18) + TextWrap.pad(run.inspectionID, 12) + run.comparabilityKey)
            var notes: [String] = []
            if let whatIf = HistoryText.whatIf(run) { notes.append("what-if: " + whatIf) }
            if let kinds = run.evidenceKinds { notes.append("evidence: " + kinds.joined(separator: ", ")) }
            if run.command != "inspect" { notes.append("saved by \(run.command)") }
            if !notes.isEmpty {
                out.append(style.dim(TextWrap.wrap(notes.joined(separator: "; "), width: width, indent: String(repeating: " ", count: 6))))
            }
        }
        for index in trend.comparabilityBreaks {
            out.append(
                style.yellow(
                    TextWrap.wrap(
                        "Note: from run \(trend.runs[index].label) the runs are graded under \(trend.runs[index].comparabilityKey), not \(trend.runs[index - 1].comparabilityKey); grades before and after may differ for that reason alone.",
                        width: width, indent: "  ")))
        }
        out.append("")
        out.append(style.bold("Areas: computed grade and score per run, oldest to newest"))
        if trend.areas.contains(where: { $0.points.contains { $0?.margin != nil } }) {
            out.append(
                style.dim(
                    TextWrap.wrap(
                        "margin: cases in one check that would move the grade up (↑) and down (↓); – none within the evidence; · not kept",
                        width: width, indent: "  ")))
        }
        for area in trend.areas {
            let cells = zip(area.points, trend.runs).map { HistoryText.gradeCell($0, in: $1) }
            let line = HistoryText.sparkline(area.points.map { $0?.percent }, maximum: 100)
            out.append(
                TextWrap.pad("  " + area.topic, 31) + " " + line + "  " + HistoryText.last(cells, valuesShown).joined(separator: " → "))
            if area.points.contains(where: { $0?.margin != nil }) {
                let margins = area.points.map { $0?.margin.map { MarginText.cell($0) } ?? "·" }
                out.append(
                    style.dim(
                        TextWrap.wrap(
                            "margin " + HistoryText.last(margins, valuesShown).joined(separator: " → "), width: width, indent: "      ",
                            firstIndent: "    ")))
            }
        }
        out.append("")
        out.append(style.bold("Checks: main figure per run, oldest to newest"))
        for check in trend.checks {
            let values = check.values.map { HistoryText.figure($0, check.unit) }
            let line = HistoryText.sparkline(check.values, maximum: HistoryText.maximum(check.unit))
            out.append(TextWrap.wrap("\(check.id): " + style.dim(check.label), width: width, indent: "      ", firstIndent: "  "))
            out.append("      " + line + "  " + HistoryText.last(values, valuesShown).joined(separator: " → "))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
