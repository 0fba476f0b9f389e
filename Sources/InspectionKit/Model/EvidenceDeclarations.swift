import Foundation
import YAML

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
    /// Case-audit datasets only: the sample file the returned form answers (see docs/case-audits.md).
    public var sample: YAML.Located<String>?
    /// Case-audit datasets only: the file recording the answers moderators agreed where two
    /// auditors disagreed.
    public var moderation: YAML.Located<String>?

    enum CodingKeys: String, CodingKey {
        case name, recordType = "record_type", file, format, provenance, note, maxRejected = "max_rejected", mapping
        case sample, moderation
    }

    /// A returned audit form (`record_type: case-audit`) rather than records.
    public var isCaseAudit: Bool { recordType.value == EvidenceStore.caseAuditType }

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
        sample = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .sample)
        moderation = try container.decodeIfPresent(YAML.Located<String>.self, forKey: .moderation)
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
