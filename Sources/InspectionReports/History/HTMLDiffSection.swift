import InspectionHistory
import InspectionKit

/// What changed since an earlier saved run, as a section of an inspection's HTML page
/// (`inspect --baseline`), in the words of the text report.
enum HTMLDiffSection {
    static func render(_ diff: RunDiff) -> HTML {
        var parts: [HTML] = ["<section id=\"baseline\">\n<h2>Against run \(diff.from.label) (saved \(diff.from.savedAtText) UTC)</h2>\n"]
        parts += diff.context.map { "<p class=\"notice\">\($0)</p>\n" }
        if diff.isEmpty {
            parts.append(
                "<p>No change: the grades, scores, outcomes, figures and cases are the same, and so are the evidence files, the parameters and the framework.</p>\n"
            )
        }
        if !diff.parameters.isEmpty {
            parts.append("<h3>Parameters changed</h3>\n")
            parts.append(
                HTMLDocument.list(
                    diff.parameters.map { change in
                        "\(HTMLDocument.code(change.name)): \(change.from ?? "unset") → \(change.to ?? "unset"); read by \(change.checks.joined(separator: ", "))"
                    }))
        }
        if !diff.evidence.isEmpty {
            parts.append("<h3>Evidence files changed</h3>\n")
            parts.append(HTMLDocument.list(diff.evidence.map { "\(DiffTextReport.evidence($0))" }))
        }
        if !diff.areas.isEmpty {
            parts.append("<h3>Areas</h3>\n")
            parts.append(
                HTMLDocument.list(
                    diff.areas.map { area in
                        let checks = area.checks.map { check -> HTML in
                            let figures = check.figures.map {
                                "\($0.label): \(HistoryText.figure($0.from, $0.unit)) → \(HistoryText.figure($0.to, $0.unit))"
                            }
                            let cases =
                                (check.casesAdded.isEmpty ? [] : ["Cases now listed: " + check.casesAdded.joined(separator: ", ")])
                                + (check.casesRemoved.isEmpty
                                    ? [] : ["Cases no longer listed: " + check.casesRemoved.joined(separator: ", ")])
                            let details =
                                (figures + cases).map { "\($0)" as HTML }
                                + ["<em>Why: \(check.reasons.map(\.words).joined(separator: "; "))</em>"]
                            return "\(DiffTextReport.checkLine(check))\n" + HTMLDocument.list(details)
                        }
                        let margin: [HTML] = HistoryText.marginShift(area).map { ["\($0)"] } ?? []
                        return "<strong>\(area.title)</strong>: \(DiffTextReport.grade(area, diff))\n" + HTMLDocument.list(margin + checks)
                    }))
        }
        parts.append("</section>\n\n")
        return HTML(parts)
    }
}
