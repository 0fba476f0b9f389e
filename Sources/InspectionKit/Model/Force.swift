import Foundation
import YAML

/// A police force: `Forces/<id>/force.yaml`, with its inspections under `inspections/`.
public struct Force: Decodable, Sendable {
    public var schema: Int
    public var id: YAML.Located<String>
    public var name: String
    public var shortName: String
    public var region: String
    public var country: String
    public var source: String
    public var notes: [String]
    /// Local policies adopted since an inspection, which a what-if run can apply.
    public var policies: [PolicyChange]

    enum CodingKeys: String, CodingKey {
        case schema, id, name, shortName = "short_name", region, country, source, notes, policies
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decode(String.self, forKey: .shortName)
        region = try container.decode(String.self, forKey: .region)
        country = try container.decode(String.self, forKey: .country)
        source = try container.decode(String.self, forKey: .source)
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        policies = try container.decodeIfPresent([PolicyChange].self, forKey: .policies) ?? []
    }
}

/// A change of local policy, e.g. "assess all missing children as high risk".
public struct PolicyChange: Decodable, Sendable {
    public var parameter: YAML.Located<String>
    public var value: YAML.Node
    /// When it took effect, in words ("after the 2025 inspection").
    public var since: String
    public var description: String
    public var source: String
}

/// One inspection of a force under a framework: `Forces/<id>/inspections/<inspection>.yaml`.
public struct Inspection: Decodable, Sendable {
    public var schema: Int
    public var id: YAML.Located<String>
    public var framework: YAML.Located<String>
    public var title: String
    public var fieldwork: String
    /// The day the report was published (`YYYY-MM-DD`; a timestamp is refused).
    public var publishedDay: YAML.Day
    /// `publishedDay` at 00:00 UTC.
    public var published: Date { publishedDay.midnightUTC }
    public var inspector: String
    public var source: String
    public var notes: [String]
    public var publishedJudgements: [PublishedJudgement]
    public var publishedFindings: PublishedFindings
    /// Local policy parameters in force at the time, overriding the framework's values.
    public var parameters: [String: YAML.Node]
    public var evidence: EvidenceDeclarations

    enum CodingKeys: String, CodingKey {
        case schema, id, framework, title, fieldwork, published, inspector, source, notes
        case publishedJudgements = "published_judgements", publishedFindings = "published_findings"
        case parameters, evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        framework = try container.decode(YAML.Located<String>.self, forKey: .framework)
        title = try container.decode(String.self, forKey: .title)
        fieldwork = try container.decode(String.self, forKey: .fieldwork)
        publishedDay = try container.decode(YAML.Day.self, forKey: .published)
        inspector = try container.decode(String.self, forKey: .inspector)
        source = try container.decode(String.self, forKey: .source)
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        publishedJudgements = try container.decodeIfPresent([PublishedJudgement].self, forKey: .publishedJudgements) ?? []
        publishedFindings = try container.decodeIfPresent(PublishedFindings.self, forKey: .publishedFindings) ?? PublishedFindings()
        parameters = try container.decodeIfPresent([String: YAML.Node].self, forKey: .parameters) ?? [:]
        evidence = try container.decodeIfPresent(EvidenceDeclarations.self, forKey: .evidence) ?? EvidenceDeclarations()
    }

    public func publishedGrade(for area: String) -> PublishedJudgement? {
        publishedJudgements.first { $0.area.value == area }
    }
}

/// The grade the inspectorate published for one area, and where that comes from.
public struct PublishedJudgement: Decodable, Sendable {
    public var area: YAML.Located<String>
    public var grade: YAML.Located<String>
    public var source: String
    /// True when the grade is not printed in the source but deduced (e.g. from a count).
    public var inferred: Bool
    public var note: String?

    enum CodingKeys: String, CodingKey { case area, grade, source, inferred, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        area = try container.decode(YAML.Located<String>.self, forKey: .area)
        grade = try container.decode(YAML.Located<String>.self, forKey: .grade)
        source = try container.decode(String.self, forKey: .source)
        inferred = try container.decodeIfPresent(Bool.self, forKey: .inferred) ?? false
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }
}

/// What the published report said, for comparison with what the inspector derives.
public struct PublishedFindings: Decodable, Sendable {
    public var areasForImprovement: [PublishedFinding] = []
    public var causesOfConcern: [PublishedFinding] = []
    public var promisingPractice: [PublishedFinding] = []

    enum CodingKeys: String, CodingKey {
        case areasForImprovement = "areas_for_improvement", causesOfConcern = "causes_of_concern"
        case promisingPractice = "promising_practice"
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        areasForImprovement = try container.decodeIfPresent([PublishedFinding].self, forKey: .areasForImprovement) ?? []
        causesOfConcern = try container.decodeIfPresent([PublishedFinding].self, forKey: .causesOfConcern) ?? []
        promisingPractice = try container.decodeIfPresent([PublishedFinding].self, forKey: .promisingPractice) ?? []
    }
}

public struct PublishedFinding: Decodable, Sendable {
    /// The area it belongs to, when the report says.
    public var area: YAML.Located<String>?
    /// A short id shared with the framework's check references, so derived findings can be
    /// matched to published ones: `missing-children`.
    public var theme: YAML.Located<String>?
    public var text: String
}

/// The evidence an inspection draws on: datasets of records and documents.
public struct EvidenceDeclarations: Decodable, Sendable {
    public var datasets: [DatasetDeclaration] = []
    public var documents: [DocumentDeclaration] = []

    enum CodingKeys: String, CodingKey { case datasets, documents }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        datasets = try container.decodeIfPresent([DatasetDeclaration].self, forKey: .datasets) ?? []
        documents = try container.decodeIfPresent([DocumentDeclaration].self, forKey: .documents) ?? []
    }
}

/// A file of evidence records of one record type.
public struct DatasetDeclaration: Decodable, Sendable {
    public var name: YAML.Located<String>
    public var recordType: YAML.Located<String>
    /// Relative to the force's directory; may not leave it.
    public var file: YAML.Located<String>

    enum CodingKeys: String, CodingKey { case name, recordType = "record_type", file }
}

/// A document the force published or supplied: a strategy, a plan, a policy.
public struct DocumentDeclaration: Decodable, Sendable {
    public var id: YAML.Located<String>
    public var kind: DocumentKind
    public var title: String
    /// Relative to the force's directory; may not leave it. Plain text or Markdown.
    public var file: YAML.Located<String>

    public enum DocumentKind: String, Decodable, Sendable, CaseIterable {
        case strategy, plan, policy, report, procedure
    }
}

/// Earlier inspections of a force, for tracking progress: `Forces/<id>/history.yaml`.
public struct InspectionHistory: Decodable, Sendable {
    public var schema: Int
    public var inspections: [PastInspection]

    public struct PastInspection: Decodable, Sendable {
        public var id: String
        public var title: String
        /// When fieldwork happened, in words ("March 2019").
        public var fieldwork: String
        public var publishedDay: YAML.Day?
        /// `publishedDay` at 00:00 UTC.
        public var published: Date? { publishedDay?.midnightUTC }
        public var summary: String
        public var findings: [String]
        public var caseAudit: CaseAudit?
        public var source: String

        enum CodingKeys: String, CodingKey {
            case id, title, fieldwork, publishedDay = "published", summary, findings, caseAudit = "case_audit", source
        }
    }

    /// Counts from an audit of case files, where each case was graded.
    public struct CaseAudit: Decodable, Sendable {
        public var audited: Int
        public var good: Int?
        public var requiresImprovement: Int?
        public var inadequate: Int?

        enum CodingKeys: String, CodingKey {
            case audited, good, requiresImprovement = "requires_improvement", inadequate
        }
    }
}
