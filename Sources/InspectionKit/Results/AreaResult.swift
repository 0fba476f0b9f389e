/// One area's checks, findings and grade, beside the published grade.
public struct AreaResult: Sendable {
    public var id: String
    public var title: String
    /// The framework's short name for the area: "Initial response".
    public var topic: String
    public var checks: [CheckOutcome]
    public var grading: AreaGrading
    /// What the inspectorate published; nil when it did not inspect the area.
    public var published: PublishedGrade?
    public var findings: [Finding]
    /// Each check that could not be evaluated and the evidence it lacks, in the area's order:
    /// what would have to be recorded for the area to be graded (or graded on more).
    public var lacking: [EvidenceLack]
    /// How far the computed grade is from the next grade up and down; nil when the area is
    /// not graded.
    public var margin: GradeMargin?
    /// Why the framework assesses the area without grading it; nil for a graded area.
    public var notGradedByFramework: String?
    /// The grades the area could have within the intervals of its audited shares; nil when no
    /// check's count rests on audited cases.
    public var sampling: SamplingUncertainty?

    package init(
        id: String,
        title: String,
        topic: String,
        checks: [CheckOutcome],
        grading: AreaGrading,
        published: PublishedGrade?,
        findings: [Finding],
        lacking: [EvidenceLack] = [],
        margin: GradeMargin? = nil,
        notGradedByFramework: String? = nil
    ) {
        self.lacking = lacking
        self.margin = margin
        self.notGradedByFramework = notGradedByFramework
        self.id = id
        self.title = title
        self.topic = topic
        self.checks = checks
        self.grading = grading
        self.published = published
        self.findings = findings
    }

    public var agreement: Agreement {
        if notGradedByFramework != nil { return .assessedNotGraded }
        guard let computed = grading.grade else { return .notGraded }
        guard let published else { return .notInspected }
        guard let grade = published.grade else {
            return published.possible.isEmpty || published.possible.contains(computed) ? .publishedUnknown : .differs
        }
        return computed == grade ? .agrees : .differs
    }

    /// The kinds of evidence the computed grade rests on: those of every check that counted
    /// towards it. Empty when the area is not graded.
    public var provenance: [Provenance] {
        guard grading.grade != nil else { return [] }
        return Array(Set(checks.filter(\.result.outcome.isEvaluated).flatMap(\.provenance))).sorted()
    }
}

/// How the computed grade stands beside the published one.
public enum Agreement: String, Sendable, Hashable, CaseIterable {
    case agrees, differs
    /// The evidence could not support a computed grade.
    case notGraded = "not-graded"
    /// The inspectorate published no grade for the area.
    case notInspected = "not-inspected"
    /// The area was graded but the sources do not say how (and the computed grade is one it
    /// may be).
    case publishedUnknown = "published-unknown"
    /// The framework assesses the area without grading it.
    case assessedNotGraded = "assessed-not-graded"

    /// "agrees", "not graded", …: as every report words it.
    public var label: String {
        switch self {
        case .agrees: return "agrees"
        case .differs: return "differs"
        case .notGraded: return "not graded"
        case .notInspected: return "not inspected"
        case .publishedUnknown: return "cannot tell (published grade unknown)"
        case .assessedNotGraded: return "assessed, not graded"
        }
    }

    /// Whether a computed and a published grade were both there to compare.
    public var compared: Bool { self == .agrees || self == .differs }
}

/// The grade the inspectorate published for an area: a grade, or unknown (with the grades it
/// may be, when the sources narrow it down).
public struct PublishedGrade: Sendable, Hashable {
    /// The grade id; nil when the sources do not give it.
    public var grade: String?
    /// For an unknown grade, the grades it may be (empty when nothing narrows it down).
    public var possible: [String]
    public var source: String
    public var inferred: Bool
    public var note: String?

    public init(grade: String?, possible: [String] = [], source: String, inferred: Bool = false, note: String? = nil) {
        self.grade = grade
        self.possible = possible
        self.source = source
        self.inferred = inferred
        self.note = note
    }

    /// "Adequate", "unknown (adequate or requires improvement)" or "unknown", with `label`
    /// giving a grade's words.
    public func words(_ label: (String) -> String) -> String {
        if let grade { return label(grade) }
        guard !possible.isEmpty else { return "unknown" }
        let labels = possible.map { label($0).lowercased() }
        let list = labels.count <= 2 ? labels.joined(separator: " or ") : labels.dropLast().joined(separator: ", ") + " or " + labels.last!
        return "unknown (\(list))"
    }
}

/// A check that could not be evaluated, and the evidence any of which would let it be.
public struct EvidenceLack: Sendable, Hashable {
    public var checkID: String
    /// `missing-child-report records or an inspection-observation on missing-children-recording`.
    public var needs: String

    public init(checkID: String, needs: String) {
        self.checkID = checkID
        self.needs = needs
    }

    /// `missing.recording lacks missing-child-report records or …`.
    public var words: String { "\(checkID) lacks \(needs)" }
}
