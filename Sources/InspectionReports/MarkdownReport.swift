import Foundation
import InspectionKit

/// A report of one inspection in the shape of a published inspection report: summary,
/// judgements, each area's findings, the duties after publication, progress since earlier
/// inspections, and the evidence used.
public enum MarkdownReport {
    public static func render(_ result: InspectionResult) -> String {
        var out: [String] = []
        out.append("# \(text(result.inspection.title))")
        out.append("")
        out.append(
            "**\(text(result.force.name))** · \(text(result.force.region)) · published \(result.inspection.published.words) · HM Inspector \(text(result.inspection.inspector))"
        )
        out.append("")
        out.append(
            "Framework: \(text(result.framework.title)) (`\(code("\(result.framework.id)@\(result.framework.version)"))`), scoring model `\(code(result.framework.scoringModel))`. Fieldwork: \(text(result.inspection.fieldwork))."
        )
        if let kind = PublishedText.kindNote(result.inspection.kind) {
            out.append("")
            out.append("> **\(text(kind))**")
        }
        for note in result.framework.notes {
            out.append("")
            out.append("> **Note:** \(text(note))")
        }
        if !result.overrides.isEmpty {
            out.append("")
            out.append(
                "> **What-if run.** Parameters changed from the force's configuration: "
                    + result.overrides.sorted { $0.key < $1.key }.map { "`\(code("\($0.key)=\($0.value)"))`" }.joined(separator: ", ") + "."
            )
        }
        out.append("")
        out += summary(result)
        out += judgements(result)
        for area in result.areas { out += areaSection(area, result) }
        out += unplacedPublishedFindings(result)
        out += duties(result)
        out += policies(result)
        out += progress(result)
        out += evidence(result)
        return out.joined(separator: "\n") + "\n"
    }

    private static func summary(_ result: InspectionResult) -> [String] {
        let graded = result.areas.compactMap(\.grading.grade)
        var counts: [String] = []
        for grade in result.scale {
            let count = graded.filter { $0 == grade.id }.count
            if count > 0 { counts.append("\(grade.label.lowercased()) in \(count) \(count == 1 ? "area" : "areas")") }
        }
        let (agree, compared) = result.agreementCount
        var lines = ["## Summary", ""]
        lines.append(
            "Computed from the evidence: " + (counts.isEmpty ? "no area could be graded" : counts.joined(separator: ", ")) + "."
                + (compared > 0
                    ? " The computed grade agrees with the published grade \(AgreementText.phrase(agree: agree, compared: compared))." : "")
        )
        let concerns = result.findings(.causeOfConcern).count
        let improvements = result.findings(.areaForImprovement).count
        lines.append("")
        lines.append(
            "The evidence gives \(concerns) \(concerns == 1 ? "cause" : "causes") of concern and \(improvements) \(improvements == 1 ? "area" : "areas") for improvement."
        )
        lines.append("")
        return lines
    }

    private static func judgements(_ result: InspectionResult) -> [String] {
        var lines = ["## Judgements", "", "| Area | Computed | Evidence | Published | Agreement |", "|---|---|---|---|---|"]
        for area in result.areas {
            let computed =
                area.notGradedByFramework != nil
                ? "Assessed, not graded"
                : area.grading.grade.map { "\(text(result.label(of: $0))) (\(NumberText.plain((area.grading.percent ?? 0).rounded()))%)" }
                    ?? "Not graded"
            let published = text(result.publishedWords(area)) + (area.published?.inferred == true ? " (inferred)" : "")
            let agreement = area.agreement == .differs ? "**differs**" : area.agreement.label
            let evidence = area.provenance.isEmpty ? "—" : ProvenanceText.words(area.provenance)
            lines.append("| \(cell(area.title)) | \(computed) | \(evidence) | \(published) | \(agreement) |")
        }
        lines.append("")
        if let overall = result.overall {
            let grade = overall.grade.map { "**\(text(result.label(of: $0)))**" } ?? "not given"
            lines.append("\(text(overall.title)): \(grade). \(text(overall.basis)) Rules: \(text(overall.source)).")
            lines.append("")
        }
        return lines
    }

    private static func areaSection(_ area: AreaResult, _ result: InspectionResult) -> [String] {
        var lines = ["## \(text(area.title))", ""]
        lines.append("*\(text(area.grading.basis))*")
        if let lacking = LackText.sentence(area) {
            lines.append("")
            lines.append(text(lacking))
        }
        if let sampling = AuditText.sampling(area, result) {
            lines.append("")
            lines.append(text(sampling))
        }
        if let published = area.published, published.inferred {
            lines.append("")
            lines.append("Published grade inferred: \(text(published.note ?? published.source)).")
        }
        lines.append("")
        if !area.grading.characteristics.isEmpty {
            lines.append("### Characteristics of good")
            lines.append("")
            for characteristic in area.grading.characteristics {
                let checks = characteristic.checks.map { "`\(code($0))`" }.joined(separator: ", ")
                lines.append(
                    "- **\(characteristic.state.label)**: \(text(characteristic.text))" + (checks.isEmpty ? "" : " (\(checks))"))
            }
            lines.append("")
        }
        if let margin = area.margin {
            lines.append("### Grade margin")
            lines.append("")
            lines.append("- Up: \(text(margin.up.statement))")
            lines.append("- Down: \(text(margin.down.statement))")
            lines.append("")
        }
        for kind in Finding.Kind.allCases {
            let findings = area.findings.filter { $0.kind == kind }
            guard !findings.isEmpty else { continue }
            lines.append("### \(TextReport.plural(kind))")
            lines.append("")
            for finding in findings {
                var line = "- \(text(finding.statement))"
                if let count = finding.count {
                    let audited = finding.interval.map { "; audited, 95% interval \($0.range)" } ?? ""
                    line += " (\(count.met) of \(count.of) met the standard\(audited))"
                }
                if !finding.cases.isEmpty, kind == .areaForImprovement || kind == .causeOfConcern {
                    line += " Cases: " + finding.cases.map { "`\(code($0))`" }.joined(separator: ", ") + "."
                }
                lines.append(line)
                if kind == .causeOfConcern {
                    lines.append("  - *Recommendation:* \(text(finding.recommendation))")
                }
            }
            lines.append("")
        }
        lines += publishedFindings(area.id, result)
        let unevaluated = area.checks.filter { !$0.result.outcome.isEvaluated }
        if !unevaluated.isEmpty {
            lines.append("### Not evaluated")
            lines.append("")
            for check in unevaluated {
                lines.append("- `\(check.checkID)` (\(check.result.outcome.label)): \(text(check.result.statement))")
            }
            lines.append("")
        }
        lines.append("| Check | Outcome | Score | Count |")
        lines.append("|---|---|---|---|")
        for check in area.checks {
            let count = AuditText.count(check.result)
            let outcome = check.result.outcome.label + (check.result.isPromisingPractice ? " (promising practice)" : "")
            lines.append("| `\(check.checkID)` \(cell(check.title)) | \(outcome) | \(check.score.map(String.init) ?? "—") | \(count) |")
        }
        lines.append("")
        return lines
    }

    /// Published findings the report did not tie to an area.
    private static func unplacedPublishedFindings(_ result: InspectionResult) -> [String] {
        let lines = publishedFindings(nil, result, level: "##")
        return lines
    }

    private static func policies(_ result: InspectionResult) -> [String] {
        guard !result.policies.isEmpty else { return [] }
        var lines = ["## Policy since the inspection", ""]
        for policy in result.policies {
            lines.append(
                "- \(text(policy.description)) (\(text(policy.since)); \(text(policy.source))). To see what it changes: `inspector inspect \(code(result.force.id)) --set \(code(policy.parameter))=\(code(policy.value))`."
            )
        }
        lines.append("")
        return lines
    }

    /// What the published report said about the area (or, for nil, about no area), beside
    /// what the evidence gives.
    private static func publishedFindings(_ area: String?, _ result: InspectionResult, level: String = "###") -> [String] {
        let published = result.publishedFindings
        var lines: [String] = []
        for list in PublishedFindings.List.allCases {
            let here = published.findings(list).filter { $0.area?.value == area }
            guard !here.isEmpty else { continue }
            lines.append("\(level) Published by the inspectorate: \(list.words)" + (area == nil ? " (no area given)" : ""))
            lines.append("")
            for finding in here {
                lines.append("- \(text(finding.text))")
                let recommendations = PublishedText.recommendations(finding, list: list, publishedOn: result.inspection.published.exact)
                lines += recommendations.map { "  - \(text($0))" }
            }
            lines.append("")
        }
        if area == nil, let unknown = PublishedText.unknownLists(published) {
            lines.append(text(unknown))
            lines.append("")
        }
        return lines
    }

    private static func duties(_ result: InspectionResult) -> [String] {
        guard !result.duties.isEmpty else { return [] }
        var lines = ["## Duties after publication", ""]
        for duty in result.duties {
            let when =
                duty.applies ? duty.due.map { "due **\(DateText.long($0))**" } ?? text(DutyText.when(duty)) : text(DutyText.when(duty))
            lines.append("- \(text(duty.description)): \(when) (\(text(duty.source))).\(text(DutyText.assumption(duty)))")
        }
        lines.append("")
        return lines
    }

    private static func progress(_ result: InspectionResult) -> [String] {
        guard let history = result.history, !history.inspections.isEmpty else { return [] }
        var lines = ["## Progress since earlier inspections", ""]
        for past in history.inspections {
            let published = past.published.map { ", published \($0.words)" } ?? ""
            lines.append("### \(text(past.title)) (\(text(past.fieldwork))\(published))")
            lines.append("")
            lines.append(text(past.summary))
            if let audit = past.caseAudit {
                var parts = ["\(audit.audited) cases audited"]
                if let good = audit.good { parts.append("\(good) good") }
                if let requiresImprovement = audit.requiresImprovement { parts.append("\(requiresImprovement) requiring improvement") }
                if let inadequate = audit.inadequate { parts.append("\(inadequate) inadequate") }
                lines.append("")
                lines.append("Case audit: " + parts.joined(separator: ", ") + ".")
            }
            if !past.findings.isEmpty {
                lines.append("")
                lines += past.findings.map { "- \(text($0))" }
            }
            lines.append("")
        }
        return lines
    }

    private static func evidence(_ result: InspectionResult) -> [String] {
        var lines = ["## Evidence", ""]
        for dataset in result.evidence {
            lines.append("- " + text(EvidenceText.dataset(dataset, reasonsShown: dataset.rejectionReasons.count)))
            for (reason, count) in dataset.rejectionReasons {
                lines.append("  - \(count) × \(text(reason))")
            }
        }
        for document in result.documents { lines.append("- Document: \(text(document)).") }
        lines.append("")
        lines.append("Generated by \(result.tool.name) \(result.tool.version). Case references only; no child is named.")
        return lines
    }

    /// Text from configuration or evidence, with Markdown and HTML syntax made inert and line
    /// breaks (LF, CR, CRLF, NEL, LS, PS) turned into spaces so a value cannot end its line.
    /// `package`: the audit forms' Markdown writes values the same way.
    package static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!": out += "\\" + String(scalar)
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func cell(_ value: String) -> String { text(value) }

    /// Text inside a code span: backticks cannot be escaped there, so they are replaced, and
    /// line breaks become spaces.
    static func code(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "`": out += "'"
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
