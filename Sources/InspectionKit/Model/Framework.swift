import YAML

/// An inspection framework: graded areas, the checks that gather each area's evidence, the
/// scoring model that turns results into grades, and the duties that follow publication.
/// Read from `Frameworks/<id>.yaml`.
public struct Framework: Decodable, Sendable {
    public var schema: Int
    public var id: YAML.Located<String>
    public var version: String
    public var title: String
    public var publisher: String
    public var source: String
    /// Caveats a reader must know, e.g. that an area list is unverified.
    public var notes: [String]
    public var scale: YAML.Located<String>
    public var scoring: ScoringModel
    /// Values for check parameters, by global parameter name; forces may override them.
    public var parameters: [String: YAML.Node]
    /// The words a record field may hold, by `record-type.field`: a word outside the list is
    /// refused where it is written, so a typo cannot quietly change a judgement.
    public var vocabularies: [String: YAML.Located<[String]>]
    public var duties: [ResponseDuty]
    public var areas: [Area]

    enum CodingKeys: String, CodingKey {
        case schema, id, version, title, publisher, source, notes, scale, scoring, parameters, vocabularies, duties, areas
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        version = try container.decode(String.self, forKey: .version)
        title = try container.decode(String.self, forKey: .title)
        publisher = try container.decode(String.self, forKey: .publisher)
        source = try container.decode(String.self, forKey: .source)
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        scale = try container.decode(YAML.Located<String>.self, forKey: .scale)
        scoring = try container.decode(ScoringModel.self, forKey: .scoring)
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        vocabularies = try container.decodeIfPresent([String: YAML.Located<[String]>].self, forKey: .vocabularies) ?? [:]
        duties = try container.decodeIfPresent([ResponseDuty].self, forKey: .duties) ?? []
        areas = try container.decode([Area].self, forKey: .areas)
    }

    /// `ncpi-2024@2024.1`: what a run was graded against, so that runs under different
    /// versions are never silently compared.
    public var versionedID: String { "\(id.value)@\(version)" }

    public func area(_ id: String) -> Area? { areas.first { $0.id.value == id } }
}

/// One graded area of a framework.
public struct Area: Decodable, Sendable {
    public var id: YAML.Located<String>
    /// The title published reports use: "Responding to children at risk of harm".
    public var title: String
    /// The framework's short topic name: "Initial response".
    public var topic: String
    /// The question the area answers.
    public var question: String
    public var characteristicsOfGood: [String]
    public var checks: [CheckReference]

    enum CodingKeys: String, CodingKey {
        case id, title, topic, question, characteristicsOfGood = "characteristics_of_good", checks
    }
}

/// A check as one area of a framework uses it.
public struct CheckReference: Decodable, Sendable {
    public var check: YAML.Located<String>
    /// Relative weight of the check's score within the area (default 1).
    public var weight: Double
    /// What a check that is not met (or only partly met) produces.
    public var onFailure: FindingClass
    /// A limiting rule: when the check is not met, the area's grade is at best this one.
    public var whenNotMetAtBest: YAML.Located<String>?
    /// When fewer than this share of cases meet the check's standard, the shortfall is a cause
    /// of concern (and the area at best what the scoring model allows with one), whatever
    /// `on_failure` says: "fewer than half of missing children graded at the risk known".
    public var causeOfConcernBelow: YAML.Located<Double>?
    /// Parameter values for this use of the check only, overriding the framework's.
    public var parameters: [String: YAML.Node]
    /// A short id for the theme a finding from this check falls under (`missing-children`),
    /// shared with a force's published findings so the two can be matched.
    public var theme: String?

    enum CodingKeys: String, CodingKey {
        case check, weight, onFailure = "on_failure", whenNotMetAtBest = "when_not_met_at_best"
        case causeOfConcernBelow = "cause_of_concern_below", parameters, theme
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        check = try container.decode(YAML.Located<String>.self, forKey: .check)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        onFailure = try container.decode(FindingClass.self, forKey: .onFailure)
        whenNotMetAtBest = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .whenNotMetAtBest)
        causeOfConcernBelow = try container.decodeIfPresent(YAML.Located<Double>.self, forKey: .causeOfConcernBelow)
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        theme = try container.decodeIfPresent(String.self, forKey: .theme)
    }
}

/// The classes of finding an inspection reports.
public enum FindingClass: String, Decodable, Sendable, CaseIterable, Comparable {
    /// Falls short of expected standards; the force must respond in writing.
    case areaForImprovement = "area-for-improvement"
    /// A serious, critical or systemic shortcoming; comes with recommendations.
    case causeOfConcern = "cause-of-concern"

    public var label: String {
        switch self {
        case .areaForImprovement: return "area for improvement"
        case .causeOfConcern: return "cause of concern"
        }
    }

    public static func < (lhs: FindingClass, rhs: FindingClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Something the force or its commissioner must do after publication, and by when.
public struct ResponseDuty: Decodable, Sendable {
    public var id: String
    public var description: String
    /// Time allowed after publication, e.g. `8w` or `56d`.
    public var within: Duration
    /// Whether the duty applies only when the report has areas for improvement or causes of
    /// concern (`areas-for-improvement`, `causes-of-concern`) or always (`always`).
    public var appliesWhen: Trigger
    public var source: String

    public enum Trigger: String, Decodable, Sendable, CaseIterable {
        case always
        case areasForImprovement = "areas-for-improvement"
        case causesOfConcern = "causes-of-concern"
    }

    enum CodingKeys: String, CodingKey {
        case id, description, within, appliesWhen = "applies_when", source
    }
}
