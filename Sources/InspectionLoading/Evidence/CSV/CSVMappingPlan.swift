import CSV
import Foundation
import InspectionKit
import YAML

/// A mapping checked against its record type and the CSV's header, ready to read rows: for
/// each field of the record type, the column it comes from and how to read that column.
///
/// Building it reports every problem of the mapping at once, each where it is written in the
/// mapping's YAML: fields the record type lacks, required fields without a column, columns the
/// header lacks (with the closest), codes that are not the framework's words, formats and time
/// zones that cannot be read, and columns that look like personal data but are neither mapped
/// nor listed under `ignore`.
struct CSVMappingPlan {
    /// A class, so that the row loop borrows each field's reader (and its codes) where it is
    /// instead of copying it for every cell.
    final class FieldPlan {
        /// The field's position in the record type's fields.
        let index: Int
        let spec: FieldSpec
        /// 0-based column in the CSV.
        let column: Int
        let columnName: String
        let reader: CellReader
        /// An empty cell of a list field is the empty list, not a missing value.
        let isList: Bool

        init(index: Int, spec: FieldSpec, column: Int, columnName: String, reader: CellReader, isList: Bool) {
            self.index = index
            self.spec = spec
            self.column = column
            self.columnName = columnName
            self.reader = reader
            self.isList = isList
        }
    }

    let recordType: RecordType
    let fields: [FieldPlan]
    /// The non-empty missing-value tokens as bytes, and whether the empty cell is one.
    let missingTokens: [[UInt8]]
    let missingIncludesEmpty: Bool

    init(_ mapping: CSVMapping, recordType: RecordType, header: CSV.Header, rules: RecordRules) throws(Diagnostics) {
        let vocabularies = rules.vocabularies
        var diagnostics = DiagnosticCollector()
        var plans: [FieldPlan] = []
        var columnOwner: [Int: String] = [:]
        let fieldNames = recordType.fields.map(\.name)
        let names = ColumnNames(recordType: recordType, mapping: mapping)
        if let notAHeader = Self.firstRowIsNotAHeader(mapping, header: header) { throw Diagnostics([notAHeader]) }
        let defaults = Self.defaults(mapping, diagnostics: &diagnostics)
        for column in mapping.columns {
            guard let index = recordType.fields.firstIndex(where: { $0.name == column.field.value }) else {
                diagnostics.add(
                    Diagnostic(
                        .unknownReference(
                            kind: .field, id: column.field.value, suggestion: Suggestions.closest(column.field.value, fieldNames)),
                        at: column.field))
                continue
            }
            guard let csvColumn = header.index(of: column.column.value) else {
                let suggestion = Suggestions.closest(column.column.value, ColumnNames.quotable(header.names))
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(
                            .noSuchColumn(column: column.column.value, suggestion: suggestion, columns: names.listed(header.names))),
                        at: column.column))
                continue
            }
            if let owner = columnOwner[csvColumn] {
                diagnostics.add(
                    Diagnostic(.invalidMapping(.columnMappedTwice(column: column.column.value, owner: owner)), at: column.column))
                continue
            }
            columnOwner[csvColumn] = column.field.value
            // A column headed like a child's details is never read, unless the mapping says why
            // it holds none (a team's name, say).
            if PersonalData.looksPersonal(column.column.value), column.notPersonal?.value.isEmpty ?? true {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.personalColumnMapped(column: column.column.value)), at: column.column))
                continue
            }
            let spec = recordType.fields[index]
            guard
                let reader = CellReader.make(
                    for: spec, column: column, defaults: defaults, recordType: recordType.id,
                    vocabularies: vocabularies, rules: rules, diagnostics: &diagnostics)
            else { continue }
            plans.append(
                FieldPlan(
                    index: index, spec: spec, column: csvColumn, columnName: column.column.value, reader: reader,
                    isList: spec.type == .textList))
        }
        let mapped = Set(mapping.columns.map(\.field.value))
        for spec in recordType.fields where spec.required && !mapped.contains(spec.name) {
            diagnostics.add(
                Diagnostic(
                    .invalidMapping(.requiredFieldUnmapped(recordType: recordType.id, field: spec.name, meaning: spec.meaning)),
                    at: mapping.columnsNode))
        }
        let ignored = Set(mapping.ignore.map(\.value))
        for entry in mapping.ignore {
            if header.index(of: entry.value) == nil {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(
                            .ignoredColumnMissing(
                                column: entry.value, suggestion: Suggestions.closest(entry.value, ColumnNames.quotable(header.names)))),
                        at: entry))
            } else if let index = header.index(of: entry.value), columnOwner[index] != nil {
                diagnostics.add(
                    Diagnostic(
                        .invalidMapping(.columnReadAndIgnored(column: entry.value, field: columnOwner[index]!)), at: entry))
            }
        }
        for (index, name) in header.names.enumerated()
        where columnOwner[index] == nil && !ignored.contains(name) && PersonalData.looksPersonal(name) {
            let shown: Diagnostic.ShownColumn = names.mayList(name) ? .named(name) : .position(index + 1)
            diagnostics.add(
                Diagnostic(
                    .invalidMapping(.personalColumnUnlisted(column: shown)),
                    at: mapping.ignore.first.map { $0.mark } ?? mapping.columnsNode.mark,
                    sourceLine: mapping.ignore.first?.sourceLine ?? mapping.columnsNode.sourceLine))
        }
        try diagnostics.throwIfAny()
        self.recordType = recordType
        self.fields = plans.sorted { $0.column < $1.column }
        self.missingTokens = mapping.missing.filter { !$0.isEmpty }.map { Array($0.utf8) }
        self.missingIncludesEmpty = mapping.missing.contains("")
    }

    /// A first row that names fewer than half the mapping's columns is not taken for a header
    /// (an export written without one, or read with the wrong delimiter; one cell of data may
    /// happen to equal a column's name): its cells may be a child's details, so none is quoted
    /// or offered as a suggestion; the one error is placed at the file's start.
    static func firstRowIsNotAHeader(_ mapping: CSVMapping, header: CSV.Header) -> Diagnostic? {
        let missing = mapping.columns.filter { header.index(of: $0.column.value) == nil }
        let named = mapping.columns.count - missing.count
        guard !mapping.columns.isEmpty, named * 2 < mapping.columns.count else { return nil }
        let wanted = missing.prefix(3).map { "'\($0.column.value)'" }.joined(separator: ", ") + (missing.count > 3 ? ", …" : "")
        let share =
            named == 0
            ? "none of the mapping's columns" : "only \(named) of the mapping's \(mapping.columns.count) columns and lacks \(wanted)"
        var message =
            "the first row names \(share)" + (named == 0 ? " (\(wanted))" : "")
            + "; a CSV export must start with the row that names its columns, as the mapping writes them (the row is not shown: it may be data)"
        // A header written in other capitals or with spaces around its names.
        let loose = Set(header.names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let looseMatches = mapping.columns.filter { loose.contains($0.column.value.trimmingCharacters(in: .whitespaces).lowercased()) }
            .count
        if looseMatches * 2 >= mapping.columns.count {
            message += "; \(looseMatches) of them match if capitals and spaces are ignored: write each name exactly as the header does"
        }
        let written = mapping.delimiter?.value ?? ","
        if header.count == 1, let other = [";", "\t", "|", ","].first(where: { $0 != written && header.names[0].contains($0) }) {
            let shown = other == "\t" ? "\\t" : other
            message +=
                "; the row reads as one column: if the file's columns are separated by '\(shown)', write delimiter: \"\(shown)\" in the mapping"
        }
        let start = header.position(ofColumn: 0)
        return Diagnostic(.csv(message), at: YAML.Mark(file: start.file, line: max(start.line, 1), column: 1))
    }

    /// The formats, zone and yes/no words every column uses unless it says otherwise.
    struct Defaults {
        var timestamp: CSV.DateTimePattern
        var date: CSV.DateTimePattern
        var zone: CSV.Zone
        var booleans: (yes: Set<String>, no: Set<String>)
    }

    static func defaults(_ mapping: CSVMapping, diagnostics: inout DiagnosticCollector) -> Defaults {
        let timestamp =
            mapping.timestamps.format.flatMap { Self.pattern($0, diagnostics: &diagnostics) }
            ?? (try! CSV.DateTimePattern("%Y-%m-%dT%H:%M:%S%z"))
        let date = mapping.dates.format.flatMap { Self.pattern($0, diagnostics: &diagnostics) } ?? (try! CSV.DateTimePattern("%Y-%m-%d"))
        let zone = mapping.timestamps.timeZone.flatMap { Self.zone($0, mapping.timestamps, diagnostics: &diagnostics) } ?? CSV.Zone.utc
        var yes: Set<String> = ["true"]
        var no: Set<String> = ["false"]
        if let words = mapping.booleans {
            yes = Set(words.yes)
            no = Set(words.no)
        }
        return Defaults(timestamp: timestamp, date: date, zone: zone, booleans: (yes, no))
    }

    static func pattern(_ written: YAML.Located<String>, diagnostics: inout DiagnosticCollector) -> CSV.DateTimePattern? {
        do {
            return try CSV.DateTimePattern(written.value)
        } catch {
            diagnostics.add(Diagnostic(.invalidMapping(.unreadableFormat(format: written.value, problem: error.message)), at: written))
            return nil
        }
    }

    static func zone(
        _ written: YAML.Located<String>, _ settings: CSVMapping.File.TimeSettings, diagnostics: inout DiagnosticCollector
    ) -> CSV.Zone? {
        guard let zone = CSV.Zone(name: written.value) else {
            diagnostics.add(
                Diagnostic(
                    .invalidMapping(.unknownTimeZone(written.value)),
                    at: written))
            return nil
        }
        guard case .europeLondon = zone else { return zone }
        var ambiguous = CSV.AmbiguousTimePolicy.error
        var nonexistent = CSV.NonexistentTimePolicy.error
        if let written = settings.ambiguousTimes {
            if let policy = CSV.AmbiguousTimePolicy(rawValue: written.value) {
                ambiguous = policy
            } else {
                diagnostics.add(
                    Diagnostic(
                        .yaml(
                            .invalidScalar(
                                written.value, expected: .oneOf(CSV.AmbiguousTimePolicy.allCases.map(\.rawValue)),
                                problem: .notOneOf(
                                    suggestion: Suggestions.closest(written.value, CSV.AmbiguousTimePolicy.allCases.map(\.rawValue))))),
                        at: written))
            }
        }
        if let written = settings.nonexistentTimes {
            if let policy = CSV.NonexistentTimePolicy(rawValue: written.value) {
                nonexistent = policy
            } else {
                diagnostics.add(
                    Diagnostic(
                        .yaml(
                            .invalidScalar(
                                written.value, expected: .oneOf(CSV.NonexistentTimePolicy.allCases.map(\.rawValue)),
                                problem: .notOneOf(
                                    suggestion: Suggestions.closest(written.value, CSV.NonexistentTimePolicy.allCases.map(\.rawValue))))),
                        at: written))
            }
        }
        return .europeLondon(ambiguous: ambiguous, nonexistent: nonexistent)
    }
}
