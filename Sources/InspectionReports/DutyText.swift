import InspectionKit

/// A duty after publication as every report words it.
enum DutyText {
    /// `due 17 October 2025`, `not required: the report published no cause of concern`, or
    /// `unknown: the report's causes of concern … are not known …; if it falls due, due
    /// 3 October 2025`.
    static func when(_ duty: DutyDeadline) -> String {
        let date = duty.due.map { "due \(DateText.long($0))" }
        switch duty.state {
        case .applies:
            return date ?? duty.undated ?? "not dated"
        case .notRequired(let reason):
            return "not required: \(reason)"
        case .unknown(let reason):
            let dated = date.map { "; if it falls due, \($0)" } ?? duty.undated.map { "; \($0)" } ?? ""
            return "unknown: \(reason)\(dated)"
        }
    }

    /// ` (This tool's assumption: ….)` for a duty kept without a published source; empty otherwise.
    static func assumption(_ duty: DutyDeadline) -> String { assumption(duty.assumption) }

    static func assumption(_ text: String?) -> String {
        text.map { " (This tool's assumption: \($0).)" } ?? ""
    }
}
