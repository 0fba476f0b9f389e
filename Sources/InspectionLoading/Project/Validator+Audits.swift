import InspectionKit
import YAML

/// The cross-file rules of case-file audits: a framework's audit forms, and how an inspection
/// declares a returned form.
extension Validator {
    /// Each form has a unique id, a known record type and known questions, each asked once and
    /// read by a check the framework uses, with its vocabulary declared.
    func validateAuditForms(_ framework: Framework, into diagnostics: inout DiagnosticCollector) {
        let used = Set(framework.areas.flatMap(\.checks).map(\.check.value))
        var formIDs: Set<String> = []
        for form in framework.auditForms {
            if !formIDs.insert(form.id.value).inserted {
                diagnostics.add(Diagnostic(.audit(.duplicateForm(id: form.id.value)), at: form.id))
            }
            if registry.recordType(form.recordType.value) == nil {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(
                            kind: .recordType, id: form.recordType.value,
                            suggestion: Suggestions.closest(form.recordType.value, registry.recordTypeIDs)), at: form.recordType))
            }
            var asked: Set<String> = []
            for id in form.questions {
                guard let question = registry.auditQuestions[id.value] else {
                    diagnostics.add(
                        Diagnostic(
                            .audit(.unknownQuestion(id: id.value, suggestion: Suggestions.closest(id.value, registry.auditQuestions.keys))),
                            at: id))
                    continue
                }
                if !asked.insert(id.value).inserted {
                    diagnostics.add(Diagnostic(.audit(.questionListedTwice(question: id.value, form: form.id.value)), at: id))
                }
                let readers = registry.checks(reading: id.value)
                if !readers.contains(where: used.contains) {
                    diagnostics.add(
                        Diagnostic(.audit(.questionReadByNoCheck(question: id.value, form: form.id.value, checks: readers)), at: id))
                }
                if case .vocabulary(let name) = question.answers, framework.vocabularies[name] == nil {
                    diagnostics.add(Diagnostic(.audit(.questionVocabularyMissing(question: id.value, vocabulary: name)), at: id))
                }
            }
        }
    }

    /// A returned form is a CSV with a provenance and the sample it answers, and no mapping.
    func validateAuditDataset(_ dataset: DatasetDeclaration, into diagnostics: inout DiagnosticCollector) {
        let name = dataset.name.value
        if dataset.format != .csv { diagnostics.add(Diagnostic(.audit(.datasetNotCSV(dataset: name)), at: dataset.name)) }
        if dataset.provenance == nil {
            diagnostics.add(Diagnostic(.datasetSetting(.csvWithoutProvenance(dataset: name)), at: dataset.name))
        }
        if dataset.sample == nil { diagnostics.add(Diagnostic(.audit(.datasetNeedsSample(dataset: name)), at: dataset.name)) }
        if let mapping = dataset.mapping { diagnostics.add(Diagnostic(.audit(.mappingNotNeeded(dataset: name)), at: mapping)) }
    }

    /// One sample is answered by one returned form, which holds every auditor's rows.
    func validateSharedSamples(_ audits: [DatasetDeclaration], into diagnostics: inout DiagnosticCollector) {
        let bySample = Dictionary(grouping: audits.filter { $0.sample != nil }, by: { $0.sample!.value })
        for (sample, datasets) in bySample.sorted(by: { $0.key < $1.key }) where datasets.count > 1 {
            diagnostics.add(
                Diagnostic(.audit(.sampleSharedByDatasets(sample: sample, datasets: datasets.map(\.name.value))), at: datasets[1].sample!))
        }
    }
}
