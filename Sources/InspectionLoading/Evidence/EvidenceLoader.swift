import FileSafety
import Foundation
import InspectionKit
import YAML

/// Loads an inspection's evidence into typed tables: every record is either used or reported
/// as rejected, with its position and reason, and no record may carry a child's identity.
public struct EvidenceLoader {
    public let registry: CheckRegistry

    public init(registry: CheckRegistry) {
        self.registry = registry
    }

    /// Evidence files up to 1 GiB are read (streamed: memory holds the bytes and the records,
    /// not a tree of the file); no alias may be used.
    static let limits = YAML.Limits(maxInputBytes: 1 << 30, maxDepth: 16, maxNodes: 200_000_000, maxAliases: 0)

    /// - Parameter vocabularies: the framework's, by `record-type.field` (see `Framework`).
    /// - Parameter kinds: keep only datasets and documents of these kinds (nil: every kind);
    ///   the others are still read and checked, so a problem in them is never hidden.
    /// - Parameter framework: the inspection's framework, whose audit forms and vocabularies
    ///   returned audit forms are read by (without it, a case-audit dataset is not read).
    public func load(
        _ inspection: Inspection, of force: ForceConfiguration, vocabularies: [String: Set<String>] = [:], kinds: Set<Provenance>? = nil,
        framework: Framework? = nil
    ) throws(Diagnostics) -> EvidenceStore {
        var diagnostics = DiagnosticCollector()
        var store = EvidenceStore()
        let paths = ForcePaths(directory: force.directory, display: force.displayDirectory)
        let rules = RecordRules(
            observationTopics: Set(registry.ids.compactMap(registry.descriptor).flatMap(\.observationTopics)),
            vocabularies: vocabularies, caseReference: force.force.caseReferenceRule ?? .default,
            properNouns: force.force.declaredNouns)
        // Case references already read, per record type: two datasets of one type are one table.
        var seen: [String: CaseReferenceTable] = [:]
        for dataset in inspection.evidence.datasets {
            if dataset.isCaseAudit {
                loadAudit(
                    dataset, of: inspection, force: force, framework: framework, kinds: kinds, into: &store, diagnostics: &diagnostics)
                continue
            }
            guard let type = registry.recordType(dataset.recordType.value) else { continue }  // reported by Validator
            guard let path = diagnostics.collect({ try paths.resolve(dataset.file) }) else { continue }
            let display = force.displayDirectory + "/" + dataset.file.value
            switch dataset.format {
            case .yaml:
                if let exported = Self.csvFileReadAsYAML(dataset) {
                    diagnostics.add(exported)
                    continue
                }
                loadDataset(
                    type, dataset: dataset, path: path, display: display, rules: rules, kinds: kinds,
                    seen: &seen[dataset.recordType.value, default: CaseReferenceTable()], into: &store, diagnostics: &diagnostics)
            case .csv:
                loadCSV(
                    type, dataset: dataset, path: path, display: display, paths: paths, rules: rules, kinds: kinds,
                    seen: &seen[dataset.recordType.value, default: CaseReferenceTable()], into: &store, diagnostics: &diagnostics)
            }
        }
        for declaration in inspection.evidence.documents {
            guard let path = diagnostics.collect({ try paths.resolve(declaration.file) }) else { continue }
            if let text = readDocument(path, declaration: declaration, diagnostics: &diagnostics),
                kinds?.contains(declaration.provenance) ?? true
            {
                store.add(
                    EvidenceDocument(id: declaration.id.value, kind: declaration.kind, title: declaration.title, text: text),
                    provenance: declaration.provenance)
            }
        }
        try diagnostics.throwIfAny()
        return store
    }

    /// A dataset file's header: its record type and where the data came from. The records
    /// follow it, streamed one at a time.
    struct DatasetHeader: Decodable {
        var schema: Int
        var recordType: YAML.Located<String>
        var provenance: Provenance
        /// What is reconstructed or synthetic and from which published figures.
        var note: String

        enum CodingKeys: String, CodingKey { case schema, recordType = "record_type", provenance, note }
    }

    /// Streams a YAML dataset: the header is checked, then each record decoded as it is read
    /// and dropped, so memory holds the file's bytes and the typed records, not a tree of the
    /// whole file.
    func loadDataset<Record: EvidenceRecord>(
        _ type: Record.Type, dataset: DatasetDeclaration, path: String, display: String, rules: RecordRules, kinds: Set<Provenance>?,
        seen: inout CaseReferenceTable, into store: inout EvidenceStore, diagnostics: inout DiagnosticCollector,
        capture: PopulationCapture? = nil
    ) {
        var header: DatasetHeader?
        var records: [Record] = []
        let decoder = YAMLRecordDecoder<Record>(rules: rules)
        var found = DiagnosticCollector()
        var seenHere = seen
        do {
            try YAML.Document.stream(path: path, displayName: display, limits: Self.limits, sequenceKey: "records") { node in
                // An evidence file's header errors are masked like its records': a file that is
                // not what it should be (a CSV export, say) may hold anything.
                var headerProblems = DiagnosticCollector()
                let decoded = ConfigFile.decode(DatasetHeader.self, from: node, diagnostics: &headerProblems)
                headerProblems.diagnostics.forEach { found.add(EchoedValue.masked($0)) }
                guard let decoded else { throw HeaderRefused() }
                guard decoded.recordType.value == dataset.recordType.value else {
                    found.add(
                        EchoedValue.masked(
                            Diagnostic(
                                .wrongRecordType(found: decoded.recordType.value, expected: dataset.recordType.value),
                                at: decoded.recordType)))
                    throw HeaderRefused()
                }
                header = decoded
            } item: { item in
                if let record = decoder.decode(item, seen: &seenHere, diagnostics: &found) {
                    records.append(record)
                    capture?.take(record.caseReference, decoder.decodedFields)
                }
            }
        } catch let error as YAML.Error {
            found.add(EchoedValue.masked(Diagnostic(error)))
        } catch {
            // The header was refused; its problems are in `found`.
        }
        seen = seenHere
        diagnostics.add(found)
        guard let header, found.isEmpty else { return }
        guard kinds?.contains(header.provenance) ?? true else { return }
        store.add(
            records,
            summary: DatasetSummary(
                name: dataset.name.value, recordType: dataset.recordType.value, file: dataset.file.value,
                records: records.count, provenance: header.provenance))
    }

    /// A file named as a CSV export in a dataset that does not say `format: csv`: it is not read
    /// as YAML, whose errors would quote its first line.
    static func csvFileReadAsYAML(_ dataset: DatasetDeclaration) -> Diagnostic? {
        let name = dataset.file.value.lowercased()
        guard name.hasSuffix(".csv") || name.hasSuffix(".tsv") else { return nil }
        return Diagnostic(
            .datasetSetting(.csvFileWithoutFormat(file: dataset.file.value, dataset: dataset.name.value)), at: dataset.file)
    }

    /// Ends a stream whose header was refused; the reasons are already collected.
    private struct HeaderRefused: Error {}

    /// A document's text: a regular file (its path already resolved inside the force's
    /// directory), UTF-8, within the size limit.
    private func readDocument(_ path: String, declaration: DocumentDeclaration, diagnostics: inout DiagnosticCollector) -> String? {
        let mark = declaration.file
        switch WholeFile.read(path, limit: Self.limits.maxInputBytes) {
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.add(Diagnostic(.yaml(.invalidUTF8("the document is not UTF-8 text")), at: mark))
                return nil
            }
            return text
        case .failure(.unreadable(let problem)):
            diagnostics.add(Diagnostic(.unreadablePath(path: mark.value, why: problem.phrase), at: mark))
        case .failure(.tooLarge(let bytes, let limit)):
            diagnostics.add(Diagnostic(.yaml(.inputTooLarge(bytes: bytes, limit: limit)), at: mark))
        }
        return nil
    }
}
