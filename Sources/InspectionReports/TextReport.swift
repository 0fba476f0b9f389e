import InspectionKit

/// The terminal report of one inspection: the judgements table, then each area's checks and
/// findings, the duties after publication and the evidence used. Fits 80 columns.
public enum TextReport {
    public static func render(_ result: InspectionResult, style: TextStyle = .plain, width: Int = 80) -> String {
        var out: [String] = []
        out.append(style.bold(TextWrap.wrap(result.inspection.title, width: width, indent: "")))
        out.append(
            TextWrap.wrap(
                "\(result.force.name) · published \(result.inspection.published.words) · HM Inspector \(result.inspection.inspector)",
                width: width, indent: ""))
        if let kind = PublishedText.kindNote(result.inspection.kind) {
            out.append(style.yellow(TextWrap.wrap(kind, width: width, indent: "  ")))
        }
        out.append(style.dim("Framework \(result.framework.id)@\(result.framework.version) · scoring \(result.framework.scoringModel)"))
        for note in result.framework.notes {
            out.append(style.yellow(TextWrap.wrap("Note: " + note, width: width, indent: "  ")))
        }
        if !result.overrides.isEmpty {
            out.append(
                style.yellow(
                    "What-if: " + result.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))
        }
        out.append("")
        out.append(style.bold(TextWrap.pad("Area", 29) + TextWrap.pad("Computed", 27) + "Published"))
        for area in result.areas {
            out.append(TextWrap.pad(area.topic, 29) + gradeCell(area, result, style) + publishedCell(area, result, style))
        }
        if let overall = result.overall {
            let grade = overall.grade.map { result.label(of: $0) } ?? "not given"
            out.append(style.bold(TextWrap.pad(overall.title, 29)) + grade)
            out.append(style.dim(TextWrap.wrap("\(overall.basis) Rules: \(overall.source).", width: width, indent: "  ")))
        }
        out.append("")
        for area in result.areas {
            out += areaSection(area, result, style: style, width: width)
        }
        out += findingsSummary(result, style: style, width: width)
        out += publishedSection(result, style: style, width: width)
        out += dutiesSection(result, style: style, width: width)
        out += policiesSection(result, style: style, width: width)
        out += evidenceSection(result, width: width)
        return out.joined(separator: "\n") + "\n"
    }

    private static func gradeCell(_ area: AreaResult, _ result: InspectionResult, _ style: TextStyle) -> String {
        if area.notGradedByFramework != nil { return TextWrap.pad("assessed, not graded", 27) }
        guard let grade = area.grading.grade, let percent = area.grading.percent else {
            return TextWrap.pad("not graded", 27)
        }
        let text = TextWrap.pad("\(result.label(of: grade)) (\(Int(percent.rounded()))%)", 27)
        return style.grade(text, rank: result.scale.firstIndex { $0.id == grade }, of: result.scale.count)
    }

    private static func publishedCell(_ area: AreaResult, _ result: InspectionResult, _ style: TextStyle) -> String {
        let mark: String
        switch area.agreement {
        case .agrees: mark = style.green(" ✓")
        case .differs: mark = style.red(" ✗")
        case .notGraded, .notInspected, .publishedUnknown, .assessedNotGraded: mark = ""
        }
        return result.publishedWords(area) + (area.published?.inferred == true ? "*" : "") + mark
    }

    private static func areaSection(_ area: AreaResult, _ result: InspectionResult, style: TextStyle, width: Int) -> [String] {
        var out = [style.bold(area.title)]
        let computed = area.grading.grade.map { result.label(of: $0).lowercased() } ?? "not graded"
        var verdict = "Computed \(computed)"
        if area.notGradedByFramework != nil { verdict = "Assessed, not graded" }
        if !area.provenance.isEmpty { verdict += " (on \(ProvenanceText.words(area.provenance)) evidence)" }
        if let published = area.published {
            verdict +=
                "; published \(result.publishedWords(area).lowercased())"
                + (published.inferred ? " (inferred: \(published.note ?? published.source))" : "")
            switch area.agreement {
            case .agrees: verdict += "; they agree."
            case .differs: verdict += "; they differ."
            default: verdict += "."
            }
        } else {
            verdict += "; \(result.publishedWords(area))."
        }
        out.append(TextWrap.wrap(verdict, width: width, indent: "  "))
        out.append(style.dim(TextWrap.wrap(area.grading.basis, width: width, indent: "  ")))
        if let lacking = LackText.sentence(area) { out.append(TextWrap.wrap(lacking, width: width, indent: "  ")) }
        if let sampling = AuditText.sampling(area, result) { out.append(TextWrap.wrap(sampling, width: width, indent: "  ")) }
        if !area.grading.characteristics.isEmpty {
            out.append("  Characteristics of good")
            for characteristic in area.grading.characteristics {
                let checks = characteristic.checks.isEmpty ? "" : " (" + characteristic.checks.joined(separator: ", ") + ")"
                // The state in a column of its own; the text wraps beside it.
                out.append(
                    TextWrap.wrap(
                        characteristic.text + checks, width: width, indent: String(repeating: " ", count: 17),
                        firstIndent: "    " + TextWrap.pad(characteristic.state.label, 13)))
            }
        }
        if let margin = area.margin {
            out.append("  Grade margin")
            for move in [margin.up, margin.down] {
                out.append(
                    TextWrap.wrap("\(move.direction.rawValue): " + move.statement, width: width, indent: "      ", firstIndent: "    "))
            }
        }
        for check in area.checks {
            let outcome = TextWrap.pad(check.result.outcome.label + (check.result.isPromisingPractice ? " ★" : ""), 19)
            out.append("  " + colour(check.result.outcome, outcome, style) + check.checkID)
            out.append(TextWrap.wrap(check.result.statement, width: width, indent: "      "))
            if let audited = AuditText.line(check.result) { out.append(style.dim(TextWrap.wrap(audited, width: width, indent: "      "))) }
            if !check.result.cases.isEmpty, check.result.outcome.fallsShort {
                out.append(style.dim(TextWrap.wrap("Cases: " + check.result.cases.joined(separator: ", "), width: width, indent: "      ")))
            }
        }
        out.append("")
        return out
    }

    private static func colour(_ outcome: CheckResult.Outcome, _ text: String, _ style: TextStyle) -> String {
        switch outcome {
        case .met: return style.green(text)
        case .partlyMet: return style.yellow(text)
        case .notMet: return style.red(text)
        case .notApplicable, .couldNotEvaluate: return style.dim(text)
        }
    }

    private static func findingsSummary(_ result: InspectionResult, style: TextStyle, width: Int) -> [String] {
        var out: [String] = []
        for kind in Finding.Kind.allCases {
            let findings = result.findings(kind)
            guard !findings.isEmpty else { continue }
            out.append(style.bold("\(plural(kind)) (\(findings.count))"))
            for finding in findings {
                let interval = finding.interval.map { " (Audited: 95% interval \($0.range).)" } ?? ""
                out.append(
                    TextWrap.wrap("[\(finding.area)] " + finding.statement + interval, width: width, indent: "    ", firstIndent: "  - "))
                if kind == .causeOfConcern {
                    out.append(TextWrap.wrap("Recommendation: " + finding.recommendation, width: width, indent: "    "))
                }
            }
            out.append("")
        }
        return out
    }

    static func plural(_ kind: Finding.Kind) -> String {
        switch kind {
        case .causeOfConcern: return "Causes of concern"
        case .areaForImprovement: return "Areas for improvement"
        case .strength: return "Strengths"
        case .promisingPractice: return "Promising practice"
        }
    }

    /// What the published report said, for comparison with the findings above: each list
    /// the sources give, with a cause of concern's recommendations and their time frames, and
    /// which lists they do not give.
    private static func publishedSection(_ result: InspectionResult, style: TextStyle, width: Int) -> [String] {
        let published = result.publishedFindings
        var out: [String] = []
        for list in PublishedFindings.List.allCases {
            let findings = published.findings(list)
            guard !findings.isEmpty else { continue }
            out.append(style.bold("Published \(list.words) (\(findings.count))"))
            for finding in findings {
                out.append(
                    TextWrap.wrap(
                        (finding.area.map { "[\($0.value)] " } ?? "") + finding.text, width: width, indent: "    ", firstIndent: "  - "))
                for line in PublishedText.recommendations(finding, list: list, publishedOn: result.inspection.published.exact) {
                    out.append(TextWrap.wrap(line, width: width, indent: "      ", firstIndent: "    "))
                }
            }
            out.append("")
        }
        if let unknown = PublishedText.unknownLists(published) {
            out.append(TextWrap.wrap(unknown, width: width, indent: ""))
            out.append("")
        }
        return out
    }

    private static func dutiesSection(_ result: InspectionResult, style: TextStyle, width: Int) -> [String] {
        guard !result.duties.isEmpty else { return [] }
        var out = [style.bold("Duties after publication")]
        for duty in result.duties {
            out.append(
                TextWrap.wrap(
                    "\(duty.description): \(DutyText.when(duty)).\(DutyText.assumption(duty))", width: width, indent: "    ",
                    firstIndent: "  - "))
        }
        out.append("")
        return out
    }

    private static func policiesSection(_ result: InspectionResult, style: TextStyle, width: Int) -> [String] {
        guard !result.policies.isEmpty else { return [] }
        var out = [style.bold("Policy since the inspection")]
        for policy in result.policies {
            out.append(
                TextWrap.wrap(
                    "\(policy.description) (\(policy.since); \(policy.source)). To see what it changes: "
                        + "inspector inspect \(result.force.id) --set \(policy.parameter)=\(policy.value)",
                    width: width, indent: "    ", firstIndent: "  - "))
        }
        out.append("")
        return out
    }

    private static func evidenceSection(_ result: InspectionResult, width: Int) -> [String] {
        var out = ["Evidence"]
        if result.evidence.isEmpty && result.documents.isEmpty {
            out.append("  None was provided, so no check could be evaluated.")
        }
        for dataset in result.evidence {
            out.append(
                TextWrap.wrap(
                    EvidenceText.dataset(dataset, reasonsShown: EvidenceText.reasonsShown), width: width, indent: "    ",
                    firstIndent: "  - "))
            for (reason, count) in dataset.rejectionReasons.prefix(EvidenceText.reasonsShown) {
                out.append(TextWrap.wrap("\(count) × \(reason)", width: width, indent: "        ", firstIndent: "      "))
            }
        }
        for document in result.documents {
            out.append(TextWrap.wrap("Document: \(document)", width: width, indent: "    ", firstIndent: "  - "))
        }
        if result.areas.contains(where: { $0.published?.inferred == true }) {
            out.append("* published grade inferred, not printed in the source.")
        }
        return out
    }
}
