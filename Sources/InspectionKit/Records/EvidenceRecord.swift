/// A record of evidence: one missing-child episode, one strategy discussion, one observation.
///
/// A record type declares its fields once (`recordType.fields`, built from `Field`
/// declarations) and builds itself from them (`init(_:)`); YAML and CSV evidence are decoded
/// by the declaration, so what a force must export, what `inspector explain` prints and what
/// is decoded are one list. The registry checks the contract when it is built: every declared
/// field is read by the initialiser and nothing undeclared is.
public protocol EvidenceRecord: Sendable {
    static var recordType: RecordType { get }
    /// Builds a record from decoded fields, which hold a value of the declared type for every
    /// required field (and `.absent` for an optional field left out).
    init(_ fields: RecordFields)
    /// The case this record is about, for findings; nil for records not about a case.
    var caseReference: String? { get }
    /// What is wrong with the record beyond its types: a count out of range, a time before the
    /// time it follows, a word outside the framework's vocabulary. Each problem names the
    /// field to point at.
    func problems(_ rules: RecordRules) -> [RecordProblem]
    /// The records of a dataset's rows. Not for implementing: every record type takes the one
    /// implementation `InspectionKit` gives, which is a requirement only so that it is
    /// compiled for each record type in the record type's own module (see `RecordRows`).
    static func records(from rows: any RecordRows) throws -> [Self]
}

extension EvidenceRecord {
    public var caseReference: String? { nil }
    public func problems(_ rules: RecordRules) -> [RecordProblem] { [] }
}

/// The published description of a record type: its id, meaning and fields.
public struct RecordType: Sendable {
    /// Stable id used in configuration: `missing-episode`.
    public var id: String
    public var title: String
    public var summary: String
    public var fields: [FieldSpec]
    /// The declarations the fields came from, for the registry's type check.
    let declarations: [any FieldDeclaration]
    /// Where the record type is written (`#fileID`), for registry errors.
    public var file: String

    public init(id: String, title: String, summary: String, fields: [any FieldDeclaration], file: String = #fileID) {
        self.id = id
        self.title = title
        self.summary = summary
        self.fields = fields.map(\.spec)
        self.declarations = fields
        self.file = file
    }

    /// The field named `name`, if declared.
    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
}
