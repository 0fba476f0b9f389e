import InspectionKit
import InspectionReports
import InspectionRunner

/// An area page's figures: for each figure the area's checks report, a bar per force with its
/// value and n, and a table with the value, n and (for a share) its 95% interval.
struct AreaFigures {
    let page: AreaPage
    var comparison: Comparison { page.comparison }

    var html: HTML {
        let ids = Set(
            comparison.rows.flatMap { row in
                row.result.areas.filter { $0.id == page.area.id }.flatMap(\.checks).flatMap(\.result.figures).map(\.id)
            })
        let figures = comparison.figures.filter { ids.contains($0.id) }
        guard !figures.isEmpty else {
            return
                "<section id=\"figures\">\n<h2>Figures</h2>\n<p>The area's checks report no figure that compares across forces.</p>\n</section>\n"
        }
        var out: [HTML] = [
            """
            <section id="figures">
            <h2>Figures</h2>
            <p>Each figure with n, the number of cases it was measured over, and for a share its 95% interval (Wilson score): a share of 6 cases is far less certain than one of 600. A median has no interval here, since a run keeps the median, not the cases' values.</p>

            """
        ]
        for figure in figures {
            let check = checkID(of: figure.id)
            let rows = comparison.rows.compactMap { row -> [SiteTable.Cell]? in
                guard let value = figure.values[row.force.id] else { return nil }
                let n = figure.sampleSizes[row.force.id]
                let interval = FigureInterval.text(figure.unit, value: value, n: n)
                return [
                    SiteTable.Cell(page.forceLink(row.force.id), sort: row.force.name),
                    .number(ComparisonTextReport.format(value, figure.unit), sort: value),
                    .number(n.map { RankingText.grouped($0) } ?? "not given", sort: n.map(Double.init)),
                    SiteTable.Cell("\(interval ?? "—")"),
                ]
            }
            let missing = comparison.rows.count - rows.count
            let checkLink: HTML =
                check.map { " · from \(HTMLInspectionReport.checkCode($0, page.site.checkLink(from: page.path)))" } ?? .empty
            out.append(
                """
                <h3 id="figure-\(SitePath.anchor(figure.id))">\(figure.label)</h3>
                <p class="meta">\(HTMLDocument.code(figure.id))\(checkLink)\(missing > 0 ? " · \(missing) \(missing == 1 ? "force has" : "forces have") no figure (no evidence for it)" : "")</p>
                <figure>
                \(SVGCharts.figureBars(figure, comparison))
                <figcaption>\(figure.label), by force, with n beside each value; the table below gives the same.</figcaption>
                </figure>
                \(SiteTable(id: "figure-table-\(SitePath.anchor(figure.id))", caption: "\(figure.label) by force", head: ["Force", "Value", "n", "95% interval"], rows: rows, numeric: [1, 2], filterable: true).html)
                """)
        }
        out.append("</section>\n")
        return HTML(out)
    }

    /// The check that reports a figure, from the registry's declarations.
    private func checkID(of figure: String) -> String? {
        page.site.input.workspace.registry.ids.first { id in
            page.site.input.workspace.registry.descriptor(id)?.figures.contains { $0.id == figure } == true
        }
    }
}
