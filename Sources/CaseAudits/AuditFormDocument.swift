import Foundation
import InspectionKit
import InspectionLoading
import YAML

/// An audit form, ready to print in any format: the sample's cases (references only) and the
/// questions of the framework's form, each with its answers, guidance, the characteristic of
/// good it is evidence of and the checks that read it.
public struct AuditFormDocument: Sendable {
    public var force: String
    public var forceName: String
    public var inspectionTitle: String
    public var formID: String
    public var formTitle: String
    /// The sample file as the user named it.
    public var sampleFile: String
    public var dataset: String
    public var population: Int
    public var seed: Int
    public var design: String
    public var questions: [Question]
    public var cases: [Case]
    public var tool: ToolInfo

    public struct Question: Sendable {
        public var question: AuditQuestion
        /// Every answer allowed, `not-applicable` last.
        public var answers: [String]
        /// "missing.risk-grading (Missing children graded at the risk known)", for each check
        /// of the framework that reads the answers.
        public var readBy: [String]
    }

    public struct Case: Sendable {
        public var reference: String
        public var stratum: String
    }

    /// The form for the sample in the file at `path` (which the user named), for `force`.
    /// Throws `Diagnostics` for a sample that cannot be read or is not this force's.
    public static func make(sample path: String, force id: String, catalog: Catalog, registry: CheckRegistry) throws -> AuditFormDocument {
        var diagnostics = DiagnosticCollector()
        guard let force = catalog.forces[id] else {
            throw Diagnostics([
                .file(.unknownReference(kind: .force, id: id, suggestion: Suggestions.closest(id, catalog.forceIDs)), "Forces/\(id)")
            ])
        }
        let document: YAML.Document
        do {
            document = try YAML.Document.load(path: path, displayName: path)
        } catch {
            // The file named may be anything (a returned form, say): its lines are masked.
            throw Diagnostics([EchoedValue.masked(Diagnostic(error))])
        }
        let sample = ConfigFile.decode(AuditSampleFile.self, from: document.root, diagnostics: &diagnostics)
        guard let sample, diagnostics.isEmpty else { throw Diagnostics(diagnostics.diagnostics.map(EchoedValue.masked)) }
        guard sample.force.value == force.id, let inspection = force.inspections.first(where: { $0.id.value == sample.inspection.value })
        else {
            let expected = force.inspections.last.map { "\(force.id), inspection \($0.id.value)" } ?? force.id
            throw Diagnostics([Diagnostic(.audit(.sampleOfAnotherInspection(found: sample.target, expected: expected)), at: sample.force)])
        }
        guard let framework = catalog.frameworks[inspection.framework.value], let form = framework.auditForm(sample.form.value) else {
            let forms = catalog.frameworks[inspection.framework.value]?.auditForms.map(\.id.value) ?? []
            throw Diagnostics([
                Diagnostic(
                    .audit(.unknownForm(id: sample.form.value, suggestion: Suggestions.closest(sample.form.value, forms))), at: sample.form)
            ])
        }
        let used = Set(framework.areas.flatMap(\.checks).map(\.check.value))
        let questions = form.questions.compactMap { id -> Question? in
            guard let question = registry.auditQuestions[id.value],
                let answers = question.allowedAnswers(vocabularies: framework.vocabularyWords)
            else { return nil }
            let readers = registry.checks(reading: id.value).filter(used.contains).map { check in
                "\(check) (\(registry.descriptor(check)?.title ?? check))"
            }
            return Question(question: question, answers: answers, readBy: readers)
        }
        return AuditFormDocument(
            force: force.id, forceName: force.force.name, inspectionTitle: inspection.title, formID: form.id.value, formTitle: form.title,
            sampleFile: path, dataset: sample.dataset.name.value, population: sample.dataset.population, seed: sample.method.seed,
            design: sample.method.design, questions: questions,
            cases: sample.cases.map { Case(reference: $0.caseRef.value, stratum: $0.stratum) }, tool: .current)
    }

    /// "6 cases drawn from the 6 of missing_episodes (simple random sample, seed 2025)".
    public var sampleWords: String {
        "\(cases.count) \(cases.count == 1 ? "case" : "cases") drawn from the \(population) of \(dataset) "
            + "(\(design.replacingOccurrences(of: "-", with: " ")) sample, seed \(seed))"
    }

    /// What an auditor is asked to do, in every format.
    public static let instructions = [
        "Answer every question for every case, from the case file alone; answer not-applicable where a question does not apply or the file cannot say.",
        "Write your auditor id (such as A1), never your name; write no child's name, address or date of birth anywhere on the form.",
        "Where two auditors audit a case, each answers independently, on a copy of their own; the rows are put together in one returned form.",
    ]
}

extension AuditFormDocument {
    /// The form for a sample just drawn (`inspector generate` writes the forms it fills in).
    package init(
        _ sample: DrawnSample, sampleFile: String, forceName: String, inspectionTitle: String, questions: [AuditQuestion],
        framework: Framework, registry: CheckRegistry
    ) {
        let used = Set(framework.areas.flatMap(\.checks).map(\.check.value))
        self.init(
            force: sample.force, forceName: forceName, inspectionTitle: inspectionTitle, formID: sample.form, formTitle: sample.formTitle,
            sampleFile: sampleFile, dataset: sample.dataset, population: sample.population, seed: sample.seed, design: sample.design,
            questions: questions.map { question in
                Question(
                    question: question, answers: question.allowedAnswers(vocabularies: framework.vocabularyWords) ?? [],
                    readBy: registry.checks(reading: question.id).filter(used.contains).map {
                        "\($0) (\(registry.descriptor($0)?.title ?? $0))"
                    })
            },
            cases: sample.cases.map { Case(reference: $0.reference, stratum: $0.stratum) }, tool: sample.tool)
    }
}
