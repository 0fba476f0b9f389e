import CSV
import YAML

/// Reads one CSV dataset with its mapping into records: each row loaded or rejected (with its
/// line, column and reason), never dropped in silence.
///
/// A row is rejected when a mapped cell cannot be read, when the record cannot be true (its
/// type's `problems`), or when its case reference repeats one already read for the record
/// type. Unmapped and ignored columns are scanned past and never read.
struct CSVDatasetReader<Record: EvidenceRecord> {
    let plan: CSVMappingPlan
    let rules: RecordRules

    struct Outcome {
        var records: [Record] = []
        var rows = 0
        var rejections: [Rejection] = []
    }

    /// Reads every row of `reader`. `seen` holds the case references already read for this
    /// record type (by any dataset), with the file and line of each.
    func read(_ reader: CSV.Reader, seen: inout [String: YAML.Mark]) throws(CSV.Error) -> Outcome {
        var outcome = Outcome()
        let fields = RecordFields(plan.recordType)
        let rows = CSVRowDecoder(plan: plan)
        do {
            try reader.forEachRow { row in
                outcome.rows += 1
                if let rejection = rows.decode(row, into: fields) {
                    outcome.rejections.append(rejection)
                    return
                }
                let record = Record(fields)
                if let problem = record.problems(rules).first {
                    outcome.rejections.append(rejection(row, field: problem.field, reason: problem.message))
                    return
                }
                if let reference = record.caseReference {
                    if let first = seen[reference] {
                        outcome.rejections.append(rejection(row, field: "case_ref", reason:
                            "case reference '\(reference)' appears more than once among this inspection's records of this type (first at \(first))"))
                        return
                    }
                    seen[reference] = YAML.Mark(file: reader.file, line: row.line, column: 1)
                }
                outcome.records.append(record)
            }
        } catch let error as CSV.Error {
            throw error
        } catch {
            preconditionFailure("the row closure throws nothing: \(error)")
        }
        return outcome
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
        fields.reset()
        // Through a buffer pointer, so that each field's plan and reader are used where they
        // are, not copied (with their codes) for every cell.
        return plan.fields.withUnsafeBufferPointer { plans -> Rejection? in
            for position in plans.indices {
                // The closure returns Void and writes here: a generic result type would be
                // looked up in the runtime's metadata cache on every cell.
                var result: Result<FieldValue, CellReader.Problem>?
                row.withField(plans[position].column) { bytes -> Void in
                    result = isMissing(bytes, listField: plans[position].isList) ? nil : plans[position].reader.read(bytes)
                }
                switch result {
                case nil:
                    guard !plans[position].spec.required else {
                        return Self.rejection(row, column: plans[position], offset: nil,
                                              reason: "\(plans[position].spec.name) is required but the cell is empty or marked missing")
                    }
                case .success(let value)?:
                    fields.values[plans[position].index] = value
                case .failure(let problem)?:
                    return Self.rejection(row, column: plans[position], offset: problem.offset, reason: problem.message)
                }
            }
            return nil
        }
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
        return Rejection(row: row.index, mark: YAML.Mark(file: position.file, line: position.line, column: position.column),
                         column: field.columnName, reason: reason)
    }
}
