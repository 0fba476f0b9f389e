import InspectionHistory
import InspectionKit
import InspectionRunner

/// Reports as one self-contained HTML page each: inline CSS for screen and print, inline SVG
/// charts, no scripts and no external resources. Every value from configuration or evidence is
/// escaped (`HTMLEscaping`), every grade is shown in words as well as in its colour, and the same
/// input gives byte-identical output (nothing depends on the time, the machine or the locale).
public enum HTMLReport {
    /// One inspection: summary, judgements with a chart of computed and published grades, each
    /// area's findings and checks, duties after publication, progress and the evidence used.
    /// With `changes`, a what-if run ends with what it changed against the force's own run;
    /// with `baseline`, the page says first what changed since an earlier saved run.
    public static func render(_ result: InspectionResult, changes: WhatIfComparison? = nil, against baseline: RunDiff? = nil) -> String {
        HTMLInspectionReport.render(result, changes: changes, against: baseline)
    }

    /// A force's saved runs over time, with a line chart per area and per check.
    public static func render(_ trend: RunTrend) -> String {
        HTMLHistoryReport.render(trend)
    }

    /// A comparison of forces: a heat map and table of grades, the distribution of computed
    /// grades, the figures side by side, the ranking with its basis and the forces not compared.
    public static func render(_ comparison: Comparison) -> String {
        HTMLComparisonReport.render(comparison)
    }
}
