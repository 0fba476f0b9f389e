import InspectionKit
import InspectionLoading

/// How far two auditors who audited the same cases independently agreed, question by
/// question, and every disagreement with the answer moderation agreed (or none yet).
public struct AuditAgreement: Sendable {
    /// The returned form's dataset name, its file and the form's title.
    public var name: String
    public var file: String
    public var form: String
    public var sampleSize: Int
    /// Auditors, in the order they first appear in the returned form.
    public var auditors: [String]
    /// Cases two auditors audited.
    public var doubleAudited: Int
    public var questions: [QuestionAgreement]
    public var disagreements: [Disagreement]
    /// The moderation file as the dataset names it, if any.
    public var moderationFile: String?

    public struct QuestionAgreement: Sendable, Hashable {
        public var question: String
        /// Cases both auditors answered.
        public var cases: Int
        public var agreed: Int
        /// Cohen's kappa over the question's answers (the earlier row's auditor as the first
        /// rater); nil with no cases, or when every answer is the same word (chance agreement is
        /// then certain and kappa is undefined).
        public var kappa: Double?

        public var share: Double? { cases == 0 ? nil : Double(agreed) / Double(cases) }
    }

    public struct Disagreement: Sendable, Hashable {
        public var caseRef: String
        public var question: String
        /// "A1: high", "A2: medium".
        public var answers: [String]
        public var moderated: String?
        public var agreedBy: [String]
        /// `file:line:col` of the later answer.
        public var place: String
    }

    /// Unmoderated disagreements: each would stop an inspection.
    public var unmoderated: Int { disagreements.filter { $0.moderated == nil }.count }

    public init(_ audit: AuditReturn) {
        name = audit.name
        file = audit.file
        form = audit.formTitle
        sampleSize = audit.sample.cases.count
        moderationFile = audit.moderationFile
        var seen: [String] = []
        for row in audit.rows where !seen.contains(row.auditor) { seen.append(row.auditor) }
        auditors = seen
        let pairs = audit.rowsByCase.values.filter { $0.count == 2 }
        doubleAudited = pairs.count
        questions = audit.questions.map { entry in
            let answered = pairs.compactMap { rows -> (AuditAnswer, AuditAnswer)? in
                guard let first = rows[0].answers[entry.question.id], let second = rows[1].answers[entry.question.id] else { return nil }
                return (first.answer, second.answer)
            }
            return QuestionAgreement(
                question: entry.question.id, cases: answered.count, agreed: answered.filter { $0.0 == $0.1 }.count,
                kappa: Self.kappa(answered, categories: entry.allowed.map(AuditAnswer.init)))
        }
        disagreements = audit.disagreements.map { found in
            Disagreement(
                caseRef: found.caseRef, question: found.question, answers: found.answers.map { "\($0.auditor): \($0.answer.word)" },
                moderated: found.moderated?.answer.word, agreedBy: found.moderated?.agreedBy ?? [],
                place: "\(found.mark.file):\(found.mark.line):\(found.mark.column)")
        }
    }

    /// Cohen's kappa: (observed agreement − chance agreement) ÷ (1 − chance agreement), chance
    /// from each rater's own share of each answer.
    package static func kappa(_ pairs: [(AuditAnswer, AuditAnswer)], categories: [AuditAnswer]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        let observed = Double(pairs.filter { $0.0 == $0.1 }.count) / n
        let chance = categories.reduce(0.0) { total, category in
            let first = Double(pairs.filter { $0.0 == category }.count) / n
            let second = Double(pairs.filter { $0.1 == category }.count) / n
            return total + first * second
        }
        guard chance < 1 - 1e-12 else { return nil }
        return (observed - chance) / (1 - chance)
    }
}

extension AuditAgreement {
    /// The agreement of every returned form of a force's inspection (its latest, or the latest
    /// under `framework`). Throws `Diagnostics` for returns that cannot be read.
    public static func of(
        force id: String, framework frameworkID: String?, catalog: Catalog, registry: CheckRegistry
    ) throws -> [AuditAgreement] {
        guard let force = catalog.forces[id] else {
            throw Diagnostics([
                .file(.unknownReference(kind: .force, id: id, suggestion: Suggestions.closest(id, catalog.forceIDs)), "Forces/\(id)")
            ])
        }
        let problems = Validator(catalog: catalog, registry: registry).validate(force)
        if !problems.isEmpty { throw Diagnostics(problems) }
        guard let inspection = frameworkID.map({ force.latestInspection(framework: $0) }) ?? force.inspections.last else {
            throw SamplingError.noInspection(force: id, framework: frameworkID)
        }
        let framework = catalog.frameworks[inspection.framework.value]
        let loader = EvidenceLoader(registry: registry)
        var diagnostics = DiagnosticCollector()
        var found: [AuditAgreement] = []
        for dataset in inspection.evidence.datasets where dataset.isCaseAudit {
            if let audit = loader.readAudit(dataset, of: inspection, force: force, framework: framework, diagnostics: &diagnostics) {
                found.append(AuditAgreement(audit))
            }
        }
        try diagnostics.throwIfAny()
        return found
    }
}
