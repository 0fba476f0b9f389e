import Foundation
import Testing

@testable import InspectionKit
@testable import InspectionLoading
@testable import SyntheticData

/// The values written read back, through the mapping, as the values synthesized: the CSV is
/// split by a test-only splitter and every cell decoded as docs/csv-evidence.md says.
@Suite("Round trip")
struct RoundTripTests {
    @Test(arguments: 0..<12)
    func everyCellReadsBackAsSynthesized(force index: Int) throws {
        let generator = try generator(forces: 12, episodes: 300)
        let output = try generator.synthesize(generator.plans[index], keepRows: true)
        for (type, table) in output.tables {
            let mapping = try TestMapping(
                String(decoding: try #require(output.files.first { $0.path == "mappings/\(type).yaml" }).bytes, as: UTF8.self))
            let csv = try #require(output.files.first { $0.path == "evidence/\(type).csv" }).bytes
            let rows = splitCSV(csv, delimiter: mapping.delimiter)
            let header = rows[0]
            #expect(rows.count - 1 == table.rows.count, "\(type)")
            #expect(rows.allSatisfy { $0.count == header.count }, "\(type): a row with the wrong number of fields")
            let fields = table.layout.recordType.fields
            for (row, values) in zip(rows.dropFirst(), table.rows) {
                for (index, spec) in fields.enumerated() {
                    let column = try #require(mapping.columns[spec.name])
                    let cell = row[try #require(header.firstIndex(of: column.column))]
                    let read = decode(cell, spec, column, mapping)
                    if read != values[index] {
                        Issue.record(
                            "\(generator.plans[index].id) \(type).\(spec.name): '\(cell)' reads as \(String(describing: read)), synthesized \(values[index])"
                        )
                        return
                    }
                }
            }
        }
    }

    func decode(
        _ cell: String, _ spec: FieldSpec, _ column: (column: String, codes: [String: String], separator: String?, format: String?),
        _ mapping: TestMapping
    ) -> FieldValue? {
        if case .textList = spec.type {
            guard !mapping.missing.contains(cell) else { return .words([]) }
            return .words(cell.components(separatedBy: column.separator ?? ";").map { column.codes[$0] ?? $0 })
        }
        if mapping.missing.contains(cell) { return .absent }
        switch spec.type {
        case .caseReference, .text: return .text(cell)
        case .choice: return .text(column.codes[cell] ?? cell)
        case .integer: return Int(cell).map(FieldValue.integer)
        case .decimal, .share: return Double(cell).map(FieldValue.decimal)
        case .boolean: return mapping.trueWords.contains(cell) ? .boolean(true) : mapping.falseWords.contains(cell) ? .boolean(false) : nil
        case .timestamp:
            return readTimestamp(cell, pattern: column.format ?? mapping.format, zone: mapping.zone, ambiguous: mapping.ambiguous).map(
                FieldValue.time)
        default: return nil
        }
    }
}
