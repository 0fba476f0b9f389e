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
    /// The default scoring model.
    public var scoring: ScoringModel
    /// Other named models a run may choose instead (`--scoring <id>`).
    public var alternativeScoring: [ScoringModel]
    /// An overall grade derived from the area grades by stated rules; nil when the framework
    /// gives none.
    public var overallJudgement: OverallJudgement?
    /// Values for check parameters, by global parameter name; forces may override them.
    public var parameters: [String: YAML.Node]
    /// The words a record field may hold, by `record-type.field`: a word outside the list is
    /// refused where it is written, so a typo cannot quietly change a judgement.
    public var vocabularies: [String: YAML.Located<[String]>]
    public var duties: [ResponseDuty]
    public var areas: [Area]
    /// The questions a case-file audit asks of each kind of dataset (see `AuditForm`).
    public var auditForms: [AuditForm]

    enum CodingKeys: String, CodingKey {
        case schema, id, version, title, publisher, source, notes, scale, scoring, parameters, vocabularies, duties, areas
        case alternativeScoring = "alternative_scoring", overallJudgement = "overall_judgement", auditForms = "audit_forms"
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
        alternativeScoring = try container.decodeIfPresent([ScoringModel].self, forKey: .alternativeScoring) ?? []
        overallJudgement = try container.decodeIfPresent(OverallJudgement.self, forKey: .overallJudgement)
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        vocabularies = try container.decodeIfPresent([String: YAML.Located<[String]>].self, forKey: .vocabularies) ?? [:]
        duties = try container.decodeIfPresent([ResponseDuty].self, forKey: .duties) ?? []
        areas = try container.decode([Area].self, forKey: .areas)
        auditForms = try container.decodeIfPresent([AuditForm].self, forKey: .auditForms) ?? []
    }

    /// `ncpi-2024@2024.1`: what a run was graded against, so that runs under different
    /// versions are never silently compared.
    public var versionedID: String { "\(id.value)@\(version)" }

    public func area(_ id: String) -> Area? { areas.first { $0.id.value == id } }

    /// Every scoring model the framework declares, the default first.
    public var scoringModels: [ScoringModel] { [scoring] + alternativeScoring }

    /// The model `name` names (`hmicfrs-percentage` or `hmicfrs-percentage@2`); the default
    /// for nil; nil when no model has that name.
    public func scoringModel(named name: String?) -> ScoringModel? {
        guard let name else { return scoring }
        return scoringModels.first { $0.isNamed(name) }
    }

    public func auditForm(_ id: String) -> AuditForm? { auditForms.first { $0.id.value == id } }

    /// The framework's vocabularies as plain word lists, by name.
    public var vocabularyWords: [String: [String]] { vocabularies.mapValues(\.value) }
}
