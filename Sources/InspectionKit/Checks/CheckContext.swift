import Foundation

/// Everything a check may use, and nothing else: typed parameters, the force's evidence and
/// documents, and the inspection's dates.
///
/// Every read is logged: the registry uses the log to refuse a check that reads what it did
/// not declare, and the engine to say which evidence (and so which provenance) a result
/// rests on.
public struct CheckContext: Sendable {
    public let descriptor: CheckDescriptor
    public let parameters: ParameterValues
    public let evidence: EvidenceStore
    /// When the report was (or will be) published; nil for a run outside an inspection.
    public let published: Date?
    let log = AccessLog()

    public init(descriptor: CheckDescriptor, parameters: ParameterValues, evidence: EvidenceStore, published: Date?) {
        self.descriptor = descriptor
        self.parameters = parameters
        self.evidence = evidence
        self.published = published
    }

    public var checkID: String { descriptor.id }

    /// A parameter's value. Validation guarantees every declared parameter is set, and the
    /// registry that no undeclared one is read.
    public subscript<Value>(_ parameter: Parameter<Value>) -> Value {
        guard descriptor.parameters.contains(where: { $0.name == parameter.name }) else {
            log.fault("reads parameter '\(parameter.name)', which its descriptor does not declare")
            return Value.unanswered
        }
        guard let stored = parameters[parameter.name], let value = Value.from(stored) else {
            log.fault("reads parameter '\(parameter.name)', which is not set to a value of its type")
            return Value.unanswered
        }
        return value
    }

    /// The force's records of a type; nil when the inspection declares no dataset of that type
    /// (so the check cannot be evaluated), empty when one is declared but holds no records.
    public func records<Record: EvidenceRecord>(_ type: Record.Type) -> [Record]? {
        let id = Record.recordType.id
        guard descriptor.reads.contains(where: { $0.recordType.id == id }) else {
            log.fault("reads record type '\(id)', which its descriptor does not declare in `reads`")
            return nil
        }
        log.read(recordType: id)
        return evidence.records(type)
    }

    /// The audited answers to a question the check declares in `auditQuestions`: one settled
    /// answer per audited case, with its reference. Nil when no case-file audit answered it
    /// (the check falls back on its records or observations).
    public func audited(_ question: AuditQuestion) -> AuditedAnswers? {
        guard descriptor.auditQuestions.contains(where: { $0.id == question.id }) else {
            log.fault("reads audit question '\(question.id)', which its descriptor does not declare in `auditQuestions`")
            return nil
        }
        guard let answers = evidence.audited(question.id) else { return nil }
        log.read(recordType: EvidenceStore.caseAuditType)
        return answers
    }

    /// Observations on one topic, in file order; empty when there are none.
    public func observations(_ topic: String) -> [InspectionObservation] {
        guard descriptor.observationTopics.contains(topic) else {
            log.fault("reads observation topic '\(topic)', which its descriptor does not declare in `observationTopics`")
            return []
        }
        let found = (evidence.records(InspectionObservation.self) ?? []).filter { $0.topic == topic }
        if !found.isEmpty { log.read(recordType: InspectionObservation.recordType.id) }
        return found
    }

    /// The force's documents of the given kinds (all documents when `kinds` is empty).
    public func documents(_ kinds: Set<DocumentDeclaration.DocumentKind> = []) -> [EvidenceDocument] {
        let found = evidence.documents.filter { kinds.isEmpty || kinds.contains($0.kind) }
        if !found.isEmpty { log.readDocuments() }
        return found
    }

    /// What the check read, and anything it did wrong, once it has run.
    public var access: AccessLog.Summary { log.summary }
}
