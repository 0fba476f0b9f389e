import InspectionHistory
import InspectionKit

/// An inspection's findings followed to their due dates, on a terminal: the duties of the
/// report, what is overdue, each finding with its due date, responses and the latest run's
/// evidence on its theme, then the progress since earlier inspections.
public enum FollowUpTextReport {
    public static func render(_ followUp: FollowUp, style: TextStyle = .plain, width: Int = 80) -> String {
        var out = [style.bold(TextWrap.wrap("Follow-up: \(followUp.inspectionTitle)", width: width, indent: ""))]
        out.append(
            TextWrap.wrap(
                "\(followUp.forceName) · published \(followUp.published.words) · as of \(DateText.long(followUp.asOf))", width: width,
                indent: ""))
        out.append(style.dim(TextWrap.wrap(FollowUpText.runLine(followUp), width: width, indent: "")))
        out.append("")
        out.append(style.bold("Duties after publication"))
        for duty in followUp.duties {
            out.append(TextWrap.wrap(FollowUpText.duty(duty), width: width, indent: "    ", firstIndent: "  - "))
        }
        out.append("")
        let overdue = followUp.overdue
        out.append(style.bold("Overdue as of \(DateText.long(followUp.asOf))"))
        out.append(
            TextWrap.wrap(overdue.isEmpty ? "Nothing." : overdue.map(\.finding.id).joined(separator: ", "), width: width, indent: "  "))
        out.append("")
        out.append(style.bold("Published findings (\(followUp.items.count))"))
        if followUp.items.isEmpty {
            out.append("  The inspection file records no area for improvement, cause of concern or recommendation.")
        }
        for item in followUp.items {
            let state = item.state.isOverdue ? style.red(item.state.words) : item.state.words
            out.append("  " + style.bold(item.finding.id) + " · " + FollowUpText.kindLine(item.finding))
            out.append(TextWrap.wrap(item.finding.text, width: width, indent: "    "))
            out.append(TextWrap.wrap(FollowUpText.dueAndState(item, state: state), width: width, indent: "    "))
            if item.responses.isEmpty {
                out.append("    No response recorded by \(DateText.long(followUp.asOf)).")
            }
            for response in item.responses {
                out.append(TextWrap.wrap(FollowUpText.response(response), width: width, indent: "      ", firstIndent: "    - "))
            }
            if let note = item.evidenceNote {
                out.append(style.dim(TextWrap.wrap("Evidence: \(note).", width: width, indent: "    ")))
            }
            for check in item.evidence {
                out.append(
                    TextWrap.wrap(
                        FollowUpText.evidence(check, run: followUp.latestRun), width: width, indent: "      ", firstIndent: "    - "))
            }
        }
        out.append("")
        out.append(style.bold("Progress since earlier inspections, newest first"))
        if followUp.progress.entries.isEmpty { out.append("  No earlier inspection is recorded in history.yaml.") }
        for (index, entry) in followUp.progress.entries.enumerated() {
            out.append(TextWrap.wrap(FollowUpText.progressHeading(entry, last: index == 0), width: width, indent: "  ", firstIndent: "  "))
            out.append(TextWrap.wrap(entry.summary, width: width, indent: "    "))
            for line in entry.lines { out.append(TextWrap.wrap(line, width: width, indent: "      ", firstIndent: "    - ")) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// Sentences the follow-up reports share.
package enum FollowUpText {
    package static func runLine(_ followUp: FollowUp) -> String {
        if let run = followUp.latestRun {
            return "Evidence quoted from the latest saved run, \(run.label) (\(run.savedAtText) UTC, \(run.comparabilityKey))."
        }
        return "No evidence is quoted: \(followUp.noRun ?? "no run is saved")."
    }

    package static func duty(_ duty: FollowUp.Duty) -> String {
        let due = duty.due.map { "due \(DateText.long($0))" }
        let assumption = DutyText.assumption(duty.assumption)
        switch duty.state {
        case .notRequired, .unknown: return "\(duty.description): \(duty.state.words).\(assumption)"
        case .undated(let reason): return "\(duty.description): \(reason).\(assumption)"
        default: return "\(duty.description): " + [due, duty.state.words].compactMap { $0 }.joined(separator: "; ") + ".\(assumption)"
        }
    }

    /// `Assessment of progress (published 24 March 2021), the last inspection before this one`.
    package static func progressHeading(_ entry: HistoryProgress.Entry, last: Bool) -> String {
        "Since \(entry.title) (\(entry.when))" + (last ? ", the last inspection before this one" : "")
    }

    package static func kindLine(_ finding: TrackedFinding) -> String {
        ([finding.kind.label] + [finding.area, finding.theme].compactMap { $0 }).joined(separator: " · ")
    }

    /// `Due 3 October 2025 (action-plan); to be acted on within 6 months, by 22 February 2026`:
    /// when a finding falls due, by the duties it carries and its own published time frame;
    /// empty when neither says.
    package static func dueParts(_ item: FollowUp.Item) -> [String] {
        var parts: [String] = []
        if !item.duties.isEmpty {
            parts.append(
                "Due " + item.duties.map { due in (due.due.map(DateText.long) ?? "undated") + " (\(due.id))" }.joined(separator: " and "))
        } else if case .notRequired = item.state {
            parts.append("No duty falls due for it")
        }
        // A recommendation's own time frame, as published, beside the duties it carries.
        switch item.finding.timeFrame {
        case .within(let count, let unit)?:
            let timeFrame = TimeFrame.within(count, unit)
            parts.append("to be acted on \(timeFrame.words)" + (item.timeFrameDue.map { ", by \(DateText.long($0))" } ?? ""))
        case let timeFrame? where timeFrame != .unknown:
            parts.append("to be acted on \(timeFrame.words)")
        default:
            break
        }
        return parts
    }

    /// The due line, then the finding's state: the line each report prints under a finding.
    static func dueAndState(_ item: FollowUp.Item, state: String? = nil) -> String {
        let line = (dueParts(item) + [state ?? item.state.words]).joined(separator: "; ")
        return line.prefix(1).uppercased() + line.dropFirst() + "."
    }

    package static func response(_ response: FollowUp.Response) -> String {
        "\(DateText.iso(response.date)), \(response.status.rawValue): \(response.text)"
            + (response.evidence.isEmpty ? "" : " Evidence: " + response.evidence.joined(separator: ", ") + ".")
    }

    package static func evidence(_ check: RunRecord.Check, run: RunRecord?) -> String {
        "\(check.id), \(check.outcome.label)" + (check.count.map { " (\($0.met) of \($0.of) met the standard)" } ?? "")
            + ": \(check.statement)"
    }
}
