import InspectionKit
/// A comparison for the terminal, within 80 columns: the forces × areas matrix (computed and
/// published grade), the grade distribution per area, figures side by side, the ranking.
public enum ComparisonTextReport {
    public static func render(_ comparison: Comparison, style: TextStyle = .plain, width: Int = 80) -> String {
        var out: [String] = []
        let forces = comparison.rows.count
        if let framework = comparison.framework {
            out.append(style.bold(TextWrap.wrap("Comparison of \(forces) \(forces == 1 ? "force" : "forces") under \(framework.comparabilityKey)", width: width, indent: "")))
        } else if comparison.incomparable {
            out.append(style.red(TextWrap.wrap("INCOMPARABLE RUNS compared at the user's request (--allow-incomparable): the forces were graded under different frameworks or scoring models.", width: width, indent: "")))
        }
        if comparison.rows.isEmpty {
            out.append("No force could be compared.")
            out += failures(comparison, style: style, width: width)
            return out.joined(separator: "\n") + "\n"
        }
        out.append(TextWrap.wrap("Computed/published grade per area: " + comparison.scale.map { "\(comparison.code(of: $0.id)) \($0.label.lowercased())" }.joined(separator: ", ") + "; – not graded; ✓ agree, ✗ differ.", width: width, indent: ""))
        out.append("")
        out += matrix(comparison, style: style)
        out.append("")
        out.append(style.bold("Computed grades per area"))
        for area in comparison.areas {
            let counts = comparison.distribution(of: area.id).map { "\(comparison.code(of: $0.grade)) \($0.count)" }.joined(separator: "  ")
            out.append("  " + TextWrap.pad(area.topic, 29) + counts + "  not graded \(comparison.notGraded(in: area.id))")
        }
        out.append("")
        out += figures(comparison, style: style)
        out += ranking(comparison, style: style, width: width)
        out += failures(comparison, style: style, width: width)
        return out.joined(separator: "\n") + "\n"
    }

    static func matrix(_ comparison: Comparison, style: TextStyle) -> [String] {
        let nameWidth = 19, cellWidth = 12
        var lines = [style.bold(TextWrap.pad("Force", nameWidth) + comparison.areas.map { TextWrap.pad($0.topic, cellWidth - 1) + " " }.joined())]
        for row in comparison.rows {
            var line = TextWrap.pad(shortName(row.force), nameWidth - 1) + " "
            for area in comparison.areas {
                let result = row.result.areas.first { $0.id == area.id }
                let computed = result?.grading.grade.map(comparison.code(of:)) ?? "–"
                let published = result?.published.map { comparison.code(of: $0.grade) } ?? "–"
                let mark: String
                switch result?.agreement {
                case .agrees: mark = " ✓"
                case .differs: mark = " ✗"
                default: mark = ""
                }
                line += TextWrap.pad("\(computed)/\(published)\(mark)", cellWidth)
            }
            lines.append(line)
            if comparison.incomparable { lines.append(style.dim("  graded under \(row.result.framework.comparabilityKey)")) }
        }
        return lines
    }

    static func figures(_ comparison: Comparison, style: TextStyle) -> [String] {
        let figures = comparison.figures
        guard !figures.isEmpty else { return [] }
        var lines = [style.bold("Figures")]
        let labelWidth = 34, columnWidth = 11
        // Four forces fit beside the labels in 80 columns; more go in further blocks. A label
        // too long to sit beside its values gets a line of its own.
        for start in stride(from: 0, to: comparison.rows.count, by: 4) {
            let block = Array(comparison.rows[start..<min(start + 4, comparison.rows.count)])
            lines.append("  " + TextWrap.pad("", labelWidth) + block.map { TextWrap.pad(shortName($0.force), columnWidth - 1) + " " }.joined())
            for figure in figures {
                let values = block.map { row in
                    TextWrap.pad(figure.values[row.force.id].map { format($0, figure.unit) } ?? "—", columnWidth)
                }.joined()
                if figure.label.count < labelWidth {
                    lines.append("  " + TextWrap.pad(figure.label, labelWidth) + values)
                } else {
                    lines.append("  " + figure.label)
                    lines.append("  " + TextWrap.pad("", labelWidth) + values)
                }
            }
        }
        lines.append("")
        return lines
    }

    static func ranking(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        var lines = [style.bold("Ranking")]
        lines.append(TextWrap.wrap(Comparison.rankingBasis, width: width, indent: "  "))
        let ranks = comparison.ranking
        if ranks.isEmpty { lines.append("  No force could be graded in any area.") }
        for rank in ranks {
            let name = comparison.rows.first { $0.force.id == rank.force }.map { $0.force.name } ?? rank.force
            lines.append("  \(rank.position). \(name): \(NumberText.plain((rank.meanPercent * 10).rounded() / 10))% over \(rank.gradedAreas) \(rank.gradedAreas == 1 ? "area" : "areas")")
        }
        let unranked = comparison.rows.filter { row in !ranks.contains { $0.force == row.force.id } }
        if !unranked.isEmpty {
            lines.append(TextWrap.wrap("Not ranked (no area graded): " + unranked.map(\.force.name).joined(separator: ", ") + ".", width: width, indent: "  "))
        }
        lines.append("")
        return lines
    }

    static func failures(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        guard !comparison.failures.isEmpty else { return [] }
        var lines = [style.red("Not compared")]
        for failure in comparison.failures {
            lines.append(TextWrap.wrap("\(failure.force): \(describe(failure.reason))", width: width, indent: "    ", firstIndent: "  - "))
        }
        return lines
    }

    static func describe(_ reason: Comparison.Failure.Reason) -> String {
        switch reason {
        case .invalid(let diagnostics):
            let file = diagnostics.all.first?.mark.file ?? ""
            return "invalid configuration or evidence (\(diagnostics.summary), the first in \(file); `inspector validate` lists them)"
        case .noInspection(let framework): return framework.map { "no inspection under \($0)" } ?? "no inspection yet"
        case .internalFault(let detail): return "internal error: \(detail)"
        }
    }

    /// A figure as a table shows it: 50%, 7.5 h, 10 d, 12.
    static func format(_ value: Double, _ unit: CheckResult.Figure.Unit) -> String {
        switch unit {
        case .share: return NumberText.percent(value)
        case .hours: return NumberText.plain((value * 10).rounded() / 10) + " h"
        case .days: return NumberText.plain((value * 10).rounded() / 10) + " d"
        case .count: return NumberText.plain(value)
        }
    }

    static func shortName(_ force: ForceSummary) -> String { force.shortName }
}

import Foundation
