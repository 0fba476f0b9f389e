import Foundation

/// A duty after publication, whether it falls on this publication, and its deadline.
///
/// Derived in one place (`DutyDeadline.derive`) from the framework's duties and what the
/// publication is known to hold, so that `inspect` and `follow-up` always say the same.
public struct DutyDeadline: Sendable, Hashable {
    public var id: String
    public var description: String
    /// Nil when the publication date is not known to the day (see `undated`), or when the
    /// duty does not fall on the publication.
    public var due: Date?
    /// Why there is no due date, when the duty applies (or may) and there is none.
    public var undated: String?
    public var source: String
    /// Why the duty is kept without a published source, when it is the tool's assumption.
    public var assumption: String?
    public var state: DutyState

    package init(
        id: String, description: String, due: Date?, undated: String?, source: String, assumption: String? = nil, state: DutyState
    ) {
        self.id = id
        self.description = description
        self.due = due
        self.undated = undated
        self.source = source
        self.assumption = assumption
        self.state = state
    }

    /// True when the publication is known to trigger the duty.
    public var applies: Bool {
        if case .applies = state { return true }
        return false
    }
}

/// Whether a duty falls on a publication (or on one of its findings), and why: from what the
/// sources record of the publication, never from the tool's own findings.
public enum DutyState: Sendable, Hashable {
    /// It falls due; the reason names what triggers it.
    case applies(String)
    /// Nothing published triggers it; the reason says what is known to be absent.
    case notRequired(String)
    /// What would trigger it is not known in the sources recorded.
    case unknown(String)

    /// `applies`, `not-required` or `unknown`, as JSON writes it.
    public var id: String {
        switch self {
        case .applies: return "applies"
        case .notRequired: return "not-required"
        case .unknown: return "unknown"
        }
    }

    public var reason: String {
        switch self {
        case .applies(let reason), .notRequired(let reason), .unknown(let reason): return reason
        }
    }
}
