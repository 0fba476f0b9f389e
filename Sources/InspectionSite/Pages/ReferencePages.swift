import InspectionKit
import InspectionLoading
import InspectionReports
import YAML

/// The reference, generated from the frameworks and the checks' descriptors: `reference/`
/// lists them; a page per framework (its scale, scoring, duties, and each area's question,
/// characteristics of good and checks); a page per check (why it matters, its parameters,
/// what it reads and reports, and its worked examples).
struct ReferencePages {
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

/// `reference/frameworks/<id>.html`.
struct FrameworkPage {
    let site: SiteBuilder
    let framework: Framework
    var path: SitePath { .framework(framework.id.value) }

    func page() -> SitePage {
        let registry = site.input.workspace.registry
        let scale = site.input.workspace.catalog.scale(for: framework)?.grades ?? []
        var body: [HTML] = [
            "<h1>\(framework.title)</h1>\n",
            "<dl class=\"facts\"><dt>Id</dt><dd>\(HTMLDocument.code(framework.versionedID))</dd><dt>Published by</dt><dd>\(framework.publisher)</dd><dt>Source</dt><dd>\(framework.source)</dd><dt>Scoring model</dt><dd>\(HTMLDocument.code("\(framework.scoring.id)@\(framework.scoring.version)")): \(framework.scoring.description)</dd></dl>\n",
        ]
        body += framework.notes.map { "<p class=\"notice\"><strong>Note:</strong> \($0)</p>\n" }
        body.append("<h2 id=\"scale\">Grading scale</h2>\n" + HTMLDocument.legend(scale) { GradeCell.code($0, scale) })
        let bands = framework.scoring.gradeBands.map { band -> [HTML] in
            [HTMLDocument.badge(band.grade.value, scale), "\(NumberText.plain(band.minPercent))%"]
        }
        body.append(
            HTMLDocument.table(
                caption: "Grade bands: the least score (percentage of the maximum) for each grade", head: ["Grade", "From"], rows: bands,
                numeric: [1]))
        if !framework.duties.isEmpty {
            let rows = framework.duties.map { duty -> [HTML] in
                ["\(duty.description)", "\(DurationText.words(duty.within))", "\(duty.appliesWhen.rawValue)", "\(duty.source)"]
            }
            body.append(
                "<h2 id=\"duties\">Duties after publication</h2>\n"
                    + HTMLDocument.table(head: ["Duty", "Within", "Applies", "Source"], rows: rows))
        }
        body.append(
            "<nav class=\"contents\" aria-label=\"Areas\"><ol>\n"
                + HTML(framework.areas.map { "<li><a href=\"#area-\($0.id.value)\">\($0.title)</a></li>\n" }) + "</ol></nav>\n")
        for area in framework.areas {
            let checks = area.checks.map { reference -> [HTML] in
                let id = reference.check.value
                let title = registry.descriptor(id)?.title ?? "not a known check"
                let parameters = reference.parameters.keys.sorted().map { name in
                    "\(name) = \(value(reference.parameters[name]!, name: name))"
                }
                return [
                    "<a href=\"\(path.link(to: .check(id)))\">\(HTMLDocument.code(id))</a> \(title)",
                    "\(NumberText.plain(reference.weight))",
                    "\(reference.onFailure.label)"
                        + (reference.whenNotMetAtBest.map { "; when not met, the area at best \($0.value)" } ?? ""),
                    "\(reference.theme ?? "—")", "\(parameters.isEmpty ? "—" : parameters.joined(separator: "; "))",
                ]
            }
            body.append(
                """
                <section id="area-\(area.id.value)">
                <h2>\(area.title)</h2>
                <p class="meta">Topic: \(area.topic)\(across(area))</p>
                <p><strong>\(area.question)</strong></p>
                <h3>Characteristics of good</h3>
                \(HTMLDocument.list(area.characteristicsOfGood.map { "\($0)" }))\(HTMLDocument.table(caption: "Checks", head: ["Check", "Weight", "On failure", "Theme", "Parameters set here"], rows: checks, numeric: [1]))</section>

                """)
        }
        let framework = framework.parameters.keys.sorted().map { name -> HTML in
            "\(HTMLDocument.code(name)) = \(value(self.framework.parameters[name]!, name: name))"
        }
        if !framework.isEmpty {
            body.append("<h2 id=\"parameters\">Parameters the framework sets for every force</h2>\n" + HTMLDocument.list(framework))
        }
        return site.frame.page(path, title: self.framework.title, crumbs: [("Reference", .referenceIndex)], body: HTML(body))
    }

    /// " · this area across the forces", linked, when some force's latest inspection is under
    /// the framework (otherwise there is no such page).
    private func across(_ area: Area) -> HTML {
        guard site.input.byFramework[framework.id.value]?.areas.contains(where: { $0.id == area.id.value }) == true else {
            return " · no force's latest inspection is under this framework"
        }
        return " · <a href=\"\(path.link(to: .area(framework: framework.id.value, area: area.id.value)))\">this area across the forces</a>"
    }

    /// A parameter's value as its declared type reads it; as YAML gives it when it cannot be read.
    private func value(_ node: YAML.Node, name: String) -> String {
        guard let spec = site.input.workspace.registry.parameters[name],
            let value = try? ParameterCoding.value(node, as: spec.type, name: name, minimum: spec.minimum)
        else { return node.scalar ?? "(a \(node.kind) value)" }
        return String(describing: value)
    }
}

/// `reference/checks/<id>.html`.
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
