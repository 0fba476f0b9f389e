/// How far an area's computed grade is from the next one up and the next one down: the
/// smallest change of cases in one check that would move it, found by re-scoring the area with
/// the check's count changed (never estimated).
///
/// Only checks whose outcome a count of cases decides can move: a qualitative finding or a
/// document has no cases to change. "None within the evidence" means no change of cases in
/// any one such check would move the grade.
public struct GradeMargin: Sendable, Hashable {
    public var up: Move
    public var down: Move

    public init(up: Move, down: Move) {
        self.up = up
        self.down = down
    }

    public enum Direction: String, Sendable, Hashable, CaseIterable { case up, down }

    /// The smallest change found in one direction, or why there is none.
    public struct Move: Sendable, Hashable {
        public var direction: Direction
        /// Nil when no change of cases can move the grade this way.
        public var change: Change?
        /// Why there is no change: `.noneWithinEvidence`, or the grade is already the end of
        /// the scale. Nil when there is a change.
        public var limit: Limit?
        /// The move in a sentence: "2 more of the 6 missing children reached within the target
        /// for the risk they faced would lift initial response to adequate."
        public var statement: String

        public init(direction: Direction, change: Change?, limit: Limit?, statement: String) {
            self.direction = direction
            self.change = change
            self.limit = limit
            self.statement = statement
        }
    }

    public enum Limit: String, Sendable, Hashable, CaseIterable {
        case noneWithinEvidence = "none-within-the-evidence"
        case bestGrade = "best-grade"
        case worstGrade = "worst-grade"
    }

    /// Moving `cases` of a check's `counted` cases across its standard: from falling short to
    /// meeting it (up) or back (down), giving the area `grade`.
    public struct Change: Sendable, Hashable {
        public var check: String
        public var cases: Int
        public var counted: Int
        /// The check's outcome after the change.
        public var outcome: CheckResult.Outcome
        /// The area's grade after the change.
        public var grade: String

        public init(check: String, cases: Int, counted: Int, outcome: CheckResult.Outcome, grade: String) {
            self.check = check
            self.cases = cases
            self.counted = counted
            self.outcome = outcome
            self.grade = grade
        }
    }
}

/// The overall grade a framework derives from its area grades by stated rules.
public struct OverallGrade: Sendable, Hashable {
    /// "Overall effectiveness".
    public var title: String
    /// Nil when not every graded area has a grade.
    public var grade: String?
    /// Which rule gave the grade, or why there is none, in a sentence.
    public var basis: String
    /// Where the rules come from.
    public var source: String

    public init(title: String, grade: String?, basis: String, source: String) {
        self.title = title
        self.grade = grade
        self.basis = basis
        self.source = source
    }
}
