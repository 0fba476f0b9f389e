import ArgumentParser
import InspectionKit

/// The formats `inspect` prints.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, markdown

    func render(_ result: InspectionResult, changes: WhatIfComparison?, style: TextStyle) -> String {
        switch self {
        case .text:
            return TextReport.render(result, style: style) + (changes.map { "\n" + $0.text(style: style) } ?? "")
        case .json:
            return JSONReport.render(result, changes: changes)
        case .markdown:
            return MarkdownReport.render(result) + (changes.map { "\n" + $0.markdown() } ?? "")
        }
    }
}

/// The formats `list` prints.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
