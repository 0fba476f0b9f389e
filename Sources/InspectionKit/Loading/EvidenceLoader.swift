import Foundation
import YAML

/// Loads an inspection's evidence into typed tables: every record is either used or reported
/// as rejected, with its position and reason, and no record may carry a child's identity.
public struct EvidenceLoader {
    public let registry: CheckRegistry

    public init(registry: CheckRegistry) {
        self.registry = registry
    }

    /// Evidence files up to this size are read; a bulk export beyond it is refused.
    static let limits = YAML.Limits(maxInputBytes: 64 << 20, maxDepth: 16, maxNodes: 8_000_000, maxAliases: 0)

    /// - Parameter vocabularies: the framework's, by `record-type.field` (see `Framework`).
    /// - Parameter kinds: keep only datasets and documents of these kinds (nil: every kind);
    ///   the others are still read and checked, so a problem in them is never hidden.
    public func load(
        _ inspection: Inspection, of force: ForceConfiguration, vocabularies: [String: Set<String>] = [:], kinds: Set<Provenance>? = nil
    ) throws(Diagnostics) -> EvidenceStore {
        var diagnostics = DiagnosticCollector()
        var store = EvidenceStore()
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        let rules = RecordRules(observationTopics: Set(registry.ids.compactMap(registry.descriptor).flatMap(\.observationTopics)),
                                vocabularies: vocabularies)
        // Case references already read, per record type: two datasets of one type are one table.
        var seen: [String: [String: SeenCase]] = [:]
        for dataset in inspection.evidence.datasets {
            guard let type = registry.recordType(dataset.recordType.value) else { continue }  // reported by Validator
            guard let path = diagnostics.collect({ try paths.resolve(dataset.file) }) else { continue }
            let display = force.displayDirectory + "/" + dataset.file.value
            switch dataset.format {
            case .yaml:
                loadDataset(type, dataset: dataset, path: path, display: display, rules: rules, kinds: kinds,
                            seen: &seen[dataset.recordType.value, default: [:]], into: &store, diagnostics: &diagnostics)
            case .csv:
                loadCSV(type, dataset: dataset, path: path, display: display, paths: paths, rules: rules, kinds: kinds,
                        seen: &seen[dataset.recordType.value, default: [:]], into: &store, diagnostics: &diagnostics)
            }
        }
        for declaration in inspection.evidence.documents {
            guard let path = diagnostics.collect({ try paths.resolve(declaration.file) }) else { continue }
            if let text = readDocument(path, declaration: declaration, diagnostics: &diagnostics), kinds?.contains(declaration.provenance) ?? true {
                store.add(EvidenceDocument(id: declaration.id.value, kind: declaration.kind, title: declaration.title, text: text),
                          provenance: declaration.provenance)
            }
        }
        try diagnostics.throwIfAny()
        return store
    }

    /// A dataset file: a header naming its record type and saying where the data came from,
    /// and the records.
    struct DatasetFile: Decodable {
        var schema: Int
        var recordType: YAML.Located<String>
        var provenance: Provenance
        /// What is reconstructed or synthetic and from which published figures.
        var note: String
        var records: YAML.Node

        enum CodingKeys: String, CodingKey { case schema, recordType = "record_type", provenance, note, records }
    }

    private func loadDataset<Record: EvidenceRecord>(
        _ type: Record.Type, dataset: DatasetDeclaration, path: String, display: String, rules: RecordRules, kinds: Set<Provenance>?,
        seen: inout [String: SeenCase], into store: inout EvidenceStore, diagnostics: inout DiagnosticCollector
    ) {
        let document: YAML.Document
        do {
            document = try YAML.Document.load(path: path, displayName: display, limits: Self.limits)
        } catch {
            diagnostics.add(error)
            return
        }
        // Refuse personal data before anything else is read, wherever it appears (a field the
        // record type itself declares, such as a team's name, is not personal data).
        let declared = Set(Record.recordType.fields.map(\.name))
        let personal = personalDataKeys(in: document.root).filter { !declared.contains($0.scalar ?? "") }
        guard personal.isEmpty else {
            // The line is not shown: it holds the very data that must not be copied anywhere.
            personal.forEach { diagnostics.add(Diagnostic(.personalDataField($0.scalar ?? ""), at: $0.mark)) }
            return
        }
        guard let file = ConfigFile.decode(DatasetFile.self, from: document.root, diagnostics: &diagnostics) else { return }
        guard file.recordType.value == dataset.recordType.value else {
            diagnostics.add(Diagnostic(.wrongRecordType(found: file.recordType.value, expected: dataset.recordType.value), at: file.recordType))
            return
        }
        guard file.records.kind == .sequence else {
            diagnostics.add(Diagnostic(.yaml(.typeMismatch(expected: .sequence, found: file.records.isNull ? .null : .mapping)), at: file.records))
            return
        }
        let records = RecordDecoding.decode(Record.self, items: file.records.items, rules: rules, seen: &seen, diagnostics: &diagnostics)
        guard kinds?.contains(file.provenance) ?? true else { return }
        store.add(records, summary: DatasetSummary(
            name: dataset.name.value, recordType: dataset.recordType.value, file: dataset.file.value,
            records: records.count, provenance: file.provenance))
    }

    /// Every mapping key anywhere in the document that names personal data.
    func personalDataKeys(in root: YAML.Node) -> [YAML.Node] {
        var found: [YAML.Node] = []
        var stack = [root]
        while let node = stack.popLast() {
            switch node.kind {
            case .scalar:
                continue
            case .sequence:
                stack.append(contentsOf: node.items.reversed())
            case .mapping:
                for (key, value) in node.pairs.reversed() {
                    if let name = key.scalar, PersonalData.fieldNames.contains(name.lowercased()) { found.append(key) }
                    stack.append(value)
                }
            }
        }
        return found.sorted { $0.mark < $1.mark }
    }

    private func readDocument(_ path: String, declaration: DocumentDeclaration, diagnostics: inout DiagnosticCollector) -> String? {
        let mark = declaration.file
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.add(Diagnostic(.missingFile(mark.value), at: mark))
            return nil
        }
        guard data.count <= Self.limits.maxInputBytes else {
            diagnostics.add(Diagnostic(.yaml(.inputTooLarge(bytes: data.count, limit: Self.limits.maxInputBytes)), at: mark))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.add(Diagnostic(.yaml(.invalidUTF8("the document is not UTF-8 text")), at: mark))
            return nil
        }
        return text
    }
}
