import InspectionKit
import InspectionRunner

/// The comparison's charts: the forces × areas heat map and one bar chart per figure.
extension SVGCharts {
    // MARK: Forces × areas

    /// One cell per force and area: the upper part in the computed grade's colour with its code
    /// and score, a strip below in the published grade's colour with its code. A cell that could
    /// not be graded is white with a dashed border and says "not graded".
    package static func heatMap(_ comparison: Comparison) -> HTML {
        let labelWidth = 200
        let cellWidth = 150
        let cellHeight = 76
        let top = 48
        let width = labelWidth + max(comparison.areas.count, 1) * cellWidth + 4
        let height = top + comparison.rows.count * cellHeight + 8
        var parts: [HTML] = []
        for (index, area) in comparison.areas.enumerated() {
            let x = labelWidth + index * cellWidth + cellWidth / 2
            let label = wrap(area.topic, 20)
            parts.append(lines(label, x: x, y: top - 12 - (label.count - 1) * 15, size: 12, anchor: "middle", weight: "600"))
        }
        var description: [String] = []
        for (rowIndex, row) in comparison.rows.enumerated() {
            let y = top + rowIndex * cellHeight
            parts.append(lines(wrap(row.force.name, 26), x: 0, y: y + 34, size: 13, weight: "600"))
            for (index, column) in comparison.areas.enumerated() {
                let area = row.result.areas.first { $0.id == column.id }
                parts.append(
                    cell(area, comparison, x: labelWidth + index * cellWidth + 3, y: y + 3, width: cellWidth - 6, height: cellHeight - 6))
                let computed = area?.grading.grade.map(comparison.label(of:)) ?? "not graded"
                let published = area?.published.map { $0.words(comparison.label(of:)).lowercased() } ?? "not inspected"
                description.append("\(row.force.name), \(column.topic): computed \(computed), published \(published).")
            }
        }
        return svg(
            width: width, height: height, title: "Computed and published grades, forces by area",
            description: description.joined(separator: " "), parts)
    }

    private static func cell(_ area: AreaResult?, _ comparison: Comparison, x: Int, y: Int, width: Int, height: Int) -> HTML {
        let strip = 20
        let middle = x + width / 2
        var parts: [HTML] = []
        if let grade = area?.grading.grade {
            let colour = comparison.scale.first { $0.id == grade }?.colour ?? neutral
            let on = HTMLEscaping.textColour(on: colour)
            let agreement = area?.agreement == .agrees ? " · agrees" : area?.agreement == .differs ? " · differs" : ""
            parts.append(rect(x, y, width, height - strip - 2, fill: colour))
            parts.append(text(comparison.code(of: grade), x: middle, y: y + 24, size: 18, anchor: "middle", fill: on, weight: "700"))
            parts.append(
                text(
                    "\(NumberText.plain(((area?.grading.percent ?? 0) * 10).rounded() / 10))%\(agreement)", x: middle, y: y + 41, size: 11,
                    anchor: "middle", fill: on))
        } else {
            parts.append(rect(x + 1, y + 1, width - 2, height - strip - 4, fill: "#ffffff", stroke: neutral, dashed: true))
            parts.append(text("not graded", x: middle, y: y + 31, size: 13, anchor: "middle", fill: muted, italic: true))
        }
        let stripY = y + height - strip
        if let published = area?.published?.grade {
            let colour = comparison.scale.first { $0.id == published }?.colour ?? neutral
            parts.append(rect(x, stripY, width, strip, fill: colour))
            let inferred = area?.published?.inferred == true ? "*" : ""
            parts.append(
                text(
                    "published \(comparison.code(of: published))\(inferred)", x: middle, y: stripY + 14, size: 11, anchor: "middle",
                    fill: HTMLEscaping.textColour(on: colour)))
        } else if let published = area?.published {
            let codes = published.possible.map(comparison.code(of:)).joined(separator: " or ")
            parts.append(rect(x + 1, stripY + 1, width - 2, strip - 2, fill: "#ffffff", stroke: neutral, dashed: true))
            parts.append(
                text(
                    codes.isEmpty ? "published unknown" : "published \(codes)?", x: middle, y: stripY + 14, size: 11, anchor: "middle",
                    fill: muted))
        } else {
            parts.append(rect(x + 1, stripY + 1, width - 2, strip - 2, fill: "#ffffff", stroke: rule))
            parts.append(text("not inspected", x: middle, y: stripY + 14, size: 11, anchor: "middle", fill: muted))
        }
        return HTML(parts, separator: "\n")
    }

    // MARK: Figures side by side

    /// One bar per force for a figure, on a scale from zero (shares to 100%), each with its value
    /// and its n written at the end of the bar (36 cases and 6 look alike as bars); "no figure"
    /// where a force has none.
    package static func figureBars(_ figure: Comparison.FigureRow, _ comparison: Comparison) -> HTML {
        let labelWidth = 170
        let barWidth = 250
        let rowHeight = 26
        let top = 8
        let valueLabels = comparison.rows.map { row in
            figure.values[row.force.id].map {
                "\(ComparisonTextReport.format($0, figure.unit)) (\(RankingText.sampleSize(figure.sampleSizes[row.force.id])))"
            }
        }
        let widestValue = valueLabels.compactMap { $0.map { textWidth($0, size: 12, bold: true) } }.max() ?? 0
        let width = labelWidth + barWidth + max(80, widestValue + 12)
        let height = top + comparison.rows.count * rowHeight + 22
        // Bars run from zero; a negative or non-finite value (which validation keeps out) is
        // drawn as an empty bar rather than allowed to break the scale.
        let largest = figure.values.values.filter(\.isFinite).max() ?? 0
        let scale = figure.unit == .share ? max(1, largest) : max(largest, 1e-9)
        var parts: [HTML] = []
        for (index, row) in comparison.rows.enumerated() {
            let y = top + index * rowHeight
            parts.append(text(ComparisonTextReport.shortName(row.force), x: labelWidth - 8, y: y + 16, size: 12, anchor: "end"))
            guard let value = figure.values[row.force.id] else {
                parts.append(text("no figure", x: labelWidth + 4, y: y + 16, size: 11, fill: muted, italic: true))
                continue
            }
            let fraction = value.isFinite ? min(max(value / scale, 0), 1) : 0
            let length = Int((Double(barWidth) * fraction).rounded())
            parts.append(rect(labelWidth, y + 4, max(length, 2), 16, fill: "#3d6a99"))
            parts.append(text(valueLabels[index] ?? "", x: labelWidth + max(length, 2) + 6, y: y + 16, size: 12, weight: "600"))
        }
        let axisY = top + comparison.rows.count * rowHeight + 2
        parts.append("<line x1=\"\(labelWidth)\" y1=\"\(top)\" x2=\"\(labelWidth)\" y2=\"\(axisY)\" stroke=\"\(colour: muted)\"/>")
        parts.append(text("0", x: labelWidth, y: axisY + 14, size: 10, anchor: "middle", fill: muted))
        parts.append(
            text(
                ComparisonTextReport.format(figure.unit == .share ? scale : largest, figure.unit), x: labelWidth + barWidth, y: axisY + 14,
                size: 10, anchor: "middle", fill: muted))
        let description = comparison.rows.map { row in
            let value = figure.values[row.force.id].map {
                "\(ComparisonTextReport.format($0, figure.unit)), \(RankingText.sampleSize(figure.sampleSizes[row.force.id]))"
            }
            return "\(row.force.name): \(value ?? "no figure")."
        }.joined(separator: " ")
        return svg(width: width, height: height, title: "\(figure.label) (\(figure.id)), by force", description: description, parts)
    }
}
