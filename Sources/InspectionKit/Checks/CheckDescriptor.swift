/// What a check is, for the registry, `inspector explain` and the generated documentation.
///
/// What a check reads is declared here and nowhere else: its parameters, the record types
/// and observation topics it reads, the audit questions whose answers it reads, the figures
/// it reports. The registry runs every example
/// when it is built and refuses a check that reads or reports anything it did not declare.
public struct CheckDescriptor: Sendable {
    /// Stable dotted id: `missing.risk-grading`.
    public var id: String
    /// The area of the child protection framework the check belongs to; other frameworks
    /// may use it under their own areas.
    public var area: String
    public var title: String
    /// Why the check matters, in a sentence or two.
    public var rationale: String
    /// What the force should do when the check falls short, as a report recommends it.
    public var recommendation: String
    public var parameters: [ParameterSpec]
    /// Record types the check reads; the registry knows every type some check reads.
    public var reads: [any EvidenceRecord.Type]
    /// Observation topics the check falls back on when no records exist.
    public var observationTopics: [String]
    /// Kinds of evidence document the check reads (a strategy, a plan), for saying what it
    /// needs when it cannot be evaluated.
    public var documents: [DocumentDeclaration.DocumentKind]
    /// The figures the check reports, comparable across forces.
    public var figures: [FigureSpec]
    /// Audit questions whose answers the check reads (`context.audited(_:)`): what a
    /// case-file audit asks for it. Two checks may read one question, declared alike.
    public var auditQuestions: [AuditQuestion]
    /// Evidence that meets the check and evidence that fails it, with the results expected.
    public var examples: [CheckExample]
    /// What the check counts, read after "2 more of the 6": "missing children reached within
    /// the target for the risk they faced". Grade margins name a change of cases with it;
    /// without it they say "cases meeting the standard of <check id>".
    public var countedAs: String?
    /// Where the check is written (`#fileID`), for registry errors.
    public var file: String
    /// The parameters' declarations, for the registry's type check.
    let parameterDeclarations: [any ParameterDeclaration]

    public init(
        id: String, area: String, title: String, rationale: String, recommendation: String,
        parameters: [any ParameterDeclaration] = [], reads: [any EvidenceRecord.Type] = [], observationTopics: [String] = [],
        documents: [DocumentDeclaration.DocumentKind] = [], figures: [FigureSpec] = [], auditQuestions: [AuditQuestion] = [],
        examples: [CheckExample] = [], countedAs: String? = nil, file: String = #fileID
    ) {
        self.documents = documents
        self.countedAs = countedAs
        self.id = id
        self.area = area
        self.title = title
        self.rationale = rationale
        self.recommendation = recommendation
        self.parameters = parameters.map(\.spec)
        self.parameterDeclarations = parameters
        self.reads = reads
        self.observationTopics = observationTopics
        self.figures = figures
        self.auditQuestions = auditQuestions
        self.examples = examples
        self.file = file
    }

    /// "missing children reached within the target …", or the fallback naming the check.
    public var countedWords: String { countedAs ?? "cases meeting the standard of \(id)" }

    /// Ids of the record types the check reads.
    public var readIDs: [String] { reads.map { $0.recordType.id } }

    /// The evidence any of which would let the check be evaluated, in words:
    /// `missing-child-report records or an inspection-observation on missing-children-recording`.
    public var evidenceNeeded: String {
        var ways = readIDs.map { "\($0) records" }
        if !observationTopics.isEmpty {
            ways.append("an inspection-observation on " + observationTopics.joined(separator: " or "))
        }
        if !documents.isEmpty {
            ways.append(documents.map(\.rawValue).joined(separator: " or ") + " documents")
        }
        return ways.isEmpty ? "evidence of a kind it does not declare" : ways.joined(separator: " or ")
    }
}
