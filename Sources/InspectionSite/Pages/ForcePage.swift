import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionRunner

/// `forces/<id>.html`: one force in full. Its latest inspection as the HTML report shows it
/// (summary, judgements, each area with its findings and checks, duties, progress, and its
/// datasets with the rows read, used and rejected), then its follow-up with due dates, then its
/// saved runs as trends. Check ids link to the reference.
struct ForcePage {
    let site: SiteBuilder
    let row: Comparison.Row
    var path: SitePath { .force(row.force.id) }
    /// A finding lists this many case references on the site, and says how many more it has.
    static let casesShown = 30

    func page() -> SitePage {
        let result = row.result
        let runs = site.input.runs(of: row.force.id)
        let framework = result.framework
        let header: HTML = """
            <h1>\(row.force.name)</h1>
            <p class="meta">\(row.force.region) · \(result.inspection.title), published \(result.inspection.published.words) · HM Inspector \(result.inspection.inspector)</p>
            <p class="meta">Framework: \(framework.title) (\(HTMLDocument.code("\(framework.id)@\(framework.version)"))), scoring model \(HTMLDocument.code(framework.scoringModel)); its <a href="\(path.link(to: .framework(framework.id)))">reference</a>. Fieldwork: \(result.inspection.fieldwork). Published report: \(result.inspection.source)</p>

            """
        let notes = HTML(framework.notes.map { "<p class=\"notice\"><strong>Note:</strong> \($0)</p>\n" })
        let contents: [(String, String)] =
            [("summary", "Summary"), ("judgements", "Judgements")] + result.areas.map { ("area-\($0.id)", $0.title) } + [
                ("duties", "Duties after publication"), ("evidence", "Evidence: datasets and rows"), ("follow-up", "Follow-up"),
                ("history", "Run history"),
            ]
        let present = contents.filter { id, _ in id != "duties" || !result.duties.isEmpty }
        let navigation: HTML =
            "<nav class=\"contents\" aria-label=\"On this page\"><ol>\n"
            + HTML(present.map { id, title in "<li><a href=\"#\(id)\">\(title)</a></li>\n" }) + "</ol></nav>\n"
        let areaLinks = HTMLDocument.list(
            result.areas.map { area in
                "<a href=\"\(path.link(to: .area(framework: framework.id, area: area.id)))\">\(area.title)</a> across every force"
            })
        let body = HTML(
            [header, notes, navigation]
                + HTMLInspectionReport.sections(result, checkLink: site.checkLink(from: path), casesShown: Self.casesShown)
                + [
                    FollowUpSection(followUp: site.input.followUps[row.force.id], forceID: row.force.id).html,
                    history(runs),
                    "<section id=\"elsewhere\">\n<h2>This force beside the others</h2>\n\(areaLinks)</section>\n",
                ])
        return site.frame.page(path, title: row.force.name, crumbs: [("Forces", .index)], body: body)
    }

    private func history(_ runs: [RunRecord]) -> HTML {
        guard let latest = runs.last else {
            return """
                <section id="history">
                <h2>Run history</h2>
                <p>No run of \(HTMLDocument.code(row.force.id)) is saved, so there is no trend yet. Save one with \(HTMLDocument.code("inspector inspect \(row.force.id) --save")).</p>
                </section>

                """
        }
        let trend = RunTrend(forceID: row.force.id, forceName: latest.forceName, runs: runs)
        return HTML(["<section id=\"history\">\n<h2>Run history</h2>\n"] + HTMLHistoryReport.sections(trend, level: 3) + ["</section>\n"])
    }
}
