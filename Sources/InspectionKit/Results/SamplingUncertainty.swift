/// How far an area's grade rests on small audited samples: the grade re-judged with every
/// audited share at the low end of its 95% interval, and at the high end.
///
/// "The grade could be adequate or requires improvement on 6 audited cases; about 40 cases
/// for each audited share would settle it."
public struct SamplingUncertainty: Sendable, Hashable {
    /// The audited checks of the area, and the cases each share rests on.
    public var checks: [AuditedShare]

    public struct AuditedShare: Sendable, Hashable {
        public var check: String
        public var cases: Int

        public init(check: String, cases: Int) {
            self.check = check
            self.cases = cases
        }
    }
    /// The grades the area could have within the intervals, best first: one when it holds.
    public var grades: [String]
    /// The fewest cases per audited share, at the shares observed, that would settle the grade;
    /// nil when it holds already, or when no number would (see `onBar`).
    public var settlingCases: Int?
    /// A share observed sits exactly on a bar (a share where the outcome changes): any
    /// interval around it crosses the bar, so no number of cases settles the grade.
    public var onBar: Bool
    /// The search for `settlingCases` stops here.
    public static let largestSampleConsidered = 10_000

    public init(checks: [AuditedShare], grades: [String], settlingCases: Int?, onBar: Bool) {
        self.grades = grades
        self.settlingCases = settlingCases
        self.onBar = onBar
        self.checks = checks
    }

    /// Whether the grade could change within the intervals.
    public var couldChange: Bool { grades.count > 1 }

    /// The smallest and largest number of cases an audited share rests on.
    public var caseRange: (fewest: Int, most: Int) { (checks.map(\.cases).min() ?? 0, checks.map(\.cases).max() ?? 0) }

    /// The sentence every report prints, with `label` giving a grade's words.
    public func statement(_ label: (String) -> String) -> String {
        let (fewest, most) = caseRange
        let on = fewest == most ? "\(fewest) audited \(fewest == 1 ? "case" : "cases")" : "\(fewest) to \(most) audited cases"
        guard couldChange else { return "The grade holds across the 95% intervals of its audited shares (on \(on))." }
        let words = grades.map { label($0).lowercased() }
        let list = words.count == 2 ? words.joined(separator: " or ") : words.dropLast().joined(separator: ", ") + " or " + words.last!
        let settle: String
        if let settlingCases {
            settle = "about \(settlingCases) audited cases for each share would settle it."
        } else if onBar {
            settle = "no number of cases would settle it, as an audited share sits exactly where an outcome changes."
        } else {
            settle = "more than \(Self.largestSampleConsidered) audited cases for each share would be needed to settle it."
        }
        return "The grade could be \(list) on \(on) (the 95% intervals of its audited shares); " + settle
    }
}
