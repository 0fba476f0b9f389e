import InspectionKit
import InspectionReports

/// `reference/checks/<id>.html`: a check from its descriptor: why it matters, where the frameworks
/// use it, its parameters, what it reads and reports, and its worked examples.
struct CheckPage {
    let site: SiteBuilder
    let id: String
    var path: SitePath { .check(id) }

    func page() -> SitePage {
        let registry = site.input.workspace.registry
        let descriptor = registry.descriptor(id)!
        let module = registry.module(of: id)?.name
        var body: [HTML] = [
            "<h1>\(HTMLDocument.code(descriptor.id)) \(descriptor.title)</h1>\n",
            "<p class=\"meta\">Area \(descriptor.area)\(module.map { ", module \($0)" } ?? "")</p>\n",
            "<p>\(descriptor.rationale)</p>\n", "<p><strong>When it falls short:</strong> \(descriptor.recommendation)</p>\n",
        ]
        let usage = site.frameworkIDs.compactMap { site.input.workspace.catalog.frameworks[$0] }.flatMap { framework in
            framework.areas.filter { $0.checks.contains { $0.check.value == id } }.map { area -> HTML in
                let reference = area.checks.first { $0.check.value == id }!
                return
                    "<a href=\"\(path.link(to: .framework(framework.id.value), fragment: "area-\(area.id.value)"))\">\(framework.title), \(area.title)</a>: weight \(NumberText.plain(reference.weight)), on failure \(reference.onFailure.label)"
            }
        }
        body.append(
            "<h2 id=\"used-by\">Used by</h2>\n"
                + (usage.isEmpty ? "<p>No framework of this project uses it.</p>\n" : HTMLDocument.list(usage)))
        let parameters = descriptor.parameters.map { spec -> [HTML] in
            [
                HTMLDocument.code(spec.name), "\(String(describing: spec.type))" + (spec.unit.map { ", \($0)" } ?? ""),
                "\(spec.defaultValue.map { String(describing: $0) } ?? "none: the framework sets it")",
                "\(spec.isLocalPolicy ? "the force" : "the framework")",
                "\(spec.summary)",
            ]
        }
        body.append(
            "<h2 id=\"parameters\">Parameters</h2>\n"
                + (parameters.isEmpty
                    ? "<p>None.</p>\n" : HTMLDocument.table(head: ["Parameter", "Type", "Default", "Set by", "Meaning"], rows: parameters)))
        let reads =
            descriptor.readIDs.map { HTMLDocument.code($0) }
            + descriptor.observationTopics.map { "observations on \(HTMLDocument.code($0))" }
        body.append(
            "<h2 id=\"reads\">What it reads and reports</h2>\n<p>Reads: \(reads.isEmpty ? "documents" : HTML(reads, separator: ", ")).</p>\n"
        )
        if !descriptor.figures.isEmpty {
            body.append(
                HTMLDocument.list(descriptor.figures.map { "Figure \(HTMLDocument.code($0.id)): \($0.label) (\($0.unit.rawValue))" }))
        }
        body.append(
            "<h2 id=\"examples\">Examples</h2>\n<p>Run with the parameters' example values unless an example sets its own; every example is run when the inspector starts, so each says what the check does.</p>\n"
        )
        for (index, example) in descriptor.examples.enumerated() {
            let count = example.expected.count.map { ", \($0.met) of \($0.of)" } ?? ""
            body.append(
                """
                <h3 id="example-\(index + 1)">\(index + 1). \(example.title): \(example.expected.outcome.label)\(count)</h3>
                <pre tabindex="0" aria-label="Evidence of example \(index + 1)"><code>\(example.evidence)</code></pre>
                <p>→ \(example.expected.statement)</p>

                """)
        }
        return site.frame.page(path, title: descriptor.id, crumbs: [("Reference", .referenceIndex)], body: HTML(body))
    }
}
