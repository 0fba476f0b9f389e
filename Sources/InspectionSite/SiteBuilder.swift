import InspectionHistory
import InspectionKit
import InspectionReports

/// Builds every page from a `SiteInput`: the index, a page per force, a page per area of each
/// framework, and the reference. Pure: the same input gives the same pages in the same order.
struct SiteBuilder {
    let input: SiteInput
    let frame: SiteFrame

    init(_ input: SiteInput) {
        self.input = input
        let runs = input.runs.count
        frame = SiteFrame(
            tool: input.all.tool,
            provenance: "follow-up as of \(DateText.long(input.asOf)), \(runs) saved \(runs == 1 ? "run" : "runs")")
    }

    func pages() -> [SitePage] {
        var pages = [IndexPage(site: self).page()]
        pages += input.all.rows.map { ForcePage(site: self, row: $0).page() }
        for framework in input.byFramework.keys.sorted() {
            let comparison = input.byFramework[framework]!
            pages += comparison.areas.map { AreaPage(site: self, comparison: comparison, area: $0).page() }
        }
        pages += ReferenceIndexPage(site: self).pages()
        return pages.sorted { $0.path < $1.path }
    }

    // MARK: Shared by the pages

    /// The frameworks the site documents: every framework of the project root, by id.
    var frameworkIDs: [String] { input.workspace.catalog.frameworkIDs }

    /// Every check the frameworks use or the registry knows, by id.
    var checkIDs: [String] { input.workspace.registry.ids }

    /// A check id's link from `page` to its reference, when the registry knows it.
    func checkLink(from page: SitePath) -> (String) -> String? {
        let known = Set(checkIDs)
        return { id in known.contains(id) ? page.link(to: .check(id)) : nil }
    }

    /// "Northamptonshire Police" for a force id; the id when the force could not be run.
    func forceName(_ id: String) -> String {
        input.all.rows.first { $0.force.id == id }?.force.name ?? id
    }

    /// The latest saved run of a force (what-if runs included), if any.
    func latestRun(of force: String) -> RunRecord? { input.runs.last { $0.forceID == force } }
}
