import Foundation
import InspectionKit
import InspectionLoading
import InspectionRunner

/// One record type's export in one force's dialect: the header in file order (the record
/// type's fields under the force's names, and extra columns the mapping does not read), the
/// codes of each coded field, and how each cell is written.
struct TableLayout: Sendable {
    struct FieldColumn: Sendable {
        /// Position in the record type's fields.
        var field: Int
        var header: String
        /// Word → code for a choice or a list field; nil when the words are written as they are.
        var codes: [String: String]?
        /// The words the codes stand for, in the order the mapping lists them.
        var words: [String] = []
        /// The column's own timestamp pattern, when it differs from the export's.
        var timestampPattern: TimePattern?
        /// Item separator, for a list field.
        var separator: String?
    }

    enum Column: Sendable {
        case field(FieldColumn)
        case extra(ExtraColumn)

        var header: String {
            switch self {
            case .field(let column): return column.header
            case .extra(let column): return column.header
            }
        }
    }

    let recordType: RecordType
    let dialect: ExportDialect
    let columns: [Column]
    /// Extra columns the mapping lists under `ignore`: every personal-data-looking one, and
    /// some others.
    let ignored: [String]
    /// Per field: the column that holds it.
    let fieldColumns: [FieldColumn]

    /// The layout for `recordType`, drawn from `random`; `vocabularies` are the framework's
    /// words for the record type's list fields, by field name.
    init(
        recordType: RecordType, dialect: ExportDialect, synonyms: [String: [String]], vocabularies: [String: [String]],
        random: inout SyntheticRandom
    ) {
        self.recordType = recordType
        self.dialect = dialect
        var used: Set<String> = []
        var fieldColumns: [FieldColumn] = []
        for (index, spec) in recordType.fields.enumerated() {
            var header = dialect.headerStyle.header(for: spec.name)
            if let others = synonyms[spec.name], !others.isEmpty, random.chance(dialect.synonymChance) {
                let other = random.pick(others)
                if !used.contains(other.lowercased()) { header = other }
            }
            if used.contains(header.lowercased()) { header = spec.name }
            used.insert(header.lowercased())
            var column = FieldColumn(field: index, header: header, codes: nil, timestampPattern: nil, separator: nil)
            switch spec.type {
            case .choice(let options):
                column.codes = dialect.choiceCodes.codes(for: options)
                column.words = options
            case .textList:
                column.separator = dialect.listSeparator
                if let words = vocabularies[spec.name] {
                    column.codes = dialect.listCodes.codes(for: words)
                    column.words = words
                }
            case .timestamp:
                // Now and then one column keeps its own format (a field added to the export later).
                if random.chance(0.25),
                    let other = dialect.alternativePatterns.filter({ $0 != dialect.timestamps.pattern }).pickElement(using: &random)
                {
                    column.timestampPattern = other
                }
            default:
                break
            }
            fieldColumns.append(column)
        }
        var extras = ExtraColumn.ordinary.filter { !used.contains($0.header.lowercased()) }
        extras = random.sample(extras, count: random.int(in: 0...3))
        if dialect.personalColumns {
            extras += random.sample(ExtraColumn.personal, count: random.int(in: 2...ExtraColumn.personal.count))
        }
        var columns = fieldColumns.map(Column.field) + extras.map(Column.extra)
        columns = random.shuffled(columns)
        var ignored = extras.filter { $0.looksPersonal || random.chance(0.4) }.map(\.header)
        ignored = columns.map(\.header).filter(ignored.contains)  // in header order
        self.columns = columns
        self.ignored = ignored
        self.fieldColumns = fieldColumns
    }

    /// The timestamp style of a field's column.
    func timestampStyle(_ column: FieldColumn) -> TimestampStyle {
        var style = dialect.timestamps
        if let pattern = column.timestampPattern { style.pattern = pattern }
        return style
    }

    /// The header row, with the line end.
    func writeHeader(into bytes: inout [UInt8]) {
        if dialect.byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
        for (index, column) in columns.enumerated() {
            if index > 0 { bytes.append(dialect.delimiter) }
            CSVCell.write(column.header, delimiter: dialect.delimiter, into: &bytes)
        }
        bytes += dialect.lineEnding
    }

    /// One record's row, with the line end; extra columns get values from `random`.
    func writeRow(_ values: [FieldValue], extras random: inout SyntheticRandom, into bytes: inout [UInt8]) {
        for (index, column) in columns.enumerated() {
            if index > 0 { bytes.append(dialect.delimiter) }
            switch column {
            case .field(let column):
                writeCell(values[column.field], column: column, into: &bytes)
            case .extra(let extra):
                CSVCell.write(extra.value(&random), delimiter: dialect.delimiter, into: &bytes)
            }
        }
        bytes += dialect.lineEnding
    }

    private func writeCell(_ value: FieldValue, column: FieldColumn, into bytes: inout [UInt8]) {
        let spec = recordType.fields[column.field]
        switch value {
        case .absent:
            CSVCell.write(dialect.absentToken, delimiter: dialect.delimiter, into: &bytes)
        case .text(let text):
            CSVCell.write(column.codes?[text] ?? text, delimiter: dialect.delimiter, into: &bytes)
        case .time(let date):
            let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
            if spec.type == .date {
                let (year, month, day) = CivilTime.civil(days: CivilTime.floorDivide(seconds, 86_400))
                dialect.datePattern.write(
                    year: year, month: month, day: day, hour: 0, minute: 0, second: 0, offset: 0, offsetStyle: .colon, into: &bytes)
            } else {
                timestampStyle(column).write(utc: seconds, into: &bytes)
            }
        case .integer(let number):
            bytes += Array(String(number).utf8)
        case .decimal(let number):
            bytes += Array(CSVCell.number(number).utf8)
        case .boolean(let flag):
            CSVCell.write(flag ? dialect.yes : dialect.no, delimiter: dialect.delimiter, into: &bytes)
        case .words(let words):
            let items = words.map { column.codes?[$0] ?? $0 }.joined(separator: column.separator ?? ";")
            CSVCell.write(items, delimiter: dialect.delimiter, into: &bytes)
        case .duration(let duration):
            CSVCell.write(DurationText.compact(duration), delimiter: dialect.delimiter, into: &bytes)
        }
    }
}

/// Writing one cell per RFC 4180: quoted when it holds the delimiter, a quote or a line break,
/// with quotes doubled.
enum CSVCell {
    static func write(_ text: String, delimiter: UInt8, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            guard needsQuotes else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A number as a plain decimal (never with an exponent), the shortest that reads back the same.
    static func number(_ value: Double) -> String {
        let text = "\(value)"
        guard text.contains("e") else { return text.hasSuffix(".0") ? String(text.dropLast(2)) : text }
        var fixed = String(format: "%.12f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }
}

extension Array {
    /// A random element drawn with the generator's own algorithm.
    func pickElement(using random: inout SyntheticRandom) -> Element? {
        isEmpty ? nil : self[random.int(in: 0...(count - 1))]
    }
}
