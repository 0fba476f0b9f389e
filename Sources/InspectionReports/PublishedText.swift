import Foundation
import InspectionKit

/// What the inspectorate published, as every report words it beside the findings derived.
enum PublishedText {
    /// For a publication other than a graded report, what it is and why it has no grades.
    static func kindNote(_ kind: PublicationKind) -> String? {
        switch kind {
        case .gradedReport: return nil
        case .acceleratedCausesOfConcern:
            return
                "Accelerated causes of concern: published ahead of the graded report, with no grades. The areas are computed from the evidence recorded; none has a published grade to compare with."
        }
    }

    /// A cause of concern's recommendations, one line each with its time frame
    /// (`Recommendation, within 6 months (by 22 February 2026): …`), or why there are none to show.
    static func recommendations(_ finding: PublishedFinding, list: PublishedFindings.List, publishedOn day: Date?) -> [String] {
        guard list == .causesOfConcern else { return [] }
        if finding.recommendationsUnknown { return ["Recommendations: not known in the sources recorded."] }
        return finding.recommendations.map { recommendation in
            let timeFrame = recommendation.timeFrame ?? .unknown
            var when = timeFrame.words
            if case .within = timeFrame, let due = timeFrame.due(publishedOn: day) { when += " (by \(DateText.long(due)))" }
            let inferred = recommendation.inferred ? " [placed under this cause of concern by our reading]" : ""
            return "Recommendation, \(when): \(recommendation.text)\(inferred)"
        }
    }

    /// `Not known in the sources recorded: the report's causes of concern and promising
    /// practice.`; nil when every list is known.
    static func unknownLists(_ published: PublishedFindings) -> String? {
        let unknown = PublishedFindings.List.allCases.filter { !published.isKnown($0) }.map(\.words)
        guard !unknown.isEmpty else { return nil }
        let list =
            unknown.count <= 2 ? unknown.joined(separator: " and ") : unknown.dropLast().joined(separator: ", ") + " and " + unknown.last!
        return "Not known in the sources recorded: the report's \(list)."
    }
}
