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
        findings: [Finding]
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.checks = checks
        self.grading = grading
        self.published = published
        self.findings = findings
    }

    public var agreement: Agreement {
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
        return Array(Set(checks.filter { $0.score != nil }.flatMap(\.provenance))).sorted()
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

    /// "agrees", "not graded", …: as every report words it.
    public var label: String {
        switch self {
        case .agrees: return "agrees"
        case .differs: return "differs"
        case .notGraded: return "not graded"
        case .notInspected: return "not inspected"
        case .publishedUnknown: return "cannot tell (published grade unknown)"
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
