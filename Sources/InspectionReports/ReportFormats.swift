import InspectionHistory
import InspectionKit
import InspectionRunner

/// The formats an inspection is reported in, on standard output or in files: each report
/// assembled here from the result, the what-if changes and the run it is set against.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html

    /// - Parameter baseline: what changed since an earlier saved run (`--baseline`), reported
    ///   after the inspection (first, in HTML).
    public func render(_ result: InspectionResult, changes: WhatIfComparison?, against baseline: RunDiff? = nil, style: TextStyle) -> String
    {
        let title = baseline.map { "Against run \($0.from.label) (saved \($0.from.savedAtText) UTC)" }
        switch self {
        case .text:
            return TextReport.render(result, style: style) + (changes.map { "\n" + $0.text(style: style) } ?? "")
                + (baseline.map { "\n" + DiffTextReport.render($0, style: style, title: title) } ?? "")
        case .json:
            guard let baseline, case .object(let members) = JSONReport.value(result, changes: changes) else {
                return JSONReport.render(result, changes: changes)
            }
            return JSONValue.object(members + [("against_run", HistoryJSON.diffValue(baseline))]).serialized()
        case .markdown:
            return MarkdownReport.render(result) + (changes.map { "\n" + $0.markdown() } ?? "")
                + (baseline.map { "\n" + DiffMarkdownReport.render($0, level: "##", title: title) } ?? "")
        case .html:
            return HTMLReport.render(result, changes: changes, against: baseline)
        }
    }
}

/// The formats a comparison is reported in.
public enum ComparisonFormat: String, CaseIterable, Sendable {
    case text, json, markdown, csv, html

    public func render(_ comparison: Comparison, style: TextStyle) -> String {
        switch self {
        case .text: return ComparisonTextReport.render(comparison, style: style)
        case .json: return ComparisonReports.json(comparison)
        case .markdown: return ComparisonReports.markdown(comparison)
        case .csv: return ComparisonReports.csv(comparison)
        case .html: return HTMLReport.render(comparison)
        }
    }
}
