import YAML

/// One inspection of a force under a framework: `Forces/<id>/inspections/<inspection>.yaml`.
public struct Inspection: Decodable, Sendable {
    public var schema: Int
    public var id: YAML.Located<String>
    public var framework: YAML.Located<String>
    /// What was published: a graded report (the default), or causes of concern published
    /// ahead of it (`accelerated-causes-of-concern`), which has no grades.
    public var kind: PublicationKind
    /// Where `kind` is written, for errors about what such a publication may hold.
    public var kindPosition: YAML.Located<PublicationKind>?
    public var title: String
    public var fieldwork: String
    /// To the day, to the month, or unknown.
    public var published: PublishedDate
    public var inspector: String
    public var source: String
    public var notes: [String]
    public var publishedJudgements: [PublishedJudgement]
    /// How many areas the report gave each grade ("good in 1 area, adequate in 2"), when it
    /// says; checked against the grades known.
    public var publishedGradeCounts: YAML.Located<[String: Int]>?
    public var publishedFindings: PublishedFindings
    /// Local policy parameters in force at the time, overriding the framework's values.
    public var parameters: [String: YAML.Node]
    public var evidence: EvidenceDeclarations

    enum CodingKeys: String, CodingKey {
        case schema, id, framework, kind, title, fieldwork, published, inspector, source, notes
        case publishedJudgements = "published_judgements", publishedGradeCounts = "published_grade_counts"
        case publishedFindings = "published_findings"
        case parameters, evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        framework = try container.decode(YAML.Located<String>.self, forKey: .framework)
        kindPosition = try container.decodeIfPresent(YAML.Located<PublicationKind>.self, forKey: .kind)
        kind = kindPosition?.value ?? .gradedReport
        title = try container.decode(String.self, forKey: .title)
        fieldwork = try container.decode(String.self, forKey: .fieldwork)
        published = try container.decode(PublishedDate.self, forKey: .published)
        inspector = try container.decode(String.self, forKey: .inspector)
        source = try container.decode(String.self, forKey: .source)
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        publishedJudgements = try container.decodeIfPresent([PublishedJudgement].self, forKey: .publishedJudgements) ?? []
        publishedGradeCounts = try container.decodeIfPresent(YAML.Located<[String: Int]>.self, forKey: .publishedGradeCounts)
        publishedFindings = try container.decodeIfPresent(PublishedFindings.self, forKey: .publishedFindings) ?? PublishedFindings()
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        evidence = try container.decodeIfPresent(EvidenceDeclarations.self, forKey: .evidence) ?? EvidenceDeclarations()
    }

    public func publishedGrade(for area: String) -> PublishedJudgement? {
        publishedJudgements.first { $0.area.value == area }
    }
}

/// What an inspection publication is.
public enum PublicationKind: String, Decodable, Sendable, Hashable, CaseIterable {
    /// The inspection report, with its graded judgements.
    case gradedReport = "graded-report"
    /// Causes of concern and their recommendations published before the graded report, when
    /// "significant service failures or risks to public safety" cannot wait for it (HMICFRS
    /// glossary); it carries no grades, and the graded report follows.
    case acceleratedCausesOfConcern = "accelerated-causes-of-concern"

    /// "accelerated causes of concern", as reports name it.
    public var words: String {
        switch self {
        case .gradedReport: return "graded report"
        case .acceleratedCausesOfConcern: return "accelerated causes of concern"
        }
    }
}
