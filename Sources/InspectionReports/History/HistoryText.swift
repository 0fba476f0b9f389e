import InspectionHistory
import InspectionKit

/// Words and marks the history, diff and follow-up reports share.
enum HistoryText {
    /// `▁▃█`: one bar per value, scaled from 0 to `maximum` (or to the largest value); a gap
    /// (`·`) where a run has no value.
    static func sparkline(_ values: [Double?], maximum: Double? = nil) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let top = maximum ?? max(values.compactMap { $0 }.max() ?? 0, 0)
        return String(
            values.map { value -> Character in
                guard let value else { return "·" }
                guard top > 0 else { return bars[0] }
                let index = Int((min(max(value, 0), top) / top * Double(bars.count - 1)).rounded())
                return bars[index]
            })
    }

    /// The scale a sparkline of a figure uses: shares 0–1, everything else from 0 to its largest.
    static func maximum(_ unit: CheckResult.Figure.Unit) -> Double? { unit == .share ? 1 : nil }

    /// `A 58%`, `RI 31%` or `–` (not graded), `n/a` when the run has no such area.
    static func gradeCell(_ area: RunRecord.Area?, in run: RunRecord) -> String {
        guard let area else { return "n/a" }
        guard let grade = area.grade else { return "–" }
        return (run.grade(grade)?.abbreviation ?? grade) + (area.percent.map { " \(Int($0.rounded()))%" } ?? "")
    }

    /// `Adequate (58%)` or `not graded`.
    static func gradeWords(_ area: RunRecord.Area?, in run: RunRecord) -> String {
        guard let area else { return "not in this run" }
        guard let grade = area.grade else { return "not graded" }
        return run.label(of: grade) + (area.percent.map { " (\(NumberText.plain(($0 * 10).rounded() / 10))%)" } ?? "")
    }

    /// A published grade in words: `Adequate`, `unknown`, `not inspected`.
    static func publishedWords(_ area: RunRecord.Area?, in run: RunRecord) -> String {
        guard let area, let published = area.published else { return "not inspected" }
        return published == PublishedJudgement.unknown ? "unknown" : run.label(of: published)
    }

    /// A figure's value as tables print it: 50%, 7.5 h, 10 d, 12; `–` when absent.
    static func figure(_ value: Double?, _ unit: CheckResult.Figure.Unit) -> String {
        value.map { ComparisonTextReport.format($0, unit) } ?? "–"
    }

    /// `3 of 6`, or `–`.
    static func count(_ count: CheckResult.Count?) -> String {
        count.map { "\($0.met) of \($0.of)" } ?? "–"
    }

    /// The last `limit` items, with `…` first when some were left out.
    static func last(_ items: [String], _ limit: Int) -> [String] {
        items.count <= limit ? items : ["…"] + items.suffix(limit)
    }

    /// One direction of a grade margin in a few words: `1 case (missing.risk-grading)`,
    /// `none within the evidence`, `end of the scale`.
    static func marginWords(_ move: GradeMargin.Move) -> String {
        if let change = move.change { return "\(change.cases) \(change.cases == 1 ? "case" : "cases") (\(change.check))" }
        return move.limit == .noneWithinEvidence ? "none within the evidence" : "end of the scale"
    }

    /// How an area's grade margin changed between two runs, or nil when it did not: "margin down
    /// 3 cases (x) → 1 case (x), closer to a lower grade".
    static func marginShift(_ area: RunDiff.AreaChange) -> String? {
        guard area.marginChanged, let from = area.from?.margin, let to = area.to?.margin else { return nil }
        var parts: [String] = []
        for (old, new) in [(from.up, to.up), (from.down, to.down)] where old != new {
            parts.append("\(new.direction.rawValue) \(marginWords(old)) → \(marginWords(new))")
        }
        guard !parts.isEmpty else { return nil }
        return "Grade margin: " + parts.joined(separator: "; ") + (area.marginDownShrank ? " (closer to a lower grade)" : "")
    }

    /// What-if values in words, or nil when none.
    static func whatIf(_ run: RunRecord) -> String? {
        run.whatIf.isEmpty ? nil : run.whatIf.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")
    }
}
