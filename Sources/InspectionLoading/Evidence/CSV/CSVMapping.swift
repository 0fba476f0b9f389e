import InspectionKit
import YAML

/// A CSV dataset's mapping as written (see docs/csv-evidence.md), each part with where it was
/// written so that every error points into the mapping's YAML. Checked against the record type
/// and the CSV's header by `CSVMappingPlan`.
struct CSVMapping {
    struct Column {
        var field: YAML.Located<String>
        var column: YAML.Located<String>
        var format: YAML.Located<String>?
        var timeZone: YAML.Located<String>?
        var separator: YAML.Located<String>?
        /// The force's codes and the words they stand for, in the order written.
        var codes: [(code: YAML.Located<String>, word: YAML.Located<String>)]?
        /// Why a column whose header looks like personal data holds none ("a team's name").
        var notPersonal: YAML.Located<String>? = nil
    }

    /// Required in a mapping file of its own (as in every other file), not in an inline one.
    var schema: Int?
    var recordType: YAML.Located<String>?
    var delimiter: YAML.Located<String>?
    var missing: [String]
    var timestamps: File.TimeSettings
    var dates: File.DateSettings
    var booleans: File.BooleanWords?
    var columns: [Column]
    /// Where `columns:` is written, for "a required field has no column".
    var columnsNode: YAML.Node
    var ignore: [YAML.Located<String>]

    /// The mapping as decoded from YAML; `columns` is read by hand to keep its keys' positions.
    struct File: Decodable {
        var schema: Int?
        var recordType: YAML.Located<String>?
        var delimiter: YAML.Located<String>?
        var missing: [String]?
        var timestamps: TimeSettings?
        var dates: DateSettings?
        var booleans: BooleanWords?
        var columns: YAML.Node
        var ignore: [YAML.Located<String>]?

        struct TimeSettings: Decodable {
            var format: YAML.Located<String>?
            var timeZone: YAML.Located<String>?
            var ambiguousTimes: YAML.Located<String>?
            var nonexistentTimes: YAML.Located<String>?

            enum CodingKeys: String, CodingKey {
                case format, timeZone = "time_zone", ambiguousTimes = "ambiguous_times", nonexistentTimes = "nonexistent_times"
            }
        }

        struct DateSettings: Decodable {
            var format: YAML.Located<String>?
        }

        struct BooleanWords: Decodable {
            var yes: [String]
            var no: [String]
            enum CodingKeys: String, CodingKey { case yes = "true", no = "false" }
        }

        enum CodingKeys: String, CodingKey {
            case schema, recordType = "record_type", delimiter, missing, timestamps, dates, booleans, columns, ignore
        }
    }

    /// A column written out: `{column: …, format: …, time_zone: …, separator: …, codes: {…}}`.
    struct ColumnEntry: Decodable {
        var column: YAML.Located<String>
        var format: YAML.Located<String>?
        var timeZone: YAML.Located<String>?
        var separator: YAML.Located<String>?
        var codes: YAML.Node?
        var notPersonal: YAML.Located<String>?

        enum CodingKeys: String, CodingKey { case column, format, timeZone = "time_zone", separator, codes, notPersonal = "not_personal" }
    }

    /// Reads a mapping node: a mapping file's root, or a mapping written in the dataset.
    static func read(_ node: YAML.Node, diagnostics: inout DiagnosticCollector) -> CSVMapping? {
        guard let file = ConfigFile.decode(File.self, from: node, diagnostics: &diagnostics) else { return nil }
        guard file.columns.kind == .mapping else {
            diagnostics.add(
                Diagnostic(.invalidMapping(.columnsNotAMapping), at: file.columns))
            return nil
        }
        var columns: [Column] = []
        for (key, value) in file.columns.pairs {
            let field = YAML.Located(key.scalar ?? "", mark: key.mark, sourceLine: key.sourceLine)
            if value.kind == .scalar, let header = value.scalar {
                columns.append(Column(field: field, column: YAML.Located(header, mark: value.mark, sourceLine: value.sourceLine)))
                continue
            }
            guard let entry = diagnostics.collect({ try YAMLDecoder().decode(ColumnEntry.self, from: value) }) else { continue }
            var codes: [(YAML.Located<String>, YAML.Located<String>)]?
            if let node = entry.codes {
                guard node.kind == .mapping else {
                    diagnostics.add(
                        Diagnostic(
                            .invalidMapping(.codesNotAMapping), at: node))
                    continue
                }
                codes = node.pairs.map { pair in
                    (
                        YAML.Located(pair.key.scalar ?? "", mark: pair.key.mark, sourceLine: pair.key.sourceLine),
                        YAML.Located(pair.value.scalar ?? "", mark: pair.value.mark, sourceLine: pair.value.sourceLine)
                    )
                }
            }
            columns.append(
                Column(
                    field: field, column: entry.column, format: entry.format, timeZone: entry.timeZone,
                    separator: entry.separator, codes: codes, notPersonal: entry.notPersonal))
        }
        return CSVMapping(
            schema: file.schema, recordType: file.recordType, delimiter: file.delimiter, missing: file.missing ?? [""],
            timestamps: file.timestamps ?? .init(), dates: file.dates ?? .init(), booleans: file.booleans,
            columns: columns, columnsNode: file.columns, ignore: file.ignore ?? [])
    }
}
