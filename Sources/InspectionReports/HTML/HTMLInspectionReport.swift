import InspectionHistory
import InspectionKit
import InspectionRunner

/// One inspection as an HTML page, with the content of `MarkdownReport`: summary, judgements
/// (with a chart of computed and published grades), each area's findings and checks, the duties
/// after publication, progress since earlier inspections and the evidence used.
enum HTMLInspectionReport {
    static func render(_ result: InspectionResult, changes: WhatIfComparison? = nil, against baseline: RunDiff? = nil) -> String {
        let body = HTML(
            [
                header(result), changes.map(whatIf) ?? .empty, baseline.map(HTMLDiffSection.render) ?? .empty, summary(result),
                judgements(result),
            ] + result.areas.map { area($0, result) }
                + [unplacedPublishedFindings(result), duties(result), progress(result), evidence(result)])
        return HTMLDocument.page(title: "\(result.inspection.title): computed and published grades", generator: result.tool, body: body)
    }

    private static func header(_ result: InspectionResult) -> HTML {
        let framework = result.framework
        var out: HTML = """
            <header>
            <h1>\(result.inspection.title)</h1>
            <p class="meta"><strong>\(result.force.name)</strong> · \(result.force.region) · published \(result.inspection.published.words) · HM Inspector \(result.inspection.inspector)</p>
            <p class="meta">Framework: \(framework.title) (\(HTMLDocument.code("\(framework.id)@\(framework.version)"))), scoring model \(HTMLDocument.code(framework.scoringModel)). Fieldwork: \(result.inspection.fieldwork).</p>
            <p class="meta">Published report: \(result.inspection.source)</p>
            </header>

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
            \(HTMLDocument.table(head: ["Area", "Computed", "Score", "Evidence", "Published", "Agreement"], rows: rows, numeric: [2]))</section>

            """
    }

    private static func area(_ area: AreaResult, _ result: InspectionResult) -> HTML {
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
        if let published = area.published, published.inferred {
            parts.append("<p>Published grade inferred: \(published.note ?? published.source).</p>\n")
        }
        for kind in Finding.Kind.allCases {
            let findings = area.findings.filter { $0.kind == kind }
            guard !findings.isEmpty else { continue }
            parts.append("<h3>\(TextReport.plural(kind)) (\(findings.count))</h3>\n")
            parts.append(HTMLDocument.list(findings.map(finding), class: "findings"))
        }
        parts.append(publishedFindings(result.publishedFindings) { $0.area?.value == area.id })
        let unevaluated = area.checks.filter { !$0.result.outcome.isEvaluated }
        if !unevaluated.isEmpty {
            parts.append("<h3>Not evaluated</h3>\n")
            parts.append(
                HTMLDocument.list(
                    unevaluated.map { "\(HTMLDocument.code($0.checkID)) (\($0.result.outcome.label)): \($0.result.statement)" }))
        }
        let rows = area.checks.map { check -> [HTML] in
            let outcome = check.result.outcome.label + (check.result.isPromisingPractice ? " (promising practice)" : "")
            return [
                "\(HTMLDocument.code(check.checkID)) \(check.title)", "\(outcome)", "\(check.score.map(String.init) ?? "—")",
                "\(NumberText.plain(check.weight))", "\(AuditText.count(check.result))",
            ]
        }
        parts.append(
            HTMLDocument.table(caption: "Checks", head: ["Check", "Outcome", "Score", "Weight", "Count"], rows: rows, numeric: [2, 3, 4]))
        parts.append("</section>\n\n")
        return HTML(parts)
    }

    private static func finding(_ finding: Finding) -> HTML {
        var out: HTML = "\(finding.statement)"
        if let count = finding.count {
            let audited = finding.interval.map { "; audited, 95% interval \($0.range)" } ?? ""
            out = out + " <span class=\"count\">(\(count.met) of \(count.of) met the standard\(audited))</span>"
        }
        if !finding.cases.isEmpty, finding.kind == .areaForImprovement || finding.kind == .causeOfConcern {
            out = out + " <span class=\"cases\">Cases: \(HTML(finding.cases.map(HTMLDocument.code), separator: ", ")).</span>"
        }
        if finding.kind == .causeOfConcern {
            let recommendation =
                finding.recommendation.isEmpty ? "the force should act on this finding and provide an action plan." : finding.recommendation
            out = out + "<span class=\"recommendation\">Recommendation: \(recommendation)</span>"
        }
        return out
    }

    /// What the published report said, grouped by class, for the findings `include` selects.
    private static func publishedFindings(_ published: PublishedFindings, where include: (PublishedFinding) -> Bool) -> HTML {
        let groups: [(String, [PublishedFinding])] = [
            ("causes of concern", published.causesOfConcern), ("areas for improvement", published.areasForImprovement),
            ("promising practice", published.promisingPractice),
        ]
        return HTML(
            groups.compactMap { title, findings -> HTML? in
                let here = findings.filter(include)
                guard !here.isEmpty else { return nil }
                return
                    "<h3>Published by the inspectorate: \(title)</h3>\n\(HTMLDocument.list(here.map { "\($0.text)" }, class: "published-finding"))"
            })
    }

    /// Published findings that name no area of the framework, so no area section shows them.
    private static func unplacedPublishedFindings(_ result: InspectionResult) -> HTML {
        let areas = Set(result.areas.map(\.id))
        let unplaced = publishedFindings(result.publishedFindings) { !areas.contains($0.area?.value ?? "") }
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
            if !duty.applies {
                due = "not required for this report"
            } else if let date = duty.due {
                due = "<strong><time datetime=\"\(DateText.iso(date))\">\(DateText.long(date))</time></strong>"
            } else {
                due = "\(duty.undated ?? "not dated")"
            }
            return ["\(duty.description)", due, "\(duty.source)"]
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

    private static func evidence(_ result: InspectionResult) -> HTML {
        let rows = result.evidence.map { dataset -> [HTML] in
            let rejected: HTML =
                dataset.rows.map { rows in
                    "\(dataset.rejections.count) of \(rows)"
                        + (dataset.rejectionReasons.isEmpty
                            ? .empty
                            : HTMLDocument.list(
                                dataset.rejectionReasons.prefix(EvidenceText.reasonsShown).map { "\($0.count) × \($0.reason)" }))
                } ?? "—"
            return [
                "\(dataset.name)", HTMLDocument.code(dataset.recordType), "\(dataset.records)", rejected, HTMLDocument.code(dataset.file),
                "\(dataset.provenance.rawValue)",
            ]
        }
        let datasets: HTML =
            rows.isEmpty
            ? "<p>No datasets were provided.</p>\n"
            : HTMLDocument.table(
                head: ["Dataset", "Record type", "Records", "Rows rejected", "File", "Provenance"], rows: rows, numeric: [2])
        let documents = HTMLDocument.list(result.documents.map { "Document: \($0)." })
        return """
            <section id="evidence">
            <h2>Evidence</h2>
            \(datasets)\(documents)</section>
            <footer>Generated by \(result.tool.name) \(result.tool.version). Case references only; no child is named.</footer>
            """
    }

    static func percent(_ value: Double?) -> HTML {
        value.map { "\(number: $0)%" } ?? "—"
    }

    static func agreement(_ agreement: Agreement) -> HTML {
        switch agreement {
        case .agrees: return "<span class=\"agrees\">agrees</span>"
        case .differs: return "<span class=\"differs\">differs</span>"
        case .notGraded: return "<span class=\"not-graded\">not graded</span>"
        case .notInspected, .publishedUnknown: return "<span>\(agreement.label)</span>"
        }
    }

    /// Short codes as comparisons print them: O, G, A, RI, I.
    static func code(_ grade: String, _ scale: [GradingScale.Grade]) -> String {
        (scale.first { $0.id == grade }?.label ?? grade).split(separator: " ").map { String($0.prefix(1)).uppercased() }.joined()
    }
}
