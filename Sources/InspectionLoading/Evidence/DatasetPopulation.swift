import Foundation
import InspectionKit
import YAML

/// The cases of one dataset as a sample is drawn from them: each accepted record's case
/// reference with the values of a few fields (a stratum, a date), read exactly as an
/// inspection reads the dataset, so that a rejected row is never sampled.
package struct DatasetPopulation: Sendable {
    package struct Case: Sendable {
        package var reference: String
        /// The values of the fields asked for, in their order.
        package var values: [FieldValue]
    }

    package var cases: [Case]
    /// How the dataset was read: records, rows and rejections.
    package var summary: DatasetSummary
}

/// Keeps each accepted record's reference and chosen fields while a dataset is read.
package final class PopulationCapture {
    let indices: [Int]
    private(set) var cases: [DatasetPopulation.Case] = []

    init(indices: [Int]) {
        self.indices = indices
    }

    func take(_ reference: String?, _ fields: RecordFields) {
        guard let reference else { return }
        cases.append(DatasetPopulation.Case(reference: reference, values: indices.map { fields.values[$0] }))
    }
}

/// A dataset's rows, passed through, with each record the rows accept captured.
final class CapturingRows: RecordRows {
    let inner: any RecordRows
    let capture: PopulationCapture
    private var current: RecordFields?

    init(_ inner: any RecordRows, capture: PopulationCapture) {
        self.inner = inner
        self.capture = capture
    }

    var rules: RecordRules { inner.rules }

    func forEachRow(_ body: (RecordFields) -> Void) throws {
        try inner.forEachRow { fields in
            current = fields
            body(fields)
        }
    }

    func accepts(_ problems: [RecordProblem], caseReference: String?) -> Bool {
        let accepted = inner.accepts(problems, caseReference: caseReference)
        if accepted, let current { capture.take(caseReference, current) }
        return accepted
    }
}

extension EvidenceLoader {
    /// The cases of one declared dataset, with the values of `fields` (names of its record
    /// type's fields). Every problem in the dataset is thrown, as a run would report it.
    package func population(
        _ dataset: DatasetDeclaration, of force: ForceConfiguration, vocabularies: [String: Set<String>], fields: [String]
    ) throws(Diagnostics) -> DatasetPopulation {
        var diagnostics = DiagnosticCollector()
        guard let type = registry.recordType(dataset.recordType.value) else {
            throw Diagnostics([
                Diagnostic(.unknownReference(kind: .recordType, id: dataset.recordType.value, suggestion: nil), at: dataset.recordType)
            ])
        }
        let names = type.recordType.fields.map(\.name)
        let capture = PopulationCapture(indices: fields.map { names.firstIndex(of: $0)! })
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        let rules = RecordRules(
            observationTopics: Set(registry.ids.compactMap(registry.descriptor).flatMap(\.observationTopics)),
            vocabularies: vocabularies, caseReference: force.force.caseReferenceRule ?? .default)
        var store = EvidenceStore()
        var seen = CaseReferenceTable()
        if let path = diagnostics.collect({ try paths.resolve(dataset.file) }) {
            read(
                type, dataset: dataset, path: path, paths: paths, display: force.displayDirectory, rules: rules, seen: &seen, store: &store,
                diagnostics: &diagnostics, capture: capture)
        }
        try diagnostics.throwIfAny()
        guard let summary = store.datasets.last else {
            throw Diagnostics([Diagnostic(.internalError("dataset '\(dataset.name.value)' was read but not kept"), at: dataset.name)])
        }
        return DatasetPopulation(cases: capture.cases, summary: summary)
    }

    private func read<Record: EvidenceRecord>(
        _ type: Record.Type, dataset: DatasetDeclaration, path: String, paths: ForcePaths, display: String, rules: RecordRules,
        seen: inout CaseReferenceTable, store: inout EvidenceStore, diagnostics: inout DiagnosticCollector, capture: PopulationCapture
    ) {
        let shown = display + "/" + dataset.file.value
        switch dataset.format {
        case .yaml:
            if let exported = Self.csvFileReadAsYAML(dataset) { return diagnostics.add(exported) }
            loadDataset(
                type, dataset: dataset, path: path, display: shown, rules: rules, kinds: nil, seen: &seen, into: &store,
                diagnostics: &diagnostics, capture: capture)
        case .csv:
            loadCSV(
                type, dataset: dataset, path: path, display: shown, paths: paths, rules: rules, kinds: nil, seen: &seen, into: &store,
                diagnostics: &diagnostics, capture: capture)
        }
    }
}
