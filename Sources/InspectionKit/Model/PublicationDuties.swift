import Foundation

/// The duties after publication, derived from what the publication is known to hold: the one
/// place `inspect` and `follow-up` both take them from.
///
/// A duty follows the publication, not the tool's findings: the force owes HMICFRS an action
/// plan for the recommendations HMICFRS made, not for causes of concern this tool derives. So
/// a duty whose trigger the sources do not record is `unknown`, never `not required`.
extension DutyDeadline {
    public static func derive(_ duties: [ResponseDuty], for inspection: Inspection) -> [DutyDeadline] {
        let published = inspection.published
        let undated: String? =
            switch published {
            case .day: nil
            case .month: "not dated: the report's publication date is known only to the month (\(published.words))"
            case .unknown: "not dated: the report's publication date is not known"
            }
        return duties.map { duty in
            let state = duty.state(for: inspection.publishedFindings)
            let due: Date? =
                if case .notRequired = state { nil } else {
                    published.exact?.addingTimeInterval(TimeInterval(duty.within.components.seconds))
                }
            let reasonForNoDate: String? = if case .notRequired = state { nil } else { undated }
            return DutyDeadline(
                id: duty.id, description: duty.description, due: due, undated: reasonForNoDate, source: duty.source,
                assumption: duty.assumption, state: state)
        }
    }
}

extension ResponseDuty {
    /// Whether the duty falls on a publication with these findings.
    public func state(for findings: PublishedFindings) -> DutyState {
        switch appliesWhen {
        case .always:
            return .applies("it follows every report")
        case .areasForImprovement:
            return Self.listState(findings, .areasForImprovement, what: "area for improvement", plural: "areas for improvement")
        case .causesOfConcern:
            return Self.listState(findings, .causesOfConcern, what: "cause of concern", plural: "causes of concern")
        case .recommendationsNotImmediate:
            return Self.recommendationsState(findings)
        }
    }

    /// Whether the duty falls due for one published finding (`all` holds its inspection's
    /// findings, where a cause of concern's recommendations are found); nil when the duty is
    /// not one such a finding carries (it belongs to the report as a whole, or to findings of
    /// another kind).
    public func state(for finding: TrackedFinding, among all: [TrackedFinding]) -> DutyState? {
        switch (appliesWhen, finding.kind) {
        case (.areasForImprovement, .areaForImprovement):
            return .applies("an area for improvement")
        case (.causesOfConcern, .causeOfConcern), (.causesOfConcern, .recommendation):
            return .applies("a \(finding.kind.label)")
        case (.recommendationsNotImmediate, .recommendation):
            switch finding.timeFrame?.isImmediate {
            case true?: return .notRequired("marked immediately: HMICFRS asks for an update, not a plan")
            case false?: return .applies("a recommendation not marked immediately")
            case nil: return .unknown("its time frame is not known, so whether it is marked immediately is not either")
            }
        case (.recommendationsNotImmediate, .causeOfConcern):
            if finding.recommendationsUnknown { return .unknown("its recommendations are not known") }
            let own = all.filter { $0.parent == finding.id }.compactMap { state(for: $0, among: all) }
            if own.contains(where: { if case .applies = $0 { return true } else { return false } }) {
                return .applies("a recommendation of it is not marked immediately")
            }
            if own.contains(where: { if case .unknown = $0 { return true } else { return false } }) {
                return .unknown("the time frames of its recommendations are not known")
            }
            return .notRequired("its recommendations are all marked immediately")
        default:
            return nil
        }
    }

    private static func listState(_ findings: PublishedFindings, _ list: PublishedFindings.List, what: String, plural: String) -> DutyState
    {
        let found = findings.findings(list)
        if !found.isEmpty {
            return .applies("the report published \(found.count) \(found.count == 1 ? what : plural)")
        }
        return findings.isKnown(list)
            ? .notRequired("the report published no \(what)")
            : .unknown("the report's \(plural) are not known in the sources recorded")
    }

    private static func recommendationsState(_ findings: PublishedFindings) -> DutyState {
        let concerns = findings.causesOfConcern
        guard findings.isKnown(.causesOfConcern) else {
            return .unknown("the report's causes of concern, and so its recommendations, are not known in the sources recorded")
        }
        guard !concerns.isEmpty else { return .notRequired("the report published no cause of concern, so no recommendation") }
        let recommendations = concerns.flatMap(\.recommendations)
        let planned = recommendations.filter { $0.timeFrame?.isImmediate == false }.count
        if planned > 0 {
            return .applies("\(planned) of the report's recommendations \(planned == 1 ? "is" : "are") not marked immediately")
        }
        let withUnknownRecommendations = concerns.filter(\.recommendationsUnknown).count
        if withUnknownRecommendations > 0 {
            return .unknown(
                "the recommendations of \(withUnknownRecommendations) of the report's \(concerns.count) causes of concern are not known in the sources recorded"
            )
        }
        let untimed = recommendations.filter { $0.timeFrame?.isImmediate == nil }.count
        if untimed > 0 {
            return .unknown(
                "the time frames of \(untimed) of the report's \(recommendations.count) recommendations are not known, so whether any is not marked immediately is not either"
            )
        }
        return .notRequired("every recommendation is marked immediately")
    }
}
