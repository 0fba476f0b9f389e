import InspectionKit

/// An area of a framework as `inspector explain <area>` prints it: the inspectorate's headline
/// statement, its characteristics of good with their sources (and which are this tool's
/// reading), the checks that gather the area's evidence with their weights and rules, and the
/// scoring models that grade it.
public enum AreaDocumentation {
    public static func text(_ area: Area, of framework: Framework, registry: CheckRegistry, width: Int = 80) -> String {
        var out = ["\(area.id.value): \(area.title)"]
        out.append(
            TextWrap.wrap(
                "Framework \(framework.versionedID) (\(framework.title)); topic: \(area.topic)", width: width, indent: "  ", firstIndent: ""
            ))
        if let reason = area.notGraded?.value {
            out.append(TextWrap.wrap("Assessed, not graded: " + reason, width: width, indent: "  ", firstIndent: ""))
        }
        out.append("")
        if let headline = area.headline {
            out.append(TextWrap.wrap("Headline: " + headline.text, width: width, indent: "  ", firstIndent: ""))
            out += sourced(headline.source, reading: headline.reading, width: width, indent: "  ")
        } else {
            out.append("Headline: none given by the framework.")
        }
        out.append(TextWrap.wrap("Question: " + area.question, width: width, indent: "  ", firstIndent: ""))
        out.append("")
        out.append("Characteristics of good")
        if area.characteristicsOfGood.isEmpty { out.append("  None listed.") }
        for (index, characteristic) in area.characteristicsOfGood.enumerated() {
            let id = characteristic.id.map { "[\($0.value)] " } ?? ""
            out.append(TextWrap.wrap("\(index + 1). \(id)\(characteristic.text)", width: width, indent: "     ", firstIndent: "  "))
            out += sourced(characteristic.source, reading: characteristic.reading, width: width, indent: "     ")
            let checks = area.checks.filter { $0.characteristic != nil && $0.characteristic?.value == characteristic.id?.value }
            out.append(
                TextWrap.wrap(
                    "Evidenced by: " + (checks.isEmpty ? "no check yet" : checks.map(\.check.value).joined(separator: ", ")), width: width,
                    indent: "       ", firstIndent: "     "))
        }
        out.append("")
        out.append("Checks")
        if area.checks.isEmpty { out.append("  None yet: the area cannot be graded from evidence.") }
        for reference in area.checks {
            let title = registry.descriptor(reference.check.value)?.title ?? "(not registered)"
            var rules = ["weight \(NumberText.plain(reference.weight))", "on failure \(reference.onFailure.label)"]
            if let cap = reference.whenNotMetAtBest { rules.append("when not met at best \(cap.value)") }
            if let threshold = reference.causeOfConcernBelow {
                rules.append("a cause of concern below \(NumberText.percent(threshold.value)) of cases")
            }
            if let characteristic = reference.characteristic { rules.append("evidences \(characteristic.value)") }
            out.append(TextWrap.wrap("\(reference.check.value): \(title)", width: width, indent: "      ", firstIndent: "  "))
            out.append(TextWrap.wrap(rules.joined(separator: "; "), width: width, indent: "      "))
        }
        out.append("")
        out.append("Scoring models (`--scoring <model>`)")
        for (index, model) in framework.scoringModels.enumerated() {
            out.append("  \(model.versionedID)\(index == 0 ? " (default)" : ""): \(model.method.rawValue)")
            out.append(TextWrap.wrap(model.description, width: width, indent: "      "))
            let bands = model.gradeBands.map { band in
                "\(band.grade.value) from \(NumberText.plain(band.minPercent))%" + (band.words.map { " (\($0))" } ?? "")
            }
            out.append(TextWrap.wrap("Bands: " + bands.joined(separator: ", "), width: width, indent: "      "))
        }
        out.append("")
        out.append(
            TextWrap.wrap("`inspector explain <check>` explains a check; docs/scoring.md the scoring models.", width: width, indent: ""))
        return out.joined(separator: "\n") + "\n"
    }

    /// "Source: …" and, for the tool's reading, "This tool's reading: …".
    private static func sourced(_ source: String?, reading: String?, width: Int, indent: String) -> [String] {
        var out: [String] = []
        out.append(TextWrap.wrap("Source: " + (source ?? "not given"), width: width, indent: indent + "  ", firstIndent: indent))
        if let reading {
            out.append(TextWrap.wrap("This tool's reading: " + reading, width: width, indent: indent + "  ", firstIndent: indent))
        }
        return out
    }
}
