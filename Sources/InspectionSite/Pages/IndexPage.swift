import InspectionHistory
import InspectionKit
import InspectionReports
import InspectionRunner

/// `index.html`: every force at a glance (per framework, one table: computed and published
/// grade per area, agreement, the last saved run, duties due and overdue, the kinds of
/// evidence), the forces that could not be run and why, and the way to each area and to the
/// reference.
struct IndexPage {
    let site: SiteBuilder
    var input: SiteInput { site.input }
    let path = SitePath.index

    func page() -> SitePage {
        let forces = input.all.rows.count
        let title = "Inspections of \(forces) \(forces == 1 ? "force" : "forces")"
        var body: [HTML] = [
            "<h1>\(title)</h1>\n",
            "<p class=\"meta\">Every force under Forces/ run on its latest inspection; the computed grade of each area beside the grade the inspectorate published. Follow-up is reckoned as of \(DateText.long(input.asOf)); the run history holds \(input.runs.count) saved \(input.runs.count == 1 ? "run" : "runs").</p>\n",
        ]
        body.append("<section id=\"forces\">\n<h2>Forces</h2>\n")
        if input.all.rows.isEmpty { body.append("<p>No force could be run.</p>\n") }
        for framework in input.byFramework.keys.sorted() {
            body.append(forcesTable(input.byFramework[framework]!))
        }
        body.append(notRun())
        body.append("</section>\n")
        body.append(areas())
        body.append(
            "<section id=\"reference\">\n<h2>Reference</h2>\n<p>What each framework asks and how each check reaches its result, generated from the checks' own descriptions: <a href=\"\(path.link(to: .referenceIndex))\">frameworks and checks</a>.</p>\n</section>\n"
        )
        return site.frame.page(path, title: title, crumbs: [], body: HTML(body), wide: true)
    }

    private func forcesTable(_ comparison: Comparison) -> HTML {
        let framework = comparison.framework!
        let scale = comparison.scale
        let rows = comparison.rows.map { row -> [SiteTable.Cell] in
            let result = row.result
            var cells: [SiteTable.Cell] = [
                SiteTable.Cell(
                    "<a href=\"\(path.link(to: .force(row.force.id)))\">\(row.force.name)</a><br><span class=\"meta\">\(row.force.region)</span>",
                    sort: row.force.name),
                SiteTable.Cell(
                    "<span class=\"nowrap\">\(result.inspection.published.words)</span>", sort: result.inspection.published.description),
            ]
            for column in comparison.areas {
                let area = result.areas.first { $0.id == column.id }
                let link = path.link(to: .force(row.force.id), fragment: "area-\(column.id)")
                cells.append(
                    SiteTable.Cell(
                        "<a class=\"pair\" href=\"\(link)\">\(GradeCell.badge(area?.grading.grade, scale))<span class=\"sep\" aria-hidden=\"true\">/</span><span class=\"visually-hidden\">, published </span>\(GradeCell.published(area?.published, scale))</a>",
                        sort: GradeCell.sortKey(area?.grading.grade, scale)))
            }
            let (agrees, compared) = result.agreementCount
            cells.append(SiteTable.Cell("\(compared == 0 ? "—" : "\(agrees) of \(compared)")", sort: compared == 0 ? "-1" : "\(agrees)"))
            let run = site.latestRun(of: row.force.id)
            cells.append(
                SiteTable.Cell(
                    "<span class=\"nowrap\">\(run.map { String($0.savedAtText.prefix(10)) } ?? "none")</span>", sort: run?.savedAtText ?? ""
                ))
            let duties = DutyCount(input.followUps[row.force.id])
            cells.append(.number(duties.missing ?? String(duties.due), sort: Double(duties.due)))
            cells.append(
                SiteTable.Cell(
                    duties.overdue > 0 ? "<span class=\"overdue\">\(duties.overdue)</span>" : "\(duties.missing ?? "0")",
                    sort: String(duties.overdue)))
            cells.append(.number(duties.missing ?? String(duties.notRecorded), sort: Double(duties.notRecorded)))
            let kinds = Array(Set(result.evidence.map(\.provenance))).sorted()
            cells.append(SiteTable.Cell("\(kinds.isEmpty ? "none" : ProvenanceText.words(kinds))"))
            return cells
        }
        let table = SiteTable(
            id: "forces-\(SitePath.anchor(framework.id))",
            caption: "Forces inspected under \(framework.title)",
            head: ["Force", "Published"] + comparison.areas.map(\.topic) + [
                "Agrees", "Last saved run", "Duties due", "Overdue", "Past due, unrecorded", "Evidence",
            ],
            rows: rows, numeric: Set([4, 5, 6].map { $0 + comparison.areas.count }), filterable: true, className: "codes")
        let legend = HTMLDocument.legend(scale) { GradeCell.code($0, scale) }
        return """
            \(legend)<p class="meta">Each area: the computed grade / the published grade (– not graded or not inspected, * inferred, ? unknown, with the grades it may be); the link goes to the force's area. Agrees: areas whose computed grade agrees with the published one, of those that have both. Duties: the duties after publication and each published finding's, as of \(DateText.long(input.asOf)); past due, unrecorded: a duty no record here can show met, such as the commissioner's comments.</p>
            \(table.html)
            """
    }

    private func notRun() -> HTML {
        guard !input.all.failures.isEmpty else { return .empty }
        let items = input.all.failures.map { failure -> HTML in
            "\(HTMLDocument.code(failure.force)): \(ComparisonTextReport.describe(failure.reason))"
        }
        return
            "<h3>Forces that could not be run</h3>\n<p>They are on no other page: <code>inspector validate</code> lists every problem.</p>\n"
            + HTMLDocument.list(items)
    }

    private func areas() -> HTML {
        var out: [HTML] = ["<section id=\"areas\">\n<h2>Areas across forces</h2>\n"]
        for id in input.byFramework.keys.sorted() {
            let comparison = input.byFramework[id]!
            let framework = comparison.framework!
            let items = comparison.areas.map { area -> HTML in
                let counts = comparison.distribution(of: area.id).filter { $0.count > 0 }.map {
                    "\($0.count) \(comparison.label(of: $0.grade).lowercased())"
                }
                let notGraded = comparison.notGraded(in: area.id)
                let summary = (counts + (notGraded > 0 ? ["\(notGraded) not graded"] : [])).joined(separator: ", ")
                return
                    "<a href=\"\(path.link(to: .area(framework: framework.id, area: area.id)))\">\(area.title)</a>: computed \(summary)."
            }
            out.append("<h3>\(framework.title)</h3>\n" + HTMLDocument.list(items))
        }
        out.append("</section>\n")
        return HTML(out)
    }
}

/// Duties due and overdue in a force's follow-up: of the report as a whole and of each
/// published finding.
struct DutyCount {
    var due = 0
    var overdue = 0
    /// Past their due date with nothing recorded, for duties this tool cannot see met.
    var notRecorded = 0
    var missing: String?

    init(_ followUp: Result<FollowUp, SiteInput.FollowUpGap>?) {
        guard case .success(let followUp)? = followUp else {
            missing = "—"
            return
        }
        for state in followUp.duties.map(\.state) + followUp.items.map(\.state) {
            switch state {
            case .dueIn, .dueToday: due += 1
            case .overdue: overdue += 1
            case .notRecorded: notRecorded += 1
            default: break
            }
        }
    }
}
