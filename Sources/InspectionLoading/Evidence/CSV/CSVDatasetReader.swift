import CSV
import InspectionKit
import YAML

/// The rows of one CSV dataset, decoded by its mapping for a record type to build records
/// from (`EvidenceRecord.records(from:)`): each row loaded or rejected (with its line, column
/// and reason), never dropped in silence.
///
/// A row is rejected when a mapped cell cannot be read, when the record cannot be true (its
/// type's `problems`), or when its case reference repeats one already read for the record
/// type. Unmapped and ignored columns are scanned past and never read.
final class CSVDatasetReader: RecordRows {
    let plan: CSVMappingPlan
    /// The rules a record's `problems` are judged by.
    public let rules: RecordRules
    let reader: CSV.Reader
    /// The field storage every row is decoded into.
    let fields: RecordFields
    let decoder: CSVRowDecoder
    /// The case references read so far for this record type (by any dataset), with the file
    /// and line of each.
    @exclusivity(unchecked) var seen: CaseReferenceTable
    /// The file's number in `seen`.
    let fileNumber: Int
    /// Rows read, and those rejected. (Unchecked, like the field storage: one thread, instant
    /// accesses, and a check on each would cost time on every row.)
    @exclusivity(unchecked) private(set) var rows = 0
    @exclusivity(unchecked) private(set) var rejections: [Rejection] = []
    /// The line of the row being built, and why it was refused, if it was: the rejection is
    /// made once `body` returns, while the row is still at hand.
    @exclusivity(unchecked) private var currentLine = 0
    @exclusivity(unchecked) private var refusal: (field: String, reason: String)?

    init(plan: CSVMappingPlan, rules: RecordRules, reader: CSV.Reader, seen: CaseReferenceTable) {
        self.plan = plan
        self.rules = rules
        self.reader = reader
        self.fields = RecordFields(plan.recordType)
        self.decoder = CSVRowDecoder(plan: plan)
        self.seen = seen
        fileNumber = self.seen.fileNumber(reader.file)
    }

    /// Calls `body` with the decoded fields of each row whose mapped cells could be read, and
    /// rejects the others. `body` builds the record and hands it to `accepts(_:caseReference:)`.
    func forEachRow(_ body: (RecordFields) -> Void) throws(CSV.Error) {
        do {
            try reader.forEachRow { row in
                rows += 1
                if let rejection = decoder.decode(row, into: fields) {
                    rejections.append(rejection)
                } else {
                    currentLine = row.line
                    body(fields)
                    if let refused = refusal {
                        rejections.append(rejection(row, field: refused.field, reason: refused.reason))
                        refusal = nil
                    }
                }
            }
        } catch let error as CSV.Error {
            throw error
        } catch {
            preconditionFailure("the row closure throws nothing: \(error)")
        }
    }

    /// Whether the record built from the current row is kept: true unless it has a problem or
    /// its case reference was read before, in which case the row is rejected.
    func accepts(_ problems: [RecordProblem], caseReference: String?) -> Bool {
        if let problem = problems.first {
            refusal = (problem.field, problem.message)
            return false
        }
        guard let reference = caseReference else { return true }
        if let first = seen.add(reference, file: fileNumber, line: currentLine, column: 1) {
            refusal = (
                "case_ref",
                "case reference '\(reference)' appears more than once among this inspection's records of this type (first at \(first))"
            )
            return false
        }
        return true
    }

    /// A rejection at the column of a field (the first mapped column when the field has none).
    private func rejection(_ row: borrowing CSV.Row, field name: String, reason: String) -> Rejection {
        let field = plan.fields.first { $0.spec.name == name } ?? plan.fields[0]
        return CSVRowDecoder.rejection(row, column: field, offset: nil, reason: reason)
    }
}

/// Reading a row's mapped cells into the reused field storage. Not generic over the record
/// type, so the hot loop runs without looking up type metadata for every cell.
struct CSVRowDecoder {
    let plan: CSVMappingPlan

    /// Fills `fields` from a row's mapped cells; the rejection when one cannot be read.
    func decode(_ row: borrowing CSV.Row, into fields: RecordFields) -> Rejection? {
        // Every mapped field is written below (its value, or absent when the cell holds none),
        // and an unmapped one is never written, so nothing needs clearing first.
        fields.startRecord()
        for field in plan.fields {
            var problem: CellReader.Problem?
            var missing = false
            row.withField(field.column) { bytes in
                if isMissing(bytes, listField: field.isList) {
                    missing = true
                } else {
                    fields.update(field.index) { problem = field.reader.read(bytes, into: &$0) }
                }
            }
            if missing {
                guard !field.spec.required else {
                    return Self.rejection(
                        row, column: field, offset: nil, reason: "\(field.spec.name) is required but the cell is empty or marked missing")
                }
                fields.update(field.index) { $0 = .absent }
            } else if let problem {
                return Self.rejection(row, column: field, offset: problem.offset, reason: problem.message)
            }
        }
        return nil
    }

    /// A cell that holds no value: one of the mapping's missing-value tokens, compared byte by
    /// byte (an empty cell of a list field is an empty list, not a missing value).
    private func isMissing(_ bytes: UnsafeBufferPointer<UInt8>, listField: Bool) -> Bool {
        if bytes.isEmpty { return !listField && plan.missingIncludesEmpty }
        for token in plan.missingTokens where token.count == bytes.count && token.elementsEqual(bytes) { return true }
        return false
    }

    static func rejection(_ row: borrowing CSV.Row, column field: CSVMappingPlan.FieldPlan, offset: Int?, reason: String) -> Rejection {
        let position = row.position(ofField: field.column, byteOffset: offset)
        return Rejection(
            row: row.index, mark: YAML.Mark(file: position.file, line: position.line, column: position.column),
            column: field.columnName, reason: reason)
    }
}
