import YAML

/// A framework's audit form: the questions an auditor answers about each case of a dataset of
/// one record type. Declared in the framework's `audit_forms:`; the questions are declared in
/// Swift by the checks that read their answers (`CheckDescriptor.auditQuestions`).
///
/// ```yaml
/// audit_forms:
///   - id: missing-children
///     title: Children reported missing
///     record_type: missing-episode
///     questions: [missing.risk-known]
/// ```
public struct AuditForm: Decodable, Sendable {
    public var id: YAML.Located<String>
    /// What the form audits, as a heading: "Children reported missing".
    public var title: String
    /// The record type of the datasets a sample for this form is drawn from.
    public var recordType: YAML.Located<String>
    /// Question ids, in the order the form asks them.
    public var questions: [YAML.Located<String>]

    enum CodingKeys: String, CodingKey { case id, title, recordType = "record_type", questions }
}
