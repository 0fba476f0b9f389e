import InspectionKit
import InspectionLoading
import InspectionReports
import YAML

/// `reference/frameworks/<id>.html`: a framework as the checks and the grader use it: its scale and
/// grade bands, its scoring model, its duties after publication, and each area's question,
/// characteristics of good and checks (weight, finding class, theme, parameters set there).
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
                        + (reference.partlyMetClass == reference.onFailure ? "" : "; when partly met, \(reference.partlyMetClass.label)")
                        + (reference.whenNotMetAtBest.map { "; when not met, the area at best \($0.value)" } ?? ""),
                    "\(reference.characteristic?.value ?? "—")", "\(reference.theme ?? "—")",
                    "\(parameters.isEmpty ? "—" : parameters.joined(separator: "; "))",
                ]
            }
            body.append(
                """
                <section id="area-\(area.id.value)">
                <h2>\(area.title)</h2>
                <p class="meta">Topic: \(area.topic)\(across(area))</p>
                \(Self.headline(area))<p><strong>\(area.question)</strong></p>
                <h3>Characteristics of good</h3>
                \(HTMLDocument.list(area.characteristicsOfGood.map(Self.characteristic)))\(HTMLDocument.table(caption: "Checks", head: ["Check", "Weight", "On failure", "Characteristic", "Theme", "Parameters set here"], rows: checks, numeric: [1]))</section>

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

    /// The inspectorate's headline for an area, with where it comes from.
    private static func headline(_ area: Area) -> HTML {
        guard let headline = area.headline else { return .empty }
        return "<p class=\"headline\">\(headline.text)\(Self.provenance(source: headline.source, reading: headline.reading))</p>\n"
    }

    /// A characteristic of good with its id, its source and, where the words are this tool's
    /// reading, what the reading rests on.
    private static func characteristic(_ characteristic: Characteristic) -> HTML {
        let id: HTML = characteristic.id.map { " \(HTMLDocument.code($0.value))" } ?? .empty
        return "\(characteristic.text)\(id)\(Self.provenance(source: characteristic.source, reading: characteristic.reading))"
    }

    private static func provenance(source: String?, reading: String?) -> HTML {
        let parts = [source.map { "Source: \($0)." }, reading.map { "\($0)" }].compactMap { $0 }
        return parts.isEmpty ? .empty : " <span class=\"meta\">\(parts.joined(separator: " "))</span>"
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
