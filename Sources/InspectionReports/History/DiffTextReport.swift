import InspectionHistory
import InspectionKit

/// What changed between two runs, on a terminal: what the runs were graded against first,
/// then why (parameters, evidence), then each area and check that changed with its figures,
/// cases and the reasons the records give.
public enum DiffTextReport {
    public static func render(_ diff: RunDiff, style: TextStyle = .plain, width: Int = 80, title: String? = nil) -> String {
        var out = [style.bold(TextWrap.wrap(title ?? heading(diff), width: width, indent: ""))]
        for note in diff.context {
            out.append(style.yellow(TextWrap.wrap(note, width: width, indent: "  ")))
        }
        guard !diff.isEmpty else {
            out.append(
                TextWrap.wrap(
                    "No change: the grades, scores, outcomes, figures and cases are the same, and so are the evidence files, the parameters and the framework.",
                    width: width, indent: ""))
            return out.joined(separator: "\n") + "\n"
        }
        if !diff.parameters.isEmpty {
            out.append("")
            out.append(style.bold("Parameters changed"))
            for change in diff.parameters {
                out.append(
                    TextWrap.wrap(
                        "\(change.name): \(change.from ?? "unset") → \(change.to ?? "unset")"
                            + (change.toOrigin.map { " (now from \($0))" } ?? "") + "; read by " + change.checks.joined(separator: ", "),
                        width: width, indent: "    ", firstIndent: "  - "))
            }
        }
        if !diff.evidence.isEmpty {
            out.append("")
            out.append(style.bold("Evidence files changed"))
            for change in diff.evidence { out.append(TextWrap.wrap(evidence(change), width: width, indent: "    ", firstIndent: "  - ")) }
        }
        out.append("")
        if diff.areas.isEmpty {
            out.append("No grade, score, outcome, figure or case changed.")
        }
        for area in diff.areas {
            out.append(TextWrap.wrap(area.title + ": " + grade(area, diff), width: width, indent: "    ", firstIndent: ""))
            if let shift = HistoryText.marginShift(area) {
                let line = TextWrap.wrap(shift, width: width, indent: "      ", firstIndent: "  ")
                out.append(area.marginDownShrank ? style.yellow(line) : line)
            }
            for check in area.checks {
                out.append(TextWrap.wrap(checkLine(check), width: width, indent: "      ", firstIndent: "  - "))
                for figure in check.figures {
                    out.append(
                        TextWrap.wrap(
                            "\(figure.label): \(HistoryText.figure(figure.from, figure.unit)) → \(HistoryText.figure(figure.to, figure.unit))",
                            width: width, indent: "        ", firstIndent: "      "))
                }
                if !check.casesAdded.isEmpty {
                    out.append(
                        TextWrap.wrap(
                            "Cases now listed: " + check.casesAdded.joined(separator: ", "), width: width, indent: "        ",
                            firstIndent: "      "))
                }
                if !check.casesRemoved.isEmpty {
                    out.append(
                        TextWrap.wrap(
                            "Cases no longer listed: " + check.casesRemoved.joined(separator: ", "), width: width, indent: "        ",
                            firstIndent: "      "))
                }
                out.append(
                    style.dim(
                        TextWrap.wrap(
                            "Why: " + check.reasons.map(\.words).joined(separator: "; "), width: width, indent: "        ",
                            firstIndent: "      ")))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func heading(_ diff: RunDiff) -> String {
        "Changes from run \(diff.from.label) (\(diff.from.savedAtText)) to run \(diff.to.label)"
            + (diff.to.id == nil ? "" : " (\(diff.to.savedAtText))") + ", \(diff.to.forceName)"
    }

    static func grade(_ area: RunDiff.AreaChange, _ diff: RunDiff) -> String {
        guard let from = area.from else { return "only in run \(diff.to.label) (\(HistoryText.gradeWords(area.to, in: diff.to)))" }
        guard let to = area.to else { return "only in run \(diff.from.label) (\(HistoryText.gradeWords(from, in: diff.from)))" }
        var text =
            area.gradeChanged || area.scoreChanged
            ? HistoryText.gradeWords(from, in: diff.from) + " → " + HistoryText.gradeWords(to, in: diff.to)
            : HistoryText.gradeWords(to, in: diff.to) + ", unchanged"
        if area.publishedChanged {
            text +=
                "; published \(HistoryText.publishedWords(from, in: diff.from).lowercased()) → \(HistoryText.publishedWords(to, in: diff.to).lowercased())"
        }
        return text
    }

    static func checkLine(_ check: RunDiff.CheckChange) -> String {
        guard let from = check.from else { return "\(check.id): new in this run, \(check.to!.outcome.label)" }
        guard let to = check.to else { return "\(check.id): no longer run (was \(from.outcome.label))" }
        var parts = [check.outcomeChanged ? "\(from.outcome.label) → \(to.outcome.label)" : "\(to.outcome.label), unchanged"]
        if check.countChanged { parts.append("\(HistoryText.count(from.count)) → \(HistoryText.count(to.count)) met the standard") }
        if check.scoreChanged { parts.append("score \(from.score.map(String.init) ?? "–") → \(to.score.map(String.init) ?? "–")") }
        return "\(check.id): " + parts.joined(separator: "; ")
    }

    static func evidence(_ change: RunDiff.EvidenceChange) -> String {
        let what = change.kind == .dataset ? "dataset" : change.kind == .document ? "document" : "CSV mapping"
        switch change.change {
        case .added: return "\(change.file) (\(what)): added"
        case .removed: return "\(change.file) (\(what)): no longer read"
        case .changed:
            var text = "\(change.file) (\(what)): contents changed"
            if let from = change.from?.records, let to = change.to?.records, from != to { text += ", \(from) → \(to) records" }
            if let from = change.from?.rejected, let to = change.to?.rejected, from != to { text += ", \(from) → \(to) rows rejected" }
            return text
        }
    }
}
