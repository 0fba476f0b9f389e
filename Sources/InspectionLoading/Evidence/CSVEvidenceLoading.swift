import CSV
import Foundation
import InspectionKit
import YAML

/// Loading a CSV dataset: its mapping (written in the dataset or in a file of its own), the
/// file read with it, and the rows that could not be used checked against what the dataset
/// tolerates (see docs/csv-evidence.md).
extension EvidenceLoader {
    /// How many rejected rows are listed when there are too many.
    static let rejectionsListed = 20

    func loadCSV<Record: EvidenceRecord>(
        _ type: Record.Type, dataset: DatasetDeclaration, path: String, display: String, paths: ForcePaths, rules: RecordRules,
        kinds: Set<Provenance>?, seen: inout CaseReferenceTable, into store: inout EvidenceStore, diagnostics: inout DiagnosticCollector,
        capture: PopulationCapture? = nil
    ) {
        // A dataset without a provenance or a mapping is reported by the Validator.
        guard let provenance = dataset.provenance?.value, let node = dataset.mapping else { return }
        // Every problem of the mapping is masked as evidence is (`MappingEcho`).
        var mappingProblems = DiagnosticCollector()
        defer { mappingProblems.diagnostics.forEach { diagnostics.add(MappingEcho.masked($0)) } }
        guard let mapping = readMapping(node, dataset: dataset, paths: paths, diagnostics: &mappingProblems) else { return }
        var dialect = CSV.Dialect.comma
        if let written = mapping.delimiter {
            guard written.value.unicodeScalars.count == 1, let chosen = CSV.Dialect(delimiter: written.value.unicodeScalars.first!) else {
                mappingProblems.add(
                    Diagnostic(.invalidMapping(.delimiterNotOneCharacter), at: written))
                return
            }
            dialect = chosen
        }
        let reader: CSV.Reader
        do {
            reader = try CSV.Reader(path: path, displayName: display, dialect: dialect)
        } catch {
            diagnostics.add(Self.diagnostic(error))
            return
        }
        let plan: CSVMappingPlan
        do {
            plan = try CSVMappingPlan(mapping, recordType: Record.recordType, header: reader.header, rules: rules)
        } catch {
            mappingProblems.add(error)
            return
        }
        // Room for the references to come, so that the table is not rebuilt as it grows: about
        // one row per 96 bytes of export, and never room for more than a million at once.
        var status = stat()
        if stat(path, &status) == 0 { seen.reserveCapacity(seen.count + min(Int(status.st_size) / 96, 1 << 20)) }
        let rows = CSVDatasetReader(plan: plan, rules: rules, reader: reader, seen: seen)
        seen = CaseReferenceTable()  // lent to the reader, so that the table is not copied as it grows
        let read: Result<[Record], CSV.Error>
        do {
            if let capture {
                read = .success(try Record.records(from: CapturingRows(rows, capture: capture)))
            } else {
                read = .success(try Record.records(from: rows))
            }
        } catch let error as CSV.Error {
            read = .failure(error)
        } catch {
            preconditionFailure("a CSV dataset's rows throw only the CSV reader's errors: \(error)")
        }
        seen = rows.seen
        let records: [Record]
        switch read {
        case .success(let all): records = all
        case .failure(let error):
            diagnostics.add(Self.diagnostic(error))
            return
        }
        let outcome = (records: records, rows: rows.rows, rejections: rows.rejections)
        let limit = dataset.maxRejected?.value ?? .none
        guard limit.allows(outcome.rejections.count, of: outcome.rows) else {
            let listed = outcome.rejections.prefix(Self.rejectionsListed)
            listed.forEach { diagnostics.add($0.diagnostic) }
            let reason = Diagnostic.Reason.tooManyRejected(
                dataset: dataset.name.value, rejected: outcome.rejections.count, rows: outcome.rows,
                limit: limit.description, listed: listed.count)
            if let written = dataset.maxRejected {
                diagnostics.add(Diagnostic(reason, at: written.mark, sourceLine: written.sourceLine))
            } else {
                diagnostics.add(Diagnostic(reason, at: dataset.name))
            }
            return
        }
        guard kinds?.contains(provenance) ?? true else { return }
        store.add(
            outcome.records,
            summary: DatasetSummary(
                name: dataset.name.value, recordType: dataset.recordType.value, file: dataset.file.value, records: outcome.records.count,
                provenance: provenance, rows: outcome.rows, rejections: outcome.rejections))
    }

    /// The mapping written in the dataset, or the mapping file it names (which must say which
    /// record type it maps, and carry a schema).
    private func readMapping(
        _ node: YAML.Node, dataset: DatasetDeclaration, paths: ForcePaths, diagnostics: inout DiagnosticCollector
    ) -> CSVMapping? {
        guard node.kind == .scalar, let written = node.scalar else {
            return CSVMapping.read(node, diagnostics: &diagnostics)
        }
        let located = YAML.Located(written, mark: node.mark, sourceLine: node.sourceLine)
        guard let path = diagnostics.collect({ try paths.resolve(located) }) else { return nil }
        let document: YAML.Document
        do {
            document = try YAML.Document.load(path: path, displayName: paths.display + "/" + written)
        } catch {
            diagnostics.add(error)
            return nil
        }
        guard let mapping = CSVMapping.read(document.root, diagnostics: &diagnostics) else { return nil }
        guard mapping.schema != nil else {
            diagnostics.add(Diagnostic(.yaml(.missingKey("schema")), at: document.root))
            return nil
        }
        guard let recordType = mapping.recordType else {
            diagnostics.add(
                Diagnostic(
                    .invalidMapping(.noRecordType(expected: dataset.recordType.value)),
                    at: document.root))
            return nil
        }
        guard recordType.value == dataset.recordType.value else {
            diagnostics.add(Diagnostic(.wrongRecordType(found: recordType.value, expected: dataset.recordType.value), at: recordType))
            return nil
        }
        return mapping
    }

    /// A CSV file's problem as a located error. The file's line is never echoed: it may hold
    /// columns the mapping does not read.
    static func diagnostic(_ error: CSV.Error) -> Diagnostic {
        let position = error.position
        var message = error.message
        // A repeated name is not quoted: the first row may be data (an export without its
        // header row), and then the name is a cell's value.
        if case .duplicateColumnName = error.reason, let first = error.notes.first?.position {
            message =
                "this column's name repeats the name at line \(first.line), column \(first.column): a header row names each column once "
                + "(if this row is data, the export lacks its header row)"
        }
        return Diagnostic(.csv(message), at: YAML.Mark(file: position.file, line: max(position.line, 1), column: max(position.column, 1)))
    }
}
