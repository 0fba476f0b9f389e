import Foundation
import InspectionHistory
import InspectionKit
import InspectionReports

/// A force page's follow-up: the duties after publication and each published finding with
/// its due date, where it stands on the day and the force's responses, in the words of
/// `inspector follow-up`.
struct FollowUpSection {
    let followUp: Result<FollowUp, SiteInput.FollowUpGap>?
    let forceID: String

    var html: HTML {
        var parts: [HTML] = ["<section id=\"follow-up\">\n<h2>Follow-up</h2>\n"]
        switch followUp {
        case .failure(let gap)?:
            parts.append("<p>No follow-up: \(gap.reason).</p>\n")
        case nil:
            parts.append("<p>No follow-up: the force could not be run.</p>\n")
        case .success(let followUp):
            parts.append(
                "<p class=\"meta\">\(followUp.inspectionTitle), published \(followUp.published.words), as of <time datetime=\"\(DateText.iso(followUp.asOf))\">\(DateText.long(followUp.asOf))</time>. \(FollowUpText.runLine(followUp)) The same as <code>inspector follow-up \(forceID) --as-of \(DateText.iso(followUp.asOf))</code>.</p>\n"
            )
            parts.append(duties(followUp))
            parts.append(findings(followUp))
        }
        parts.append("</section>\n")
        return HTML(parts)
    }

    private func duties(_ followUp: FollowUp) -> HTML {
        guard !followUp.duties.isEmpty else { return "<p>The framework sets no duties after publication.</p>\n" }
        let rows = followUp.duties.map { duty -> [SiteTable.Cell] in
            [
                SiteTable.Cell("\(duty.description)"), due(duty.due), state(duty.state), SiteTable.Cell("\(duty.source)"),
            ]
        }
        return SiteTable(
            id: "follow-up-duties", caption: "Duties after publication", head: ["Duty", "Due", "Where it stands", "Source"], rows: rows
        ).html
    }

    private func findings(_ followUp: FollowUp) -> HTML {
        guard !followUp.items.isEmpty else {
            return "<p>The inspection published no area for improvement, cause of concern or recommendation to follow.</p>\n"
        }
        let rows = followUp.items.map { item -> [SiteTable.Cell] in
            let responses: HTML =
                item.responses.isEmpty ? "none recorded" : HTMLDocument.list(item.responses.map { "\(FollowUpText.response($0))" })
            let evidence: HTML =
                item.evidence.isEmpty
                ? "\(item.evidenceNote ?? "—")"
                : HTMLDocument.list(item.evidence.map { "\(FollowUpText.evidence($0, run: followUp.latestRun))" })
            return [
                SiteTable.Cell("\(HTMLDocument.code(item.finding.id))<br>\(FollowUpText.kindLine(item.finding))", sort: item.finding.id),
                SiteTable.Cell("\(item.finding.text)"),
                SiteTable.Cell(
                    "\(FollowUpText.dueParts(item).joined(separator: "; "))",
                    sort: item.duties.compactMap(\.due).min().map(DateText.iso) ?? ""),
                state(item.state), SiteTable.Cell(responses), SiteTable.Cell(evidence),
            ]
        }
        return SiteTable(
            id: "follow-up-findings", caption: "Published findings followed to their due dates",
            head: ["Finding", "What was published", "Due", "Where it stands", "Responses", "Latest run's evidence"], rows: rows,
            filterable: true
        ).html
    }

    private func due(_ date: Date?) -> SiteTable.Cell {
        guard let date else { return SiteTable.Cell("not dated", sort: "") }
        return SiteTable.Cell("<time datetime=\"\(DateText.iso(date))\">\(DateText.long(date))</time>", sort: DateText.iso(date))
    }

    private func state(_ state: FollowUp.State) -> SiteTable.Cell {
        switch state {
        case .overdue: return SiteTable.Cell("<span class=\"overdue\">\(state.words)</span>", sort: "0")
        case .notRecorded: return SiteTable.Cell("<span class=\"overdue\">\(state.words)</span>", sort: "1")
        case .dueToday: return SiteTable.Cell("<strong>\(state.words)</strong>", sort: "2")
        case .dueIn(let days): return SiteTable.Cell("\(state.words)", sort: "\(3 + days)")
        default: return SiteTable.Cell("\(state.words)", sort: "100000")
        }
    }
}
