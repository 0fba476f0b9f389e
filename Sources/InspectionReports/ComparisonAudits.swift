import InspectionKit
import InspectionRunner

/// The audited shares of a comparison in each format: per audited check, each force's count
/// with its 95% interval and number of cases, and the grades that could change within them.
enum ComparisonAudits {
    /// "3 of 6 · 50% (18.8%–81.2%)".
    static func cell(_ interval: ShareInterval) -> String {
        let met = Int((interval.share * Double(interval.cases)).rounded())
        return "\(met) of \(interval.cases) · \(NumberText.percent(interval.share)) (\(interval.range))"
    }

    static func text(_ comparison: Comparison, style: TextStyle, width: Int) -> [String] {
        let shares = comparison.auditedShares
        guard !shares.isEmpty else { return [] }
        var lines = [style.bold("Audited shares (cases meeting the standard, 95% interval)")]
        for share in shares {
            lines.append("  \(share.check): \(share.title)")
            for row in comparison.rows {
                guard let interval = share.values[row.force.id] else { continue }
                lines.append("    " + TextWrap.pad(ComparisonTextReport.shortName(row.force), 18) + cell(interval))
            }
        }
        let uncertain = comparison.uncertainGrades
        if !uncertain.isEmpty {
            lines.append(style.bold("Grades that could change within the audited intervals"))
            for entry in uncertain {
                let name = ComparisonTextReport.shortName(of: entry.force, comparison)
                let topic = comparison.areas.first { $0.id == entry.area }?.topic ?? entry.area
                lines.append(
                    TextWrap.wrap(
                        "\(name), \(topic): " + entry.sampling.statement(comparison.label(of:)), width: width, indent: "    ",
                        firstIndent: "  - "))
            }
        }
        lines.append("")
        return lines
    }

    static func markdown(_ comparison: Comparison) -> [String] {
        let shares = comparison.auditedShares
        guard !shares.isEmpty else { return [] }
        let text = MarkdownReport.text
        var out = ["", "## Audited shares", "", "Cases meeting the standard among those audited, with the 95% interval (Wilson score)."]
        for share in shares {
            out += [
                "", "### `\(MarkdownReport.code(share.check))` \(text(share.title))", "", "| Force | Audited | Share | 95% interval |",
                "|---|---:|---:|---|",
            ]
            for row in comparison.rows {
                guard let interval = share.values[row.force.id] else { continue }
                let met = Int((interval.share * Double(interval.cases)).rounded())
                out.append(
                    "| \(text(row.force.name)) | \(met) of \(interval.cases) | \(NumberText.percent(interval.share)) | \(interval.range) |")
            }
        }
        let uncertain = comparison.uncertainGrades
        if !uncertain.isEmpty {
            out += ["", "### Grades that could change within the audited intervals", ""]
            out += uncertain.map { entry in
                let title = comparison.areas.first { $0.id == entry.area }?.title ?? entry.area
                return "- \(text(ComparisonTextReport.name(entry.force, comparison))), \(text(title)): "
                    + text(entry.sampling.statement(comparison.label(of:)))
            }
        }
        return out
    }

    static func html(_ comparison: Comparison) -> HTML {
        let shares = comparison.auditedShares
        guard !shares.isEmpty else { return .empty }
        var parts: [HTML] = [
            "<section id=\"audited\">\n<h2>Audited shares</h2>\n<p>Cases meeting the standard among those audited, with the 95% interval (Wilson score).</p>\n"
        ]
        for share in shares {
            let rows = comparison.rows.compactMap { row -> [HTML]? in
                guard let interval = share.values[row.force.id] else { return nil }
                let met = Int((interval.share * Double(interval.cases)).rounded())
                return ["\(row.force.name)", "\(met) of \(interval.cases)", "\(NumberText.percent(interval.share))", "\(interval.range)"]
            }
            parts.append(
                HTMLDocument.table(
                    caption: "\(share.check): \(share.title)", head: ["Force", "Audited", "Share", "95% interval"], rows: rows,
                    numeric: [1, 2]))
        }
        let uncertain = comparison.uncertainGrades
        if !uncertain.isEmpty {
            parts.append("<h3>Grades that could change within the audited intervals</h3>\n")
            parts.append(
                HTMLDocument.list(
                    uncertain.map { entry in
                        let title = comparison.areas.first { $0.id == entry.area }?.title ?? entry.area
                        return
                            "\(ComparisonTextReport.name(entry.force, comparison)), \(title): \(entry.sampling.statement(comparison.label(of:)))"
                    }))
        }
        parts.append("</section>\n\n")
        return HTML(parts)
    }

    static func json(_ comparison: Comparison) -> JSONValue {
        .array(
            comparison.auditedShares.map { share in
                .object([
                    ("check", .string(share.check)), ("title", .string(share.title)),
                    ("values", .object(share.values.sorted { $0.key < $1.key }.map { ($0.key, AuditText.intervalJSON($0.value)) })),
                ])
            })
    }
}
