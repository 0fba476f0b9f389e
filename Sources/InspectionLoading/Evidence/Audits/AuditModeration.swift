import YAML

/// A moderation file: for each question two auditors answered differently about a case, the
/// answer agreed and who agreed it. Findings count the agreed answer; a disagreement left out
/// stops the run.
///
/// ```yaml
/// schema: 1
/// moderated:
///   - {case_ref: NPT-MIS-02, question: missing.risk-known, answer: high, agreed_by: [A1, A2]}
/// ```
public struct AuditModerationFile: Decodable, Sendable {
    public var schema: Int
    public var note: String?
    public var moderated: [Entry]

    public struct Entry: Decodable, Sendable {
        public var caseRef: YAML.Located<String>
        public var question: YAML.Located<String>
        public var answer: YAML.Located<String>
        /// Auditors' or moderators' ids: who agreed the answer.
        public var agreedBy: YAML.Located<[String]>

        enum CodingKeys: String, CodingKey { case caseRef = "case_ref", question, answer, agreedBy = "agreed_by" }
    }

    enum CodingKeys: String, CodingKey { case schema, note, moderated }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(Int.self, forKey: .schema)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        moderated = try container.decodeIfPresent([Entry].self, forKey: .moderated) ?? []
    }
}
