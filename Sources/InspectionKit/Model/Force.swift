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
    /// What the force's case references look like, as a regular expression the whole
    /// reference must match (on top of the default rule); nil for the default rule alone.
    public var caseReferencePattern: YAML.Located<String>?

    enum CodingKeys: String, CodingKey {
        case schema, id, name, shortName = "short_name", region, country, source, notes, policies
        case caseReferencePattern = "case_reference_pattern"
    }

    /// The force's rule for case references; nil when its pattern does not compile (reported
    /// by the Validator).
    public var caseReferenceRule: CaseReferenceRule? {
        guard let pattern = caseReferencePattern?.value else { return .default }
        return CaseReferenceRule(pattern: pattern)
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
        caseReferencePattern = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .caseReferencePattern)
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
        case schema, id, framework, title, fieldwork, published, inspector, source, notes
        case publishedJudgements = "published_judgements", publishedGradeCounts = "published_grade_counts"
        case publishedFindings = "published_findings"
        case parameters, evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        framework = try container.decode(YAML.Located<String>.self, forKey: .framework)
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

/// The grade the inspectorate published for one area, and where that comes from.
///
/// `grade: unknown` records that the area was graded but the sources do not say how, with
/// `one_of` narrowing it down when the report's counts do ("one of adequate and requires
/// improvement"). An area with no judgement at all was not inspected.
public struct PublishedJudgement: Decodable, Sendable {
    public var area: YAML.Located<String>
    /// A grade id of the scale, or `unknown`.
    public var grade: YAML.Located<String>
    /// For an unknown grade: the grades it may be, when the sources narrow it down.
    public var oneOf: [YAML.Located<String>]
    public var source: String
    /// True when the grade is not printed in the source but deduced (e.g. from a count).
    public var inferred: Bool
    public var note: String?

    /// The word that records a grade the sources do not give.
    public static let unknown = "unknown"

    enum CodingKeys: String, CodingKey { case area, grade, oneOf = "one_of", source, inferred, note }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        area = try container.decode(YAML.Located<String>.self, forKey: .area)
        grade = try container.decode(YAML.Located<String>.self, forKey: .grade)
        oneOf = try container.decodeIfPresent([YAML.Located<String>].self, forKey: .oneOf) ?? []
        source = try container.decode(String.self, forKey: .source)
        inferred = try container.decodeIfPresent(Bool.self, forKey: .inferred) ?? false
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// The grade id, or nil when the sources do not give it.
    public var knownGrade: String? { grade.value == Self.unknown ? nil : grade.value }
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
    /// The finding's id within its inspection (`afi-missing`), written so that responses keep
    /// pointing at it however the list is reordered; nil takes the default by position (see
    /// `TrackedFinding`).
    public var id: YAML.Located<String>?
    /// The area it belongs to, when the report says.
    public var area: YAML.Located<String>?
    /// A short id shared with the framework's check references, so derived findings can be
    /// matched to published ones: `missing-children`.
    public var theme: YAML.Located<String>?
    public var text: String
    /// A cause of concern's recommendations, as published.
    public var recommendations: [PublishedRecommendation]

    enum CodingKeys: String, CodingKey { case id, area, theme, text, recommendations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .id)
        area = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .area)
        theme = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .theme)
        text = try container.decode(String.self, forKey: .text)
        recommendations = try container.decodeIfPresent([PublishedRecommendation].self, forKey: .recommendations) ?? []
    }
}

/// A recommendation published with a cause of concern.
public struct PublishedRecommendation: Decodable, Sendable {
    /// Its id within the cause of concern (`rec-1` by default, by position).
    public var id: YAML.Located<String>?
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
///
/// A YAML dataset file names its record type and provenance itself; a CSV export cannot, so a
/// CSV dataset states them here, with the mapping that reads it (see docs/csv-evidence.md).
public struct DatasetDeclaration: Decodable, Sendable {
    public enum Format: String, Decodable, Sendable, CaseIterable { case yaml, csv }

    public var name: YAML.Located<String>
    public var recordType: YAML.Located<String>
    /// Relative to the force's directory; may not leave it.
    public var file: YAML.Located<String>
    public var format: Format
    /// CSV only: where the data came from.
    public var provenance: YAML.Located<Provenance>?
    /// CSV only: what the export is, in words.
    public var note: String?
    /// CSV only: how many rows may be rejected before the run stops (default none).
    public var maxRejected: YAML.Located<RejectionLimit>?
    /// CSV only: the mapping, written here (a mapping node) or in a file (a path).
    public var mapping: YAML.Node?

    enum CodingKeys: String, CodingKey {
        case name, recordType = "record_type", file, format, provenance, note, maxRejected = "max_rejected", mapping
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(YAML.Located<String>.self, forKey: .name)
        recordType = try container.decode(YAML.Located<String>.self, forKey: .recordType)
        file = try container.decode(YAML.Located<String>.self, forKey: .file)
        format = try container.decodeIfPresent(Format.self, forKey: .format) ?? .yaml
        provenance = try container.decodeIfPresent(YAML.Located<Provenance>.self, forKey: .provenance)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        maxRejected = try container.decodeIfPresent(YAML.Located<RejectionLimit>.self, forKey: .maxRejected)
        mapping = try container.decodeIfPresent(YAML.Node.self, forKey: .mapping)
    }
}

/// How many rows of a CSV dataset may be rejected: a count (`12`) or a share of the rows
/// (`"0.5%"` or `0.005`); over it, the run stops.
public enum RejectionLimit: Sendable, Hashable, Decodable, CustomStringConvertible {
    case count(Int)
    case share(Double)

    public static let none = RejectionLimit.count(0)

    /// Whether `rejected` rows of `rows` are within the limit.
    public func allows(_ rejected: Int, of rows: Int) -> Bool {
        switch self {
        case .count(let limit): return rejected <= limit
        case .share(let share): return Double(rejected) <= share * Double(rows) + 1e-9
        }
    }

    public var description: String {
        switch self {
        case .count(let limit): return "\(limit) \(limit == 1 ? "row" : "rows")"
        case .share(let share): return NumberText.percent(share) + " of the rows"
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self).trimmingCharacters(in: .whitespaces)
        if let count = Int(text), count >= 0 {
            self = .count(count)
        } else if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent.isFinite, (0...100).contains(percent) {
            self = .share(percent / 100)
        } else if let share = Double(text), share.isFinite, share > 0, share < 1 {
            self = .share(share)
        } else {
            let message = "'\(text)' is not a limit: write a number of rows (12) or a share of them (\"0.5%\" or 0.005)"
            guard let node = decoder.yamlNode else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: message))
            }
            throw node.error(.invalidValue(message))
        }
    }
}

/// A document the force published or supplied: a strategy, a plan, a policy.
public struct DocumentDeclaration: Decodable, Sendable {
    public var id: YAML.Located<String>
    public var kind: DocumentKind
    public var title: String
    /// Relative to the force's directory; may not leave it. Plain text or Markdown.
    public var file: YAML.Located<String>
    /// Where the text came from: the force's own document (published, the default) or a
    /// summary reconstructed from an inspection report.
    public var provenance: Provenance

    enum CodingKeys: String, CodingKey { case id, kind, title, file, provenance }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(YAML.Located<String>.self, forKey: .id)
        kind = try container.decode(DocumentKind.self, forKey: .kind)
        title = try container.decode(String.self, forKey: .title)
        file = try container.decode(YAML.Located<String>.self, forKey: .file)
        provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance) ?? .published
    }

    public enum DocumentKind: String, Decodable, Sendable, CaseIterable {
        case strategy, plan, policy, report, procedure
    }
}
