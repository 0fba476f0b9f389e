import InspectionKit
import InspectionReports
import InspectionRunner

/// `areas/<framework>/<area>.html`: one area across every force graded under a framework: the
/// distribution of grades, each figure with its n and interval, the forces ranked where their
/// scores rest on the same checks, and every force left out with why.
struct AreaPage {
    let site: SiteBuilder
    let comparison: Comparison
    let area: Comparison.AreaColumn
    var framework: FrameworkSummary { comparison.framework! }
    var path: SitePath { .area(framework: framework.id, area: area.id) }

    func page() -> SitePage {
        let frameworkArea = site.input.workspace.catalog.frameworks[framework.id]?.area(area.id)
        var body: [HTML] = [
            "<h1>\(area.title)</h1>\n",
            "<p class=\"meta\">\(framework.title) (\(HTMLDocument.code("\(framework.id)@\(framework.version)"))), \(comparison.rows.count) \(comparison.rows.count == 1 ? "force" : "forces"). <a href=\"\(path.link(to: .framework(framework.id), fragment: "area-\(area.id)"))\">What the area asks and its checks</a>.</p>\n",
        ]
        if let question = frameworkArea?.question { body.append("<p>\(question)</p>\n") }
        body.append(distribution())
        body.append(AreaFigures(page: self).html)
        body.append(ranking())
        body.append(leftOut())
        return site.frame.page(path, title: area.title, crumbs: [("Areas", .index)], body: HTML(body))
    }

    private var areaResults: [(row: Comparison.Row, area: AreaResult)] {
        comparison.rows.compactMap { row in row.result.areas.first { $0.id == area.id }.map { (row, $0) } }
    }

    private func distribution() -> HTML {
        let scale = comparison.scale
        let results = areaResults
        let rows = scale.enumerated().map { index, grade -> [SiteTable.Cell] in
            [
                SiteTable.Cell(HTMLDocument.badge(grade.id, scale), sort: String(index)),
                .number("\(results.filter { $0.area.grading.grade == grade.id }.count)", sort: nil),
                .number("\(results.filter { $0.area.published?.grade == grade.id }.count)", sort: nil),
            ]
        }
        let unknown = results.filter { $0.area.published != nil && $0.area.published?.grade == nil }.count
        let notInspected = results.filter { $0.area.published == nil }.count
        let extra: [[SiteTable.Cell]] = [
            [
                SiteTable.Cell("<span class=\"grade none\">Not graded</span>", sort: String(scale.count)),
                .number("\(results.filter { $0.area.grading.grade == nil }.count)", sort: nil), .number("—", sort: nil),
            ],
            [
                SiteTable.Cell("Published grade unknown", sort: String(scale.count + 1)), .number("—", sort: nil),
                .number("\(unknown)", sort: nil),
            ],
            [
                SiteTable.Cell("Not inspected", sort: String(scale.count + 2)), .number("—", sort: nil),
                .number("\(notInspected)", sort: nil),
            ],
        ]
        let table = SiteTable(
            id: "table-distribution", caption: "Forces by grade in \(area.topic)", head: ["Grade", "Computed", "Published"],
            rows: rows + extra,
            numeric: [1, 2])
        return "<section id=\"distribution\">\n<h2>Grades</h2>\n\(table.html)</section>\n"
    }

    private func ranking() -> HTML {
        let ranking = comparison.ranking(of: area.id)
        var out: [HTML] = ["<section id=\"ranking\">\n<h2>Ranking</h2>\n"]
        guard !ranking.ranked.isEmpty else {
            return HTML(out + ["<p>No force was graded in this area, so none is ranked.</p>\n</section>\n"])
        }
        out.append(
            "<p class=\"basis\">Forces are ranked by their score in the area only where it rests on the same checks: here \(RankingText.basis(ranking)). A force graded on other checks is listed below, not ranked; equal scores are ordered by force id.</p>\n"
        )
        let rows = ranking.ranked.map { rank -> [SiteTable.Cell] in
            let row = comparison.rows.first { $0.force.id == rank.force }!
            let result = row.result.areas.first { $0.id == area.id }!
            return [
                .number("\(rank.position)", sort: Double(rank.position)),
                SiteTable.Cell(
                    "<a href=\"\(path.link(to: .force(rank.force), fragment: "area-\(area.id)"))\">\(row.force.name)</a>",
                    sort: row.force.name),
                .number(ComparisonTextReport.percent(rank.meanPercent), sort: rank.meanPercent),
                SiteTable.Cell(
                    GradeCell.badge(result.grading.grade, comparison.scale), sort: GradeCell.sortKey(result.grading.grade, comparison.scale)
                ),
                SiteTable.Cell("\(ProvenanceText.words(rank.provenance))"),
                SiteTable.Cell("\(RankingText.rejected(row.result) ?? "none")"),
            ]
        }
        out.append(
            SiteTable(
                id: "table-ranked", caption: "Forces ranked in \(area.topic), \(RankingText.basis(ranking))",
                head: ["Rank", "Force", "Score", "Grade", "Evidence", "Rows rejected"], rows: rows, numeric: [0, 2], filterable: true
            ).html)
        out.append("</section>\n")
        return HTML(out)
    }

    /// Every force not in the ranking, and why: graded on other checks, not graded (with the
    /// grader's reason), not run at all, or inspected under another framework.
    private func leftOut() -> HTML {
        let ranking = comparison.ranking(of: area.id)
        var items: [HTML] = ranking.apart.map { apart in
            "\(forceLink(apart.force)): graded on \(apart.evaluatedChecks.count) of \(ranking.checksInArea) checks (\(apart.evaluatedChecks.joined(separator: ", "))), not those the ranking rests on"
                + (RankingText.rejected(comparison.rows.first { $0.force.id == apart.force }!.result).map { "; \($0)" } ?? "") + "."
        }
        items += ranking.notGraded.map { force in
            let basis = comparison.rows.first { $0.force.id == force }?.result.areas.first { $0.id == area.id }?.grading.basis ?? ""
            return "\(forceLink(force)): \(basis.isEmpty ? "not graded." : basis)"
        }
        items += site.input.all.failures.map { failure in
            "\(HTMLDocument.code(failure.force)): not run: \(ComparisonTextReport.describe(failure.reason))."
        }
        let others = site.input.all.rows.filter { $0.result.framework.id != framework.id }
        items += others.map { row in
            "\(forceLink(row.force.id)): its latest inspection is under \(row.result.framework.title), not this framework."
        }
        let list: HTML = items.isEmpty ? "<p>None: every force is ranked.</p>\n" : HTMLDocument.list(items)
        return "<section id=\"left-out\">\n<h2>Forces left out of the ranking, and why</h2>\n\(list)</section>\n"
    }

    func forceLink(_ id: String) -> HTML {
        "<a href=\"\(path.link(to: .force(id)))\">\(site.forceName(id))</a>"
    }
}
