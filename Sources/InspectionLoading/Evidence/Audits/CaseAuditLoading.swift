import FileSafety
import Foundation
import InspectionKit
import Reproducible
import YAML

/// Loading a returned audit form (`record_type: case-audit`): its sample, checked against the
/// inspection and the dataset it was drawn from (whose digest must not have changed), the form
/// read against the framework's questions, and the moderation file, if any.
extension EvidenceLoader {
    /// Reads a returned audit form and adds its settled answers to the store.
    func loadAudit(
        _ dataset: DatasetDeclaration, of inspection: Inspection, force: ForceConfiguration, framework: Framework?, kinds: Set<Provenance>?,
        into store: inout EvidenceStore, diagnostics: inout DiagnosticCollector
    ) {
        guard let audit = readAudit(dataset, of: inspection, force: force, framework: framework, diagnostics: &diagnostics) else { return }
        let (answers, settling) = audit.settle()
        var problems = settling
        // A case audited in two samples for one question would be counted twice.
        for answered in answers {
            guard let earlier = store.audited(answered.question.id) else { continue }
            let seen = Dictionary(
                earlier.cases.map { ($0.reference, earlier.samples.first?.name ?? "") }, uniquingKeysWith: { first, _ in first })
            for entry in audit.sample.cases {
                guard let other = seen[entry.caseRef.value], answered.cases.contains(where: { $0.reference == entry.caseRef.value }) else {
                    continue
                }
                problems.append(
                    Diagnostic(
                        .audit(.auditedInTwoSamples(caseRef: entry.caseRef.value, question: answered.question.id, other: other)),
                        at: entry.caseRef))
            }
        }
        problems.forEach { diagnostics.add($0) }
        guard problems.isEmpty, kinds?.contains(audit.provenance) ?? true else { return }
        store.add(
            audited: answers,
            summary: DatasetSummary(
                name: dataset.name.value, recordType: EvidenceStore.caseAuditType, file: dataset.file.value, records: audit.rows.count,
                provenance: audit.provenance, rows: audit.rowsRead, rejections: audit.rejections))
    }

    /// The returned form of a case-audit dataset, read but not settled; nil with the problems
    /// added to `diagnostics` when it cannot be read.
    package func readAudit(
        _ dataset: DatasetDeclaration, of inspection: Inspection, force: ForceConfiguration, framework: Framework?,
        diagnostics: inout DiagnosticCollector
    ) -> AuditReturn? {
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        guard let samplePath = dataset.sample, let framework,
            let sample = readSample(samplePath, paths: paths, display: force.displayDirectory, diagnostics: &diagnostics),
            let form = checkSample(sample, of: inspection, force: force, framework: framework, paths: paths, diagnostics: &diagnostics),
            let path = diagnostics.collect({ try paths.resolve(dataset.file) })
        else { return nil }
        var problems = DiagnosticCollector()
        let questions = form.questions.compactMap { id in
            registry.auditQuestions[id.value].flatMap { question in
                question.allowedAnswers(vocabularies: framework.vocabularyWords).map { (question, $0) }
            }
        }
        let reader = AuditReturnReader(
            sample: sample, formID: form.id.value, questions: questions, registry: registry,
            rule: force.force.caseReferenceRule ?? .default)
        let display = force.displayDirectory + "/" + dataset.file.value
        let output: AuditReturnReader.Output
        do {
            output = try reader.read(path: path, display: display)
        } catch {
            diagnostics.add(error)
            return nil
        }
        let limit = dataset.maxRejected?.value ?? .none
        if !limit.allows(output.rejections.count, of: output.rowsRead) {
            let listed = output.rejections.prefix(Self.rejectionsListed)
            listed.forEach { problems.add($0.diagnostic) }
            let reason = Diagnostic.Reason.tooManyRejected(
                dataset: dataset.name.value, rejected: output.rejections.count, rows: output.rowsRead, limit: limit.description,
                listed: listed.count)
            problems.add(
                dataset.maxRejected.map { Diagnostic(reason, at: $0.mark, sourceLine: $0.sourceLine) }
                    ?? Diagnostic(reason, at: dataset.name))
        }
        // Every case drawn is audited, unless a row about it was rejected (and so accounted for).
        let audited = Set(output.rows.map(\.caseRef)).union(output.rejectedCases)
        for drawn in sample.cases where !audited.contains(drawn.caseRef.value) {
            problems.add(Diagnostic(.audit(.caseNotAudited(caseRef: drawn.caseRef.value, file: dataset.file.value)), at: drawn.caseRef))
        }
        var audit = AuditReturn(
            name: dataset.name.value, file: dataset.file.value, sample: sample, formTitle: form.title, questions: questions,
            rows: output.rows, moderation: [], moderationFile: dataset.moderation?.value, rowsRead: output.rowsRead,
            rejections: output.rejections, provenance: dataset.provenance?.value ?? .published)
        if let moderation = dataset.moderation {
            audit.moderation = readModeration(
                moderation, audit: audit, paths: paths, display: force.displayDirectory, diagnostics: &problems)
        }
        diagnostics.add(problems)
        return problems.isEmpty ? audit : nil
    }

    /// The sample file, decoded strictly; its echoed lines masked, as an evidence file's are.
    private func readSample(
        _ written: YAML.Located<String>, paths: ForcePaths, display: String, diagnostics: inout DiagnosticCollector
    ) -> AuditSampleFile? {
        var found = DiagnosticCollector()
        defer { found.diagnostics.forEach { diagnostics.add(EchoedValue.masked($0)) } }
        guard let path = found.collect({ try paths.resolve(written) }) else { return nil }
        guard let document = found.collect({ try YAML.Document.load(path: path, displayName: display + "/" + written.value) })
        else { return nil }
        return ConfigFile.decode(AuditSampleFile.self, from: document.root, diagnostics: &found)
    }

    /// The form the sample is for, once the sample is known to be this inspection's, of a
    /// declared dataset that has not changed since it was drawn, and to list each case once.
    private func checkSample(
        _ sample: AuditSampleFile, of inspection: Inspection, force: ForceConfiguration, framework: Framework, paths: ForcePaths,
        diagnostics: inout DiagnosticCollector
    ) -> AuditForm? {
        var problems = DiagnosticCollector()
        let expected = "\(force.id), inspection \(inspection.id.value)"
        if sample.force.value != force.id || sample.inspection.value != inspection.id.value {
            problems.add(Diagnostic(.audit(.sampleOfAnotherInspection(found: sample.target, expected: expected)), at: sample.force))
        }
        let form = framework.auditForm(sample.form.value)
        if form == nil {
            let known = framework.auditForms.map(\.id.value)
            problems.add(
                Diagnostic(
                    .audit(.unknownForm(id: sample.form.value, suggestion: Suggestions.closest(sample.form.value, known))), at: sample.form)
            )
        }
        let declared = inspection.evidence.datasets.filter { !$0.isCaseAudit }
        if let dataset = declared.first(where: { $0.name.value == sample.dataset.name.value }) {
            if let form, form.recordType.value != dataset.recordType.value {
                problems.add(
                    Diagnostic(
                        .audit(
                            .formDoesNotFitDataset(
                                form: form.id.value, formRecordType: form.recordType.value, datasetRecordType: dataset.recordType.value)),
                        at: sample.form))
            }
            if let path = diagnostics.collect({ try paths.resolve(dataset.file) }), let now = try? SHA256.file(path).sha256,
                now != sample.dataset.sha256.value
            {
                problems.add(
                    Diagnostic(
                        .audit(
                            .datasetChanged(
                                dataset: dataset.name.value, file: dataset.file.value, recorded: sample.dataset.sha256.value, now: now)),
                        at: sample.dataset.sha256))
            }
        } else {
            problems.add(
                Diagnostic(
                    .audit(
                        .sampledDatasetNotDeclared(
                            dataset: sample.dataset.name.value,
                            suggestion: Suggestions.closest(sample.dataset.name.value, declared.map(\.name.value)))),
                    at: sample.dataset.name))
        }
        var drawn: Set<String> = []
        for entry in sample.cases where !drawn.insert(entry.caseRef.value).inserted {
            problems.add(Diagnostic(.audit(.sampledTwice(caseRef: entry.caseRef.value)), at: entry.caseRef))
        }
        if sample.method.size.value != sample.cases.count {
            problems.add(
                Diagnostic(.audit(.sampleSizeMismatch(size: sample.method.size.value, cases: sample.cases.count)), at: sample.method.size))
        }
        diagnostics.add(problems)
        return problems.isEmpty ? form : nil
    }

    /// The moderation file's entries, each about a disagreement of the return, once.
    private func readModeration(
        _ written: YAML.Located<String>, audit: AuditReturn, paths: ForcePaths, display: String, diagnostics: inout DiagnosticCollector
    ) -> [AuditReturn.Moderated] {
        var found = DiagnosticCollector()
        defer { found.diagnostics.forEach { diagnostics.add(EchoedValue.masked($0)) } }
        guard let path = found.collect({ try paths.resolve(written) }),
            let document = found.collect({ try YAML.Document.load(path: path, displayName: display + "/" + written.value) }),
            let file = ConfigFile.decode(AuditModerationFile.self, from: document.root, diagnostics: &found)
        else { return [] }
        let disagreements = Set(audit.disagreements.map { "\($0.caseRef) \($0.question)" })
        let sampled = audit.sampledCases
        var seen: [String: YAML.Mark] = [:]
        var moderated: [AuditReturn.Moderated] = []
        for entry in file.moderated {
            let caseRef = entry.caseRef.value
            let key = "\(caseRef) \(entry.question.value)"
            guard sampled.contains(caseRef) else {
                diagnostics.add(
                    Diagnostic(
                        .audit(.caseNotInSample(caseRef: caseRef, suggestion: Suggestions.closest(caseRef, sampled))), at: entry.caseRef))
                continue
            }
            guard let (question, allowed) = audit.questions.first(where: { $0.question.id == entry.question.value }) else {
                let asked = audit.questions.map(\.question.id)
                diagnostics.add(
                    Diagnostic(
                        .audit(.unknownQuestion(id: entry.question.value, suggestion: Suggestions.closest(entry.question.value, asked))),
                        at: entry.question))
                continue
            }
            let word = entry.answer.value.lowercased()
            guard allowed.contains(word) else {
                diagnostics.add(
                    Diagnostic(
                        .audit(.answerNotAllowed(answer: entry.answer.value, question: question.id, allowed: allowed)), at: entry.answer))
                continue
            }
            guard !entry.agreedBy.value.isEmpty else {
                diagnostics.add(Diagnostic(.audit(.agreedByNobody), at: entry.agreedBy))
                continue
            }
            if let first = seen[key] {
                diagnostics.add(
                    Diagnostic(
                        .audit(.moderatedTwice(caseRef: caseRef, question: question.id)), at: entry.caseRef.mark,
                        sourceLine: entry.caseRef.sourceLine, notes: [YAML.Note(.firstOccurrence(key: caseRef), at: first, sourceLine: nil)]
                    ))
                continue
            }
            seen[key] = entry.caseRef.mark
            guard disagreements.contains(key) else {
                diagnostics.add(Diagnostic(.audit(.nothingToModerate(caseRef: caseRef, question: question.id)), at: entry.caseRef))
                continue
            }
            moderated.append(
                AuditReturn.Moderated(
                    caseRef: caseRef, question: question.id, answer: AuditAnswer(word), agreedBy: entry.agreedBy.value,
                    mark: entry.caseRef.mark))
        }
        return moderated
    }
}
