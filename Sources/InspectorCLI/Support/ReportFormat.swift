import ArgumentParser
import InspectionKit
import InspectionReports

/// The formats an inspection is reported in, on standard output or in files.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, html

    func render(_ result: InspectionResult, changes: WhatIfComparison?, style: TextStyle) -> String {
        switch self {
        case .text:
            return TextReport.render(result, style: style) + (changes.map { "\n" + $0.text(style: style) } ?? "")
        case .json:
            return JSONReport.render(result, changes: changes)
        case .markdown:
            return MarkdownReport.render(result) + (changes.map { "\n" + $0.markdown() } ?? "")
        case .html:
            return HTMLReport.render(result, changes: changes)
        }
    }
}

/// The formats a comparison is reported in.
enum ComparisonFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown, csv, html

    func render(_ comparison: Comparison, style: TextStyle) -> String {
        switch self {
        case .text: return ComparisonTextReport.render(comparison, style: style)
        case .json: return ComparisonReports.json(comparison)
        case .markdown: return ComparisonReports.markdown(comparison)
        case .csv: return ComparisonReports.csv(comparison)
        case .html: return HTMLReport.render(comparison)
        }
    }
}

/// The formats `list` prints.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
