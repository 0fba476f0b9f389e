import InspectionKit
import InspectionLoading
import InspectionReports

/// `reference/index.html`, the way into the reference generated from the frameworks and the
/// checks' descriptors: each framework (`FrameworkPage`) and each check by module (`CheckPage`).
/// `pages()` gives the index and every page it lists.
struct ReferenceIndexPage {
    let site: SiteBuilder
    var catalog: Catalog { site.input.workspace.catalog }
    var registry: CheckRegistry { site.input.workspace.registry }

    func pages() -> [SitePage] {
        [index()] + site.frameworkIDs.compactMap { id in catalog.frameworks[id].map { FrameworkPage(site: site, framework: $0).page() } }
            + registry.ids.map { CheckPage(site: site, id: $0).page() }
    }

    private func index() -> SitePage {
        let path = SitePath.referenceIndex
        let frameworks = site.frameworkIDs.compactMap { catalog.frameworks[$0] }.map { framework -> HTML in
            "<a href=\"\(path.link(to: .framework(framework.id.value)))\">\(framework.title)</a> (\(HTMLDocument.code(framework.versionedID))): \(framework.areas.count) areas, published by \(framework.publisher)"
        }
        var modules: [HTML] = []
        for module in registry.modules where !module.checks.isEmpty {
            let checks = module.checks.map { $0.descriptor }.map { descriptor -> HTML in
                "<a href=\"\(path.link(to: .check(descriptor.id)))\">\(HTMLDocument.code(descriptor.id))</a> \(descriptor.title)"
            }
            modules.append("<h3>\(module.name)</h3>\n" + HTMLDocument.list(checks))
        }
        let body: HTML = """
            <h1>Reference</h1>
            <p>Generated from the project's frameworks and from the descriptions the checks carry in their code, so it says what the inspector does, not what it once did.</p>
            <section id="frameworks">
            <h2>Frameworks</h2>
            \(HTMLDocument.list(frameworks))</section>
            <section id="checks">
            <h2>Checks, by module</h2>
            \(HTML(modules))</section>

            """
        return site.frame.page(path, title: "Reference", crumbs: [("Forces", .index)], body: body)
    }
}
