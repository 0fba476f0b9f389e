import InspectionKit

/// Inline SVG charts, drawn by hand. Each has `role="img"`, a `<title>` and a `<desc>` that says
/// in words what it shows; every grade is written as text beside its colour, coordinates are
/// whole numbers and values are printed with `NumberText`, so a chart is the same on every
/// machine.
package enum SVGCharts {
    package static let ink = "#1f2328", muted = "#57606a", rule = "#d0d7de", panel = "#f6f8fa", neutral = "#6e7781"

    // MARK: One inspection: each area's computed and published grade on the scale

    /// One band per area: a solid bar to the computed grade and an outlined bar to the published
    /// grade, on columns for the grades (worst on the left), with both grades written at the right.
    package static func areaGrades(_ result: InspectionResult) -> HTML {
        let columns = Array(result.scale.reversed())
        let labelWidth = 220
        let columnWidth = 92
        let rowHeight = 56
        let top = 50
        let trackX = labelWidth + 10
        let trackWidth = max(columns.count, 1) * columnWidth
        let textX = trackX + trackWidth + 16
        let labels = result.areas.map { area in
            let computed =
                area.grading.grade.map {
                    "Computed: \(result.label(of: $0)) (\(NumberText.plain(((area.grading.percent ?? 0) * 10).rounded() / 10))%)"
                } ?? "Computed: not graded"
            let published = "Published: \(result.publishedWords(area))\(area.published?.inferred == true ? " (inferred)" : "")"
            let agreement = area.agreement == .agrees ? ", agrees" : area.agreement == .differs ? ", differs" : ""
            return (computed: computed, published: published + agreement)
        }
        // Wide enough for the longest label ("Published: Requires improvement (inferred),
        // differs" was cut at a fixed width), bold included.
        let widest = labels.map { max(textWidth($0.computed, size: 12), textWidth($0.published, size: 12, bold: true)) }.max() ?? 0
        let width = textX + max(270, widest + 8)
        let height = top + result.areas.count * rowHeight + 24
        var parts: [HTML] = []
        for (index, grade) in columns.enumerated() {
            let x = trackX + index * columnWidth
            parts.append(rect(x, top - 6, columnWidth, height - top - 18, fill: index % 2 == 0 ? panel : "#ffffff"))
            parts.append(rect(x + 2, top - 12, columnWidth - 4, 5, fill: grade.colour))
            parts.append(
                lines(
                    wrap(grade.label, 13), x: x + columnWidth / 2, y: top - 36 + (grade.label.count > 13 ? 0 : 13), size: 12,
                    anchor: "middle", weight: "600"))
        }
        for (index, area) in result.areas.enumerated() {
            let y = top + index * rowHeight
            parts.append(lines(wrap(area.topic, 28), x: 0, y: y + 22, size: 13, weight: "600"))
            parts.append(gradeBar(area.grading.grade, columns, x: trackX, y: y + 6, columnWidth: columnWidth, solid: true))
            parts.append(gradeBar(area.published?.grade, columns, x: trackX, y: y + 28, columnWidth: columnWidth, solid: false))
            parts.append(text(labels[index].computed, x: textX, y: y + 19, size: 12))
            parts.append(
                text(labels[index].published, x: textX, y: y + 41, size: 12, weight: area.agreement == .differs ? "700" : nil))
        }
        parts.append(text("← worse", x: trackX, y: height - 6, size: 11, fill: muted))
        parts.append(text("better →", x: trackX + trackWidth, y: height - 6, size: 11, anchor: "end", fill: muted))
        let description = result.areas.map { area in
            "\(area.title): computed \(area.grading.grade.map(result.label(of:)) ?? "not graded"), published \(result.publishedWords(area).lowercased())."
        }.joined(separator: " ")
        return svg(
            width: width, height: height, title: "Computed and published grades by area, \(result.force.name)", description: description,
            parts)
    }

    /// A bar from the worst grade's column to `grade`'s: solid for computed, outlined for published.
    private static func gradeBar(_ grade: String?, _ columns: [GradingScale.Grade], x: Int, y: Int, columnWidth: Int, solid: Bool) -> HTML {
        guard let grade, let index = columns.firstIndex(where: { $0.id == grade }) else {
            guard solid else { return .empty }
            return rect(x + 2, y, columns.count * columnWidth - 4, 18, fill: "#ffffff", stroke: neutral, dashed: true)
                + text(
                    "not graded", x: x + columns.count * columnWidth / 2, y: y + 13, size: 11, anchor: "middle", fill: muted, italic: true)
        }
        let colour = columns[index].colour
        let width = (index + 1) * columnWidth - 4
        return solid
            ? rect(x + 2, y, width, 18, fill: colour)
            : rect(x + 3, y + 1, width - 2, 16, fill: colour, opacity: 0.22, stroke: colour)
    }

    // MARK: Shared drawing

    package static func svg(width: Int, height: Int, title: String, description: String, _ parts: [HTML]) -> HTML {
        """
        <svg role="img" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-size="12">
        <title>\(title)</title>
        <desc>\(description)</desc>
        \(HTML(parts, separator: "\n"))
        </svg>
        """
    }

    package static func rect(
        _ x: Int, _ y: Int, _ width: Int, _ height: Int, fill: String, opacity: Double? = nil, stroke: String? = nil, dashed: Bool = false
    ) -> HTML {
        let fillOpacity: HTML = opacity.map { " fill-opacity=\"\(number: $0)\"" } ?? .empty
        let strokeAttributes: HTML =
            stroke.map { " stroke=\"\(colour: $0)\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"5 3\"" : "") } ?? .empty
        return
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(width, 0))\" height=\"\(max(height, 0))\" fill=\"\(colour: fill)\"\(fillOpacity)\(strokeAttributes)/>"
    }

    package static func text(
        _ value: String, x: Int, y: Int, size: Int, anchor: String = "start", fill: String = ink, weight: String? = nil,
        italic: Bool = false
    ) -> HTML {
        let extra: HTML =
            (anchor == "start" ? .empty : " text-anchor=\"\(anchor)\"" as HTML)
            + (weight.map { " font-weight=\"\($0)\"" } ?? .empty) + (italic ? " font-style=\"italic\"" : .empty)
        return "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\" fill=\"\(colour: fill)\"\(extra)>\(value)</text>"
    }

    /// Lines of text, one under another, the first at `y`.
    package static func lines(
        _ values: [String], x: Int, y: Int, size: Int, anchor: String = "start", fill: String = ink, weight: String? = nil
    ) -> HTML {
        HTML(
            values.enumerated().map {
                text($0.element, x: x, y: y + $0.offset * (size + 3), size: size, anchor: anchor, fill: fill, weight: weight)
            }, separator: "\n")
    }

    /// A generous estimate of a text's width in pixels at `size` in the page's sans-serif
    /// (DejaVu Sans, the widest of the usual ones, averages under 0.6 em a character; 0.68 in
    /// bold), so that a chart sized with it cuts off no label.
    package static func textWidth(_ value: String, size: Int, bold: Bool = false) -> Int {
        Int((Double(value.count) * Double(size) * (bold ? 0.68 : 0.62)).rounded(.up))
    }

    /// Words in at most two lines of about `width` characters, the rest cut with an ellipsis.
    package static func wrap(_ value: String, _ width: Int) -> [String] {
        var lines: [String] = []
        for word in value.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        guard lines.count > 2 else { return lines.map { cut($0, width) } }
        return [cut(lines[0], width), cut(lines[1...].joined(separator: " "), width)]
    }

    private static func cut(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(max(width - 1, 1))) + "…"
    }
}
