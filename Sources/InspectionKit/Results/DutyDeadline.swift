import Foundation

/// A duty after publication and its deadline.
public struct DutyDeadline: Sendable, Hashable {
    public var id: String
    public var description: String
    /// Nil when the publication date is not known to the day (see `undated`).
    public var due: Date?
    /// Why there is no due date, when there is none.
    public var undated: String?
    public var source: String
    /// False when the duty's trigger is absent (e.g. an action plan with no recommendations).
    public var applies: Bool

    package init(id: String, description: String, due: Date?, undated: String?, source: String, applies: Bool) {
        self.id = id
        self.description = description
        self.due = due
        self.undated = undated
        self.source = source
        self.applies = applies
    }
}
