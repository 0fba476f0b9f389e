import ChildData
import Foundation
import YAML

/// Evidence written inline, as check examples and tests write it:
///
/// ```yaml
/// parameters: {missing.risk-policy: graded}
/// proper_nouns: [Operation Example]     # as a force declares them in force.yaml
/// records:
///   missing-episode:
///     - {case_ref: A1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: low}
/// documents:
///   - {id: plan, kind: plan, title: Police and crime plan, text: "…"}
/// audits:
///   missing.risk-known:
///     - {case_ref: A1, answer: high}
/// ```
///
/// Audited answers are read as settled answers of one sample, as a returned audit gives them.
public struct InlineEvidence: Sendable {
    public var parameters: ParameterValues
    public var evidence: EvidenceStore

    struct File: Decodable {
        var parameters: [String: YAML.Node]?
        var properNouns: [String]?
        var records: [String: YAML.Node]?
        var documents: [Document]?
        var audits: [String: [Answer]]?

        struct Answer: Decodable {
            var caseRef: YAML.Located<String>
            var answer: YAML.Located<String>

            enum CodingKeys: String, CodingKey { case caseRef = "case_ref", answer }
        }

        enum CodingKeys: String, CodingKey { case parameters, properNouns = "proper_nouns", records, documents, audits }

        struct Document: Decodable {
            var id: String
            var kind: DocumentDeclaration.DocumentKind
            var title: String
            var text: String
        }
    }

    /// Reads inline evidence for a check. Parameters are typed by the check's descriptor and
    /// start from their example values; records may be of any type the check reads (and
    /// inspection observations).
    public static func parse(_ yaml: String, for check: CheckDescriptor, file: String = "<inline>") throws(Diagnostics) -> InlineEvidence {
        var diagnostics = DiagnosticCollector()
        let specs = Dictionary(check.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var values = ParameterValues()
        for spec in check.parameters {
            if let value = spec.example ?? spec.defaultValue { values[spec.name] = value }
        }
        let parsed = diagnostics.collect { try YAML.Document.parse(yaml, file: file) }
            .flatMap { ConfigFile.decode(File.self, from: $0.root, diagnostics: &diagnostics) }
        for (key, node) in (parsed?.parameters ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let spec = specs[key] else {
                diagnostics.add(Diagnostic(.parameterNotReadByCheck(name: key, check: check.id), at: node))
                continue
            }
            values[key] = diagnostics.collect { try ParameterCoding.value(node, as: spec.type, name: key, minimum: spec.minimum) }
        }
        let recordTypes = CheckRegistry.coreRecordTypes + check.reads
        var store = EvidenceStore()
        for (typeID, node) in (parsed?.records ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let type = recordTypes.first(where: { $0.recordType.id == typeID }) else {
                let known = recordTypes.map { $0.recordType.id }
                diagnostics.add(
                    Diagnostic(.unknownReference(kind: .recordType, id: typeID, suggestion: Suggestions.closest(typeID, known)), at: node))
                continue
            }
            add(
                type, node.items,
                rules: RecordRules(
                    observationTopics: Set(check.observationTopics), properNouns: ProperNouns(declared: parsed?.properNouns ?? [])),
                to: &store,
                diagnostics: &diagnostics, file: file)
        }
        for document in parsed?.documents ?? [] {
            store.add(EvidenceDocument(id: document.id, kind: document.kind, title: document.title, text: document.text))
        }
        if let audits = parsed?.audits {
            addAudits(audits, for: check, to: &store, diagnostics: &diagnostics, file: file)
        }
        try diagnostics.throwIfAny()
        return InlineEvidence(parameters: values, evidence: store)
    }

    private static func add<Record: EvidenceRecord>(
        _ type: Record.Type, _ items: [YAML.Node], rules: RecordRules, to store: inout EvidenceStore,
        diagnostics: inout DiagnosticCollector, file: String
    ) {
        var seen = CaseReferenceTable()
        let records = RecordDecoding.decode(type, items: items, rules: rules, seen: &seen, diagnostics: &diagnostics)
        store.add(
            records,
            summary: DatasetSummary(
                name: Record.recordType.id, recordType: Record.recordType.id, file: file, records: records.count, provenance: .synthetic))
    }

    /// Audited answers by question id, each checked against the question's answers.
    private static func addAudits(
        _ audits: [String: [File.Answer]], for check: CheckDescriptor, to store: inout EvidenceStore,
        diagnostics: inout DiagnosticCollector, file: String
    ) {
        var answered: [AuditedAnswers] = []
        for (id, answers) in audits.sorted(by: { $0.key < $1.key }) {
            guard let question = check.auditQuestions.first(where: { $0.id == id }) else {
                let at = answers.first?.caseRef.mark ?? YAML.Mark(file: file, line: 1, column: 1)
                diagnostics.add(
                    Diagnostic(
                        .audit(.unknownQuestion(id: id, suggestion: Suggestions.closest(id, check.auditQuestions.map(\.id)))), at: at))
                continue
            }
            // A vocabulary question's words are the framework's; inline evidence has none, so any word is read.
            let allowed = question.allowedAnswers()
            var cases: [AuditedAnswers.Case] = []
            for answer in answers {
                if let allowed, !allowed.contains(answer.answer.value) {
                    diagnostics.add(
                        Diagnostic(
                            .audit(.answerNotAllowed(answer: answer.answer.value, question: id, allowed: allowed)), at: answer.answer))
                    continue
                }
                cases.append(AuditedAnswers.Case(reference: answer.caseRef.value, answer: AuditAnswer(answer.answer.value)))
            }
            let sample = AuditSampleSummary(
                name: "inline", dataset: "inline", recordType: "", form: "Inline audit", population: cases.count, size: cases.count)
            answered.append(AuditedAnswers(question: question, cases: cases, samples: [sample]))
        }
        store.add(
            audited: answered,
            summary: DatasetSummary(
                name: "audits", recordType: EvidenceStore.caseAuditType, file: file, records: answered.reduce(0) { $0 + $1.cases.count },
                provenance: .synthetic))
    }

    /// The context a check runs in on this evidence.
    public func context(for check: CheckDescriptor, published: Foundation.Date? = nil) -> CheckContext {
        CheckContext(descriptor: check, parameters: parameters, evidence: evidence, published: published)
    }

    /// Runs a check on this evidence; a read the check did not declare is a fault.
    public func run(_ check: any InspectionCheck.Type, published: Foundation.Date? = nil) throws(CheckFault) -> CheckResult {
        let context = context(for: check.descriptor, published: published)
        let result = check.evaluate(context)
        if let fault = context.access.faults.first { throw CheckFault(check: check.descriptor.id, problem: fault) }
        return result
    }
}
