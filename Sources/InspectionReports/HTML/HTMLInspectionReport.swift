import Foundation
import InspectionHistory
import InspectionKit
import InspectionRunner

/// One inspection as an HTML page, with the content of `MarkdownReport`: summary, judgements
/// (with a chart of computed and published grades), each area's findings and checks, the duties
/// after publication, progress since earlier inspections and the evidence used.
package enum HTMLInspectionReport {
    static func render(_ result: InspectionResult, changes: WhatIfComparison? = nil, against baseline: RunDiff? = nil) -> String {
        let body = HTML(
            [header(result), changes.map(whatIf) ?? .empty, baseline.map(HTMLDiffSection.render) ?? .empty] + sections(result)
                + [footer(result)])
        return HTMLDocument.page(title: "\(result.inspection.title): computed and published grades", generator: result.tool, body: body)
    }

    /// The inspection in full after the page's header: summary, judgements, each area
    /// (`id="area-<id>"`), published findings not tied to an area, duties, progress and the
    /// evidence. The site's force page shows them under a header of its own.
    /// - Parameters:
    ///   - checkLink: where a check id links to (the site's check reference); nil for none.
    ///   - casesShown: how many case references a finding lists before saying how many more
    ///     there are (a national export's finding can hold 50,000); nil lists every one.
    package static func sections(
        _ result: InspectionResult, checkLink: (String) -> String? = { _ in nil }, casesShown: Int? = nil
    ) -> [HTML] {
        [summary(result), judgements(result)] + result.areas.map { area($0, result, checkLink: checkLink, casesShown: casesShown) }
            + [unplacedPublishedFindings(result), duties(result), progress(result), evidence(result)]
    }

    /// A check id, as a link to its reference where there is one.
    package static func checkCode(_ id: String, _ link: (String) -> String?) -> HTML {
        link(id).map { "<a href=\"\($0)\">\(HTMLDocument.code(id))</a>" } ?? HTMLDocument.code(id)
    }

    private static func header(_ result: InspectionResult) -> HTML {
        let framework = result.framework
        var out: HTML = """
            <header>
            <h1>\(result.inspection.title)</h1>
            <p class="meta"><strong>\(result.force.name)</strong> · \(result.force.region) · published \(result.inspection.published.words) · HM Inspector \(result.inspection.inspector)</p>
            <p class="meta">Framework: \(framework.title) (\(HTMLDocument.code("\(framework.id)@\(framework.version)"))), scoring model \(HTMLDocument.code(framework.scoringModel)). Fieldwork: \(result.inspection.fieldwork).</p>
            <p class="meta">Published report: \(result.inspection.source)</p>
            \(PublishedText.kindNote(result.inspection.kind).map { "<p class=\"meta\"><strong>\($0)</strong></p>\n" as HTML } ?? .empty)</header>

            """
        for note in framework.notes {
            out = out + "<p class=\"notice\"><strong>Note:</strong> \(note)</p>\n"
        }
        for policy in result.policies {
            out =
                out
                + "<p class=\"meta\">Policy since the inspection: \(policy.description) (\(policy.since)). To see what it changes: \(HTMLDocument.code("inspector inspect \(result.force.id) --set \(policy.parameter)=\(policy.value)"))</p>\n"
        }
        if !result.overrides.isEmpty {
            let changed = result.overrides.sorted { $0.key < $1.key }.map { HTMLDocument.code("\($0.key)=\($0.value)") }
            out =
                out
                + "<p class=\"notice\"><strong>What-if run.</strong> Parameters changed from the force's configuration: \(HTML(changed, separator: ", ")).</p>\n"
        }
        let contents = result.areas.map { "<li><a href=\"#area-\($0.id)\">\($0.title)</a></li>\n" as HTML }
        return out + "<nav aria-label=\"Areas\"><ol>\n\(contents)</ol></nav>\n"
    }

    private static func summary(_ result: InspectionResult) -> HTML {
        let graded = result.areas.compactMap(\.grading.grade)
        let counts = result.scale.compactMap { grade -> String? in
            let count = graded.filter { $0 == grade.id }.count
            return count == 0 ? nil : "\(grade.label.lowercased()) in \(count) \(count == 1 ? "area" : "areas")"
        }
        let (agree, compared) = result.agreementCount
        let computed =
            "Computed from the evidence: " + (counts.isEmpty ? "no area could be graded" : counts.joined(separator: ", ")) + "."
            + (compared > 0
                ? " The computed grade agrees with the published grade \(AgreementText.phrase(agree: agree, compared: compared))." : "")
        let concerns = result.findings(.causeOfConcern).count
        let improvements = result.findings(.areaForImprovement).count
        let findings =
            "The evidence gives \(concerns) \(concerns == 1 ? "cause" : "causes") of concern and \(improvements) \(improvements == 1 ? "area" : "areas") for improvement."
        return """
            <section id="summary">
            <h2>Summary</h2>
            <p>\(computed)</p>
            <p>\(findings)</p>
            \(HTMLDocument.legend(result.scale) { code($0, result.scale) })
            </section>

            """
    }

    private static func judgements(_ result: InspectionResult) -> HTML {
        let rows = result.areas.map { area -> [HTML] in
            let published = HTMLDocument.publishedBadge(area.published, result.scale)
            return [
                "\(area.title)", HTMLDocument.badge(area.grading.grade, result.scale), percent(area.grading.percent),
                HTMLDocument.provenance(area.provenance), published, agreement(area.agreement),
            ]
        }
        return """
            <section id="judgements">
            <h2>Judgements</h2>
            <figure>
            \(SVGCharts.areaGrades(result))
            <figcaption>Each area's computed grade (solid bar) and published grade (outlined bar) on the scale, worst on the left; the grades are also given in words.</figcaption>
            </figure>
            \(HTMLDocument.table(head: ["Area", "Computed", "Score", "Evidence", "Published", "Agreement"], rows: rows, numeric: [2]))\(overall(result))</section>

            """
    }

    /// The framework's overall judgement, when it declares one.
    private static func overall(_ result: InspectionResult) -> HTML {
        guard let overall = result.overall else { return .empty }
        let grade: HTML = overall.grade.map { HTMLDocument.badge($0, result.scale) } ?? "not given"
        return "<p class=\"overall\"><strong>\(overall.title)</strong>: \(grade) \(overall.basis) Rules: \(overall.source).</p>\n"
    }

    private static func area(_ area: AreaResult, _ result: InspectionResult, checkLink: (String) -> String?, casesShown: Int?) -> HTML {
        var parts: [HTML] = []
        parts.append(
            """
            <section id="area-\(area.id)">
            <h2>\(area.title)</h2>
            <p class="area-grades">Computed \(HTMLDocument.badge(area.grading.grade, result.scale)) Published \(HTMLDocument.publishedBadge(area.published, result.scale)) \(agreement(area.agreement))</p>
            <p class="basis">\(area.grading.basis)</p>

            """)
        if let sampling = AuditText.sampling(area, result) { parts.append("<p class=\"sampling\">\(sampling)</p>\n") }
        parts.append(HTMLDocument.list(area.grading.adjustments.map { "Limit applied: \($0)" }))
        if let lacking = LackText.sentence(area) { parts.append("<p class=\"lacking\">\(lacking)</p>\n") }
        if !area.grading.characteristics.isEmpty {
            let rows = area.grading.characteristics.map { characteristic -> [HTML] in
                [
                    "\(characteristic.text)", "\(characteristic.state.label)",
                    HTML(characteristic.checks.map(HTMLDocument.code), separator: ", "),
                ]
            }
            parts.append(HTMLDocument.table(caption: "Characteristics of good", head: ["Characteristic", "State", "Checks"], rows: rows))
        }
        if let margin = area.margin {
            parts.append(
                "<h3>Grade margin</h3>\n"
                    + HTMLDocument.list(["Up: \(margin.up.statement)", "Down: \(margin.down.statement)"], class: "margin"))
        }
        if let published = area.published, published.inferred {
            parts.append("<p>Published grade inferred: \(published.note ?? published.source).</p>\n")
        }
        for kind in Finding.Kind.allCases {
            let findings = area.findings.filter { $0.kind == kind }
            guard !findings.isEmpty else { continue }
            parts.append("<h3>\(TextReport.plural(kind)) (\(findings.count))</h3>\n")
            parts.append(HTMLDocument.list(findings.map { finding($0, casesShown: casesShown) }, class: "findings"))
        }
        parts.append(
            publishedFindings(result.publishedFindings, publishedOn: result.inspection.published.exact) { $0.area?.value == area.id })
        let unevaluated = area.checks.filter { !$0.result.outcome.isEvaluated }
        if !unevaluated.isEmpty {
            parts.append("<h3>Not evaluated</h3>\n")
            parts.append(
                HTMLDocument.list(
                    unevaluated.map { "\(checkCode($0.checkID, checkLink)) (\($0.result.outcome.label)): \($0.result.statement)" }))
        }
        let rows = area.checks.map { check -> [HTML] in
            let outcome = check.result.outcome.label + (check.result.isPromisingPractice ? " (promising practice)" : "")
            return [
                "\(checkCode(check.checkID, checkLink)) \(check.title)", "\(outcome)", "\(check.score.map(String.init) ?? "—")",
                "\(NumberText.plain(check.weight))", "\(AuditText.count(check.result))",
            ]
        }
        parts.append(
            HTMLDocument.table(caption: "Checks", head: ["Check", "Outcome", "Score", "Weight", "Count"], rows: rows, numeric: [2, 3, 4]))
        parts.append("</section>\n\n")
        return HTML(parts)
    }

    private static func finding(_ finding: Finding, casesShown: Int?) -> HTML {
        var out: HTML = "\(finding.statement)"
        if let count = finding.count {
            let audited = finding.interval.map { "; audited, 95% interval \($0.range)" } ?? ""
            out = out + " <span class=\"count\">(\(count.met) of \(count.of) met the standard\(audited))</span>"
        }
        if !finding.cases.isEmpty, finding.kind == .areaForImprovement || finding.kind == .causeOfConcern {
            let shown = finding.cases.prefix(casesShown ?? finding.cases.count)
            let more = finding.cases.count - shown.count
            let rest: HTML =
                more == 0
                ? "."
                : ", and \(RankingText.grouped(more)) more (\(RankingText.grouped(shown.count)) of \(RankingText.grouped(finding.cases.count)) shown; the JSON report lists them all)."
            out = out + " <span class=\"cases\">Cases: \(HTML(shown.map(HTMLDocument.code), separator: ", "))\(rest)</span>"
        }
        if finding.kind == .causeOfConcern {
            let recommendation =
                finding.recommendation.isEmpty ? "the force should act on this finding and provide an action plan." : finding.recommendation
            out = out + "<span class=\"recommendation\">Recommendation: \(recommendation)</span>"
        }
        return out
    }

    /// What the published report said, grouped by class, for the findings `include` selects.
    private static func publishedFindings(
        _ published: PublishedFindings, publishedOn day: Date?, where include: (PublishedFinding) -> Bool
    ) -> HTML {
        HTML(
            PublishedFindings.List.allCases.compactMap { list -> HTML? in
                let here = published.findings(list).filter(include)
                guard !here.isEmpty else { return nil }
                let items = here.map { finding -> HTML in
                    let recommendations = PublishedText.recommendations(finding, list: list, publishedOn: day)
                    return recommendations.isEmpty
                        ? "\(finding.text)" : "\(finding.text)\n\(HTMLDocument.list(recommendations.map { "\($0)" }))"
                }
                return "<h3>Published by the inspectorate: \(list.words)</h3>\n\(HTMLDocument.list(items, class: "published-finding"))"
            })
    }

    /// Published findings that name no area of the framework, so no area section shows them.
    private static func unplacedPublishedFindings(_ result: InspectionResult) -> HTML {
        let areas = Set(result.areas.map(\.id))
        var unplaced = publishedFindings(result.publishedFindings, publishedOn: result.inspection.published.exact) {
            !areas.contains($0.area?.value ?? "")
        }
        if let unknown = PublishedText.unknownLists(result.publishedFindings) { unplaced = "\(unplaced)<p>\(unknown)</p>\n" }
        return unplaced.markup.isEmpty
            ? .empty : "<section id=\"published\">\n<h2>Published findings not tied to an area</h2>\n\(unplaced)</section>\n\n"
    }

    /// What a what-if run changed, first, since it is why the run was made.
    private static func whatIf(_ changes: WhatIfComparison) -> HTML {
        let heading =
            "What changes with " + changes.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        var items: [HTML] = changes.areas.map { change in
            "<strong>\(change.title)</strong>: \(changes.grade(change.baseline, change.baselinePercent)) → \(changes.grade(change.whatIf, change.whatIfPercent))"
        }
        items += changes.checks.map { change in
            "\(HTMLDocument.code(change.checkID)): \(change.baseline.outcome.label) → \(change.whatIf.outcome.label). Before: \(change.baseline.statement) After: \(change.whatIf.statement)"
        }
        if items.isEmpty { items = ["Nothing: every grade, outcome and statement is the same."] }
        return "<section id=\"what-if\">\n<h2>\(heading)</h2>\n\(HTMLDocument.list(items))</section>\n\n"
    }

    private static func duties(_ result: InspectionResult) -> HTML {
        guard !result.duties.isEmpty else { return .empty }
        let rows = result.duties.map { duty -> [HTML] in
            let due: HTML
            if duty.applies, let date = duty.due {
                due = "<strong><time datetime=\"\(DateText.iso(date))\">\(DateText.long(date))</time></strong>"
            } else {
                due = "\(DutyText.when(duty))"
            }
            return ["\(duty.description)", due, "\(duty.source)\(DutyText.assumption(duty))"]
        }
        return
            "<section id=\"duties\">\n<h2>Duties after publication</h2>\n\(HTMLDocument.table(head: ["Duty", "Due", "Source"], rows: rows))</section>\n\n"
    }

    private static func progress(_ result: InspectionResult) -> HTML {
        guard let history = result.history, !history.inspections.isEmpty else { return .empty }
        let entries = history.inspections.map { past -> HTML in
            let published = past.published.map { ", published \($0.words)" } ?? ""
            var out: HTML = "<h3>\(past.title) (\(past.fieldwork)\(published))</h3>\n<p>\(past.summary)</p>\n"
            if let audit = past.caseAudit {
                var parts = ["\(audit.audited) cases audited"]
                if let good = audit.good { parts.append("\(good) good") }
                if let requiresImprovement = audit.requiresImprovement { parts.append("\(requiresImprovement) requiring improvement") }
                if let inadequate = audit.inadequate { parts.append("\(inadequate) inadequate") }
                out = out + "<p>Case audit: \(parts.joined(separator: ", ")).</p>\n"
            }
            return out + HTMLDocument.list(past.findings.map { "\($0)" }) + "<p class=\"meta\">Source: \(past.source)</p>\n"
        }
        return "<section id=\"progress\">\n<h2>Progress since earlier inspections</h2>\n\(entries)</section>\n\n"
    }

    /// Every dataset with the rows read, used and rejected, then each dataset's reasons for
    /// rejecting rows, every one of them.
    private static func evidence(_ result: InspectionResult) -> HTML {
        let rows = result.evidence.map { dataset -> [HTML] in
            [
                "\(dataset.name)", HTMLDocument.code(dataset.recordType), "\(dataset.rows ?? dataset.records)", "\(dataset.records)",
                "\(dataset.rejections.count)", HTMLDocument.code(dataset.file), "\(dataset.provenance.rawValue)",
            ]
        }
        let datasets: HTML =
            rows.isEmpty
            ? "<p>No datasets were provided.</p>\n"
            : HTMLDocument.table(
                head: ["Dataset", "Record type", "Read", "Used", "Rejected", "File", "Provenance"], rows: rows, numeric: [2, 3, 4])
                + "<p class=\"meta\">Read: the rows of a CSV export, or the records of a YAML file; every one is used or rejected.</p>\n"
        let rejections = result.evidence.filter { !$0.rejections.isEmpty }.map { dataset -> HTML in
            let reasons = dataset.rejectionReasons.map { ["\($0.reason)", "\($0.count)"] as [HTML] }
            return
                "<h3>Rows rejected from \(dataset.name): \(dataset.rejections.count) of \(dataset.rows ?? dataset.records), \(EvidenceText.reasons(dataset, shown: reasons.count))</h3>\n"
                + HTMLDocument.table(head: ["Reason", "Rows"], rows: reasons, numeric: [1], class: "label-first")
        }
        let documents = HTMLDocument.list(result.documents.map { "Document: \($0)." })
        return """
            <section id="evidence">
            <h2>Evidence</h2>
            \(datasets)\(rejections)\(documents)</section>

            """
    }

    static func footer(_ result: InspectionResult) -> HTML {
        "<footer>Generated by \(result.tool.name) \(result.tool.version). Case references only; no child is named.</footer>"
    }

    package static func percent(_ value: Double?) -> HTML {
        value.map { "\(number: $0)%" } ?? "—"
    }

    package static func agreement(_ agreement: Agreement) -> HTML {
        switch agreement {
        case .agrees: return "<span class=\"agrees\">agrees</span>"
        case .differs: return "<span class=\"differs\">differs</span>"
        case .notGraded: return "<span class=\"not-graded\">not graded</span>"
        case .notInspected, .publishedUnknown, .assessedNotGraded: return "<span>\(agreement.label)</span>"
        }
    }

    /// Short codes as comparisons print them: O, G, A, RI, I.
    static func code(_ grade: String, _ scale: [GradingScale.Grade]) -> String {
        (scale.first { $0.id == grade }?.label ?? grade).split(separator: " ").map { String($0.prefix(1)).uppercased() }.joined()
    }
}
