import YAML

/// Evidence written inline, as check examples and tests write it:
///
/// ```yaml
/// parameters: {missing.risk-policy: graded}
/// records:
///   missing-episode:
///     - {case_ref: A1, reported_at: 2025-01-06T18:20:00Z, risk_indicators: [], risk_grade: low}
/// documents:
///   - {id: plan, kind: plan, title: Police and crime plan, text: "…"}
/// ```
public struct InlineEvidence: Sendable {
    public var parameters: ParameterValues
    public var evidence: EvidenceStore

    struct File: Decodable {
        var parameters: [String: YAML.Node]?
        var records: [String: YAML.Node]?
        var documents: [Document]?

        struct Document: Decodable {
            var id: String
            var kind: DocumentDeclaration.DocumentKind
            var title: String
            var text: String
        }
    }

    /// Reads inline evidence for `check`. Parameters are typed by the check's descriptor;
    /// `baseParameters` (a YAML mapping) supplies any the evidence leaves out.
    public static func parse(
        _ yaml: String, for check: CheckDescriptor, baseParameters: String = "{}",
        recordTypes: [any EvidenceRecord.Type] = RecordTypes.builtIn, file: String = "<inline>"
    ) throws(Diagnostics) -> InlineEvidence {
        var diagnostics = DiagnosticCollector()
        let specs = Dictionary(uniqueKeysWithValues: check.parameters.map { ($0.name, $0) })
        var values = ParameterValues()
        var store = EvidenceStore()
        // The base parameters first, then the evidence's own, which win.
        var layers: [[String: YAML.Node]] = []
        if let document = diagnostics.collect({ try YAML.Document.parse(baseParameters, file: "\(file) (example parameters)") }),
           let base = diagnostics.collect({ try YAMLDecoder().decode([String: YAML.Node].self, from: document.root) }) {
            layers.append(base)
        }
        let parsed = diagnostics.collect { try YAML.Document.parse(yaml, file: file) }
            .flatMap { ConfigFile.decode(File.self, from: $0.root, diagnostics: &diagnostics) }
        layers.append(parsed?.parameters ?? [:])
        for layer in layers {
            for (key, node) in layer.sorted(by: { $0.key < $1.key }) {
                guard let spec = specs[key] else {
                    diagnostics.add(Diagnostic(.parameterNotReadByCheck(name: key, check: check.id), at: node))
                    continue
                }
                values[key] = diagnostics.collect { try ParameterCoding.value(node, as: spec.type, name: key, minimum: spec.minimum) }
            }
        }
        for (typeID, node) in (parsed?.records ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let type = recordTypes.first(where: { $0.recordType.id == typeID }) else {
                diagnostics.add(Diagnostic(.unknownReference(kind: .recordType, id: typeID, suggestion: Suggestions.closest(typeID, recordTypes.map { $0.recordType.id })), at: node))
                continue
            }
            add(type, node.items, rules: RecordRules(observationTopics: Set(check.observationTopics)), to: &store, diagnostics: &diagnostics, file: file)
        }
        for document in parsed?.documents ?? [] {
            store.add(EvidenceDocument(id: document.id, kind: document.kind, title: document.title, text: document.text))
        }
        for spec in check.parameters where values[spec.name] == nil {
            if let value = spec.defaultValue { values[spec.name] = value }
        }
        try diagnostics.throwIfAny()
        return InlineEvidence(parameters: values, evidence: store)
    }

    private static func add<Record: EvidenceRecord>(
        _ type: Record.Type, _ items: [YAML.Node], rules: RecordRules, to store: inout EvidenceStore,
        diagnostics: inout DiagnosticCollector, file: String
    ) {
        var seen: [String: YAML.Node] = [:]
        let records = RecordDecoding.decode(type, items: items, rules: rules, seen: &seen, diagnostics: &diagnostics)
        store.add(records, summary: DatasetSummary(
            name: Record.recordType.id, recordType: Record.recordType.id, file: file, records: records.count, provenance: "inline"))
    }

    /// Runs a check on this evidence.
    public func run(_ check: any InspectionCheck.Type, published: Foundation.Date? = nil) throws(CheckFault) -> CheckResult {
        try check.init().evaluate(CheckContext(checkID: check.descriptor.id, parameters: parameters, evidence: evidence, published: published))
    }
}

import Foundation
