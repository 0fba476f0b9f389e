import InspectionHistory
import InspectionKit

/// A force's saved runs as one self-contained HTML page: the runs newest first, then a line
/// chart per area (score and grade per run) and per check (its main figure per run), each
/// chart with its values written beside its points and described in words.
public enum HTMLHistoryReport {
    public static func render(_ trend: RunTrend) -> String {
        let body: [HTML] = ["<h1>Run history of \(trend.forceName)</h1>\n"] + sections(trend, level: 2)
        return HTMLDocument.page(title: "Run history of \(trend.forceName)", generator: .current, body: HTML(body))
    }

    /// The history after the page's heading: the runs, then a chart per area and per check,
    /// with headings at `level` (2 on a page of its own; 3 within the site's force page).
    package static func sections(_ trend: RunTrend, level: Int) -> [HTML] {
        let heading = "h\(min(max(level, 2), 5))"
        var body: [HTML] = []
        guard !trend.runs.isEmpty else {
            return ["<p>No run of <code>\(trend.forceID)</code> is saved.</p>\n"]
        }
        body.append(
            "<p class=\"meta\">\(trend.runs.count) \(trend.runs.count == 1 ? "run" : "runs") saved, newest first (times in UTC).</p>\n")
        for index in trend.comparabilityBreaks {
            body.append(
                "<p class=\"notice\">From run \(trend.runs[index].label) the runs are graded under <code>\(trend.runs[index].comparabilityKey)</code>, not <code>\(trend.runs[index - 1].comparabilityKey)</code>; grades before and after may differ for that reason alone.</p>\n"
            )
        }
        // What every run shares is said once, above the table, so that the grades fit beside it.
        let keys = Set(trend.runs.map(\.comparabilityKey))
        let oneKey = keys.count == 1
        let rows = trend.runs.enumerated().reversed().map { index, run -> [HTML] in
            ["\(run.label)", "\(run.savedAtText)", HTMLDocument.code(run.inspectionID)]
                + (oneKey ? [] : [HTMLDocument.code(run.comparabilityKey)])
                + ["\(HistoryText.whatIf(run) ?? "—")"]
                + trend.areas.map { area in HTMLDocument.badge(area.points[index]?.grade, scale(run)) }
        }
        body.append("<\(heading)>Runs</\(heading)>\n")
        if oneKey, let key = keys.first { body.append("<p class=\"meta\">Every run graded under <code>\(key)</code>.</p>\n") }
        body.append(
            HTMLDocument.table(
                head: ["Run", "Saved", "Inspection"] + (oneKey ? [] : ["Graded under"]) + ["What-if"] + trend.areas.map(\.topic),
                rows: rows, class: "runs"))
        if trend.areas.contains(where: { $0.points.contains { $0?.margin != nil } }) {
            let marginRows = trend.areas.map { area -> [HTML] in
                ["\(area.topic)"] + area.points.map { "\($0?.margin.map { MarginText.cell($0) } ?? "·")" as HTML }
            }
            body.append("<\(heading)>Grade margins per run</\(heading)>\n")
            body.append(
                "<p class=\"meta\">Cases in one check that would move the grade up (↑) and down (↓), oldest run first; – none within the evidence; · not kept.</p>\n"
            )
            body.append(HTMLDocument.table(head: ["Area"] + trend.runs.map(\.label), rows: marginRows, class: "label-first"))
        }
        body.append("<\(heading)>Areas: score and grade per run</\(heading)>\n")
        // An area no run graded has no line to draw: it is said in words, not drawn as an empty chart.
        let neverGraded = trend.areas.filter { area in area.points.allSatisfy { $0?.grade == nil } }
        if !neverGraded.isEmpty {
            let items = neverGraded.map { area -> HTML in
                let basis = area.points.last { $0 != nil }??.basis
                return "<strong>\(area.title)</strong>: not graded in any run" + (basis.map { ". Latest run: \($0)" } ?? "") + "."
            }
            body.append("<p>Areas no run graded, so with no chart:</p>\n" + HTMLDocument.list(items))
        }
        for area in trend.areas where !neverGraded.contains(where: { $0.id == area.id }) {
            let labels = zip(area.points, trend.runs).map { HistoryText.gradeCell($0, in: $1) }
            let description =
                "\(area.title), oldest run first: " + zip(trend.runs, labels).map { "\($0.label) \($1)" }.joined(separator: ", ") + "."
            body.append(
                "<figure>\n"
                    + lineChart(
                        area.points.map { $0?.percent }, runs: trend.runs, maximum: 100, topLabel: "100%", pointLabels: labels,
                        title: "\(area.title): score per run", description: description)
                    + "<figcaption>\(area.title): score (0–100%) and computed grade per run.</figcaption>\n</figure>\n")
        }
        body.append("<\(heading)>Checks: main figure per run</\(heading)>\n")
        for check in trend.checks {
            let labels = check.values.map { HistoryText.figure($0, check.unit) }
            let description =
                "\(check.id), \(check.label), oldest run first: "
                + zip(trend.runs, labels).map { "\($0.label) \($1)" }.joined(separator: ", ") + "."
            let maximum = HistoryText.maximum(check.unit) ?? max(check.values.compactMap { $0 }.max() ?? 1, 1e-9)
            body.append(
                "<figure>\n"
                    + lineChart(
                        check.values, runs: trend.runs, maximum: maximum, topLabel: HistoryText.figure(maximum, check.unit),
                        pointLabels: labels,
                        title: "\(check.id): \(check.label)", description: description)
                    + "<figcaption><code>\(check.id)</code>: \(check.label).</figcaption>\n</figure>\n")
        }
        return body
    }

    private static func scale(_ run: RunRecord) -> [GradingScale.Grade] {
        run.scale.map { GradingScale.Grade(id: $0.id, label: $0.label, meaning: "", colour: $0.colour) }
    }

    /// A line through one value per run (a gap where a run has none), from 0 to `maximum`,
    /// each point labelled with its value in words, the top of the scale with `topLabel`.
    static func lineChart(
        _ values: [Double?], runs: [RunRecord], maximum: Double, topLabel: String, pointLabels: [String], title: String, description: String
    ) -> HTML {
        let left = 52
        let top = 24
        let plotWidth = max(320, min(760, runs.count * 80))
        let plotHeight = 120
        let width = left + plotWidth + 48
        let height = top + plotHeight + 36
        let ceiling = max(maximum, 1e-9)
        let inset = 24
        func x(_ index: Int) -> Int {
            left + inset + (runs.count == 1 ? (plotWidth - 2 * inset) / 2 : index * (plotWidth - 2 * inset) / (runs.count - 1))
        }
        func y(_ value: Double) -> Int { top + plotHeight - Int((min(max(value, 0), ceiling) / ceiling * Double(plotHeight)).rounded()) }
        var parts: [HTML] = [
            SVGCharts.rect(left, top, plotWidth, plotHeight, fill: SVGCharts.panel),
            SVGCharts.text("0", x: left - 6, y: top + plotHeight + 4, size: 11, anchor: "end", fill: SVGCharts.muted),
            SVGCharts.text(topLabel, x: left - 6, y: top + 4, size: 11, anchor: "end", fill: SVGCharts.muted),
        ]
        var segment: [String] = []
        var segments: [[String]] = []
        for (index, value) in values.enumerated() {
            guard let value else {
                if !segment.isEmpty { segments.append(segment) }
                segment = []
                continue
            }
            segment.append("\(x(index)),\(y(value))")
        }
        if !segment.isEmpty { segments.append(segment) }
        for points in segments where points.count > 1 {
            parts.append(
                "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour: SVGCharts.ink)\" stroke-width=\"2\"/>"
            )
        }
        for (index, value) in values.enumerated() {
            parts.append(
                SVGCharts.text(runs[index].label, x: x(index), y: top + plotHeight + 18, size: 11, anchor: "middle", fill: SVGCharts.muted))
            guard let value else { continue }
            parts.append("<circle cx=\"\(x(index))\" cy=\"\(y(value))\" r=\"4\" fill=\"\(colour: SVGCharts.ink)\"/>")
            parts.append(SVGCharts.text(pointLabels[index], x: x(index), y: y(value) - 8, size: 11, anchor: "middle"))
        }
        return SVGCharts.svg(width: width, height: height, title: title, description: description, parts)
    }
}
