import InspectionKit
import InspectionLoading
import InspectionRunner

/// The mapping file (docs/csv-evidence.md) for one export: every dialect choice the CSV was
/// written with, so that a reader following the document reads back exactly what was
/// synthesized.
enum MappingText {
    static func write(_ layout: TableLayout, forceName: String, origin: String) -> String {
        let dialect = layout.dialect
        var lines = [
            "# SYNTHETIC: the column mapping of \(forceName)'s \(layout.recordType.id) export, \(origin).",
            "# No row is about a real case; the dialect (columns, codes, formats) was drawn from the seed.",
            "schema: 1",
            "record_type: \(layout.recordType.id)",
        ]
        if dialect.delimiter != UInt8(ascii: ",") || dialect.spellsOutDefaults {
            lines.append("delimiter: " + YAMLText.quoted(String(UnicodeScalar(dialect.delimiter))))
        }
        if let missing = dialect.missingTokens { lines.append("missing: " + YAMLText.quotedList(missing)) }
        if layout.recordType.fields.contains(where: { $0.type == .timestamp }) {
            lines += timestampLines(dialect)
        }
        if layout.recordType.fields.contains(where: { $0.type == .date }) {
            lines += ["dates:", "  format: " + YAMLText.quoted(dialect.datePattern.text)]
        }
        if let booleans = dialect.booleans, layout.recordType.fields.contains(where: { $0.type == .boolean }) {
            lines += ["booleans:", "  true: " + YAMLText.quotedList(booleans.yes), "  false: " + YAMLText.quotedList(booleans.no)]
        }
        lines.append("columns:")
        for column in layout.fieldColumns {
            let spec = layout.recordType.fields[column.field]
            var options: [(String, String)] = []
            if let separator = column.separator { options.append(("separator", YAMLText.quoted(separator))) }
            if let pattern = column.timestampPattern { options.append(("format", YAMLText.quoted(pattern.text))) }
            guard let codes = column.codes else {
                if options.isEmpty {
                    lines.append("  \(spec.name): \(YAMLText.scalar(column.header))")
                } else {
                    lines.append(
                        "  \(spec.name): {column: \(YAMLText.scalar(column.header)), "
                            + options.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
                }
                continue
            }
            let order = column.words.filter { codes[$0] != nil }
            lines.append("  \(spec.name):")
            lines.append("    column: \(YAMLText.scalar(column.header))")
            for (key, value) in options { lines.append("    \(key): \(value)") }
            lines.append("    codes: {" + order.map { "\(YAMLText.scalar(codes[$0]!)): \($0)" }.joined(separator: ", ") + "}")
        }
        if !layout.ignored.isEmpty { lines.append("ignore: " + YAMLText.list(layout.ignored)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func timestampLines(_ dialect: ExportDialect) -> [String] {
        let style = dialect.timestamps
        let isDefault = style.pattern.text == "%Y-%m-%dT%H:%M:%S%z" && style.zone == .utc
        if isDefault && !dialect.spellsOutDefaults { return [] }
        var lines = ["timestamps:", "  format: " + YAMLText.quoted(style.pattern.text)]
        if !style.pattern.hasOffset && style.zone != .utc || dialect.spellsOutDefaults && !style.pattern.hasOffset {
            lines.append("  time_zone: " + YAMLText.scalar(style.zone.mappingName))
        }
        if style.zone == .london && !style.pattern.hasOffset {
            if style.ambiguity != .error || dialect.spellsOutDefaults { lines.append("  ambiguous_times: \(style.ambiguity.rawValue)") }
            if style.nonexistent != "error" || dialect.spellsOutDefaults { lines.append("  nonexistent_times: \(style.nonexistent)") }
        }
        return lines
    }
}
