import Foundation

/// Everything one inspection run produced, ready for any report format.
public struct InspectionResult: Sendable {
    public var tool: ToolInfo
    public var force: ForceSummary
    public var inspection: InspectionSummary
    public var framework: FrameworkSummary
    public var scale: [GradingScale.Grade]
    public var areas: [AreaResult]
    public var duties: [DutyDeadline]
    public var evidence: [DatasetSummary]
    public var documents: [String]
    /// What-if parameter values applied on top of the force's configuration, by name.
    public var overrides: [String: ParameterValue]
    public var publishedFindings: PublishedFindings
    public var history: EarlierInspections?
    /// Policies the force adopted since, each of which `--set` can try.
    public var policies: [PolicySummary]

    package init(
        tool: ToolInfo,
        force: ForceSummary,
        inspection: InspectionSummary,
        framework: FrameworkSummary,
        scale: [GradingScale.Grade],
        areas: [AreaResult],
        duties: [DutyDeadline],
        evidence: [DatasetSummary],
        documents: [String],
        overrides: [String: ParameterValue],
        publishedFindings: PublishedFindings,
        history: EarlierInspections?,
        policies: [PolicySummary]
    ) {
        self.tool = tool
        self.force = force
        self.inspection = inspection
        self.framework = framework
        self.scale = scale
        self.areas = areas
        self.duties = duties
        self.evidence = evidence
        self.documents = documents
        self.overrides = overrides
        self.publishedFindings = publishedFindings
        self.history = history
        self.policies = policies
    }

    /// Findings of a class across all areas, in area order.
    public func findings(_ kind: Finding.Kind) -> [Finding] {
        areas.flatMap { $0.findings.filter { $0.kind == kind } }
    }

    public func label(of grade: String) -> String {
        scale.first { $0.id == grade }?.label ?? grade
    }

    /// In how many areas the computed grade agrees with the published one, of the areas that
    /// have both a computed and a known published grade.
    public var agreementCount: (agrees: Int, compared: Int) {
        let compared = areas.filter(\.agreement.compared)
        return (compared.filter { $0.agreement == .agrees }.count, compared.count)
    }

    /// "Adequate", "unknown (adequate or requires improvement)" or "not inspected": the
    /// published grade of an area as every report words it.
    public func publishedWords(_ area: AreaResult) -> String {
        area.published.map { $0.words(label(of:)) } ?? "not inspected"
    }
}

public struct ToolInfo: Sendable, Hashable {
    public var name: String
    public var version: String

    public static let current = ToolInfo(name: "inspector", version: "0.1.0")
}

public struct ForceSummary: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The name narrow tables use: "Greater Manchester".
    public var shortName: String
    public var region: String

    package init(id: String, name: String, shortName: String, region: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.region = region
    }
}

/// A local policy the force adopted after the inspection, which a what-if run can apply.
public struct PolicySummary: Sendable, Hashable {
    public var parameter: String
    public var value: String
    public var since: String
    public var description: String
    public var source: String

    package init(parameter: String, value: String, since: String, description: String, source: String) {
        self.parameter = parameter
        self.value = value
        self.since = since
        self.description = description
        self.source = source
    }
}

public struct InspectionSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var published: PublishedDate
    public var fieldwork: String
    public var inspector: String
    public var source: String

    package init(id: String, title: String, published: PublishedDate, fieldwork: String, inspector: String, source: String) {
        self.id = id
        self.title = title
        self.published = published
        self.fieldwork = fieldwork
        self.inspector = inspector
        self.source = source
    }
}

public struct FrameworkSummary: Sendable, Hashable {
    public var id: String
    public var version: String
    public var title: String
    /// `hmicfrs-percentage@1`.
    public var scoringModel: String
    public var scale: String
    /// Caveats every report of a run must carry (e.g. "the area list is unverified").
    public var notes: [String]

    package init(id: String, version: String, title: String, scoringModel: String, scale: String, notes: [String]) {
        self.id = id
        self.version = version
        self.title = title
        self.scoringModel = scoringModel
        self.scale = scale
        self.notes = notes
    }

    /// `ncpi-2024@2024.1 / hmicfrs-percentage@1`: runs compare only when these are equal.
    public var comparabilityKey: String { "\(id)@\(version) / \(scoringModel)" }
}

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

/// How a check fared in one area, with the score it contributed.
public struct CheckOutcome: Sendable {
    public var checkID: String
    public var title: String
    public var weight: Double
    public var onFailure: FindingClass
    public var recommendation: String
    public var theme: String?
    public var result: CheckResult
    /// 1–4 when evaluated; nil when not applicable or not evaluable.
    public var score: Int?
    /// The kinds of evidence the result rests on.
    public var provenance: [Provenance]
    /// Why the framework's `cause_of_concern_below` made the shortfall a cause of concern.
    public var concern: String?

    public init(
        checkID: String, title: String, weight: Double, onFailure: FindingClass, recommendation: String = "", theme: String?,
        result: CheckResult, score: Int?, provenance: [Provenance] = [], concern: String? = nil
    ) {
        self.provenance = provenance
        self.concern = concern
        self.checkID = checkID
        self.title = title
        self.weight = weight
        self.onFailure = onFailure
        self.recommendation = recommendation
        self.theme = theme
        self.result = result
        self.score = score
    }
}

/// An area's grade and how it was reached, or why there is none.
public struct AreaGrading: Sendable, Hashable {
    /// Weighted score as a percentage of the maximum; nil when not graded.
    public var percent: Double?
    /// The grade id; nil when the area is not graded.
    public var grade: String?
    /// How the grade was reached, or why there is none, in a sentence.
    public var basis: String
    /// The limiting rules that changed the grade from its band, in words.
    public var adjustments: [String]

    package init(percent: Double?, grade: String?, basis: String, adjustments: [String]) {
        self.percent = percent
        self.grade = grade
        self.basis = basis
        self.adjustments = adjustments
    }
}

/// Something the inspection found: an area for improvement, a cause of concern, a strength or
/// promising practice.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case causeOfConcern = "cause-of-concern"
        case areaForImprovement = "area-for-improvement"
        case strength
        case promisingPractice = "promising-practice"

        public var label: String {
            switch self {
            case .causeOfConcern: return "Cause of concern"
            case .areaForImprovement: return "Area for improvement"
            case .strength: return "Strength"
            case .promisingPractice: return "Promising practice"
            }
        }
    }

    public var kind: Kind
    public var area: String
    public var checkID: String
    public var statement: String
    public var count: CheckResult.Count?
    public var cases: [String]
    public var theme: String?
    /// What the force should do; reports print it with causes of concern.
    public var recommendation: String

    package init(
        kind: Kind,
        area: String,
        checkID: String,
        statement: String,
        count: CheckResult.Count?,
        cases: [String],
        theme: String?,
        recommendation: String
    ) {
        self.kind = kind
        self.area = area
        self.checkID = checkID
        self.statement = statement
        self.count = count
        self.cases = cases
        self.theme = theme
        self.recommendation = recommendation
    }
}

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
