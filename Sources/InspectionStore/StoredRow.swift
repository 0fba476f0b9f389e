import Foundation
import GRDB
import InspectionKit

/// A row of a run, read column by column against `StoredColumns`: every value is checked before
/// it is used, and one that does not fit throws `StoreError.damaged` with the run, the row and
/// the column. GRDB's typed subscripts trap on a value of the wrong type; nothing here uses them.
struct StoredRow {
    let path: String
    let table: String
    let run: Int64?
    /// Where the row is in the run, once its keys are read (`keyed(_:)`).
    private(set) var place: ValueDamage.Place
    private let values: [String: DatabaseValue]
    private let columns: [String: StoredColumns.Column]

    init(_ row: Row, table: String, run: Int64?, place: ValueDamage.Place = .run, path: String) {
        self.path = path
        self.table = table
        self.run = run
        self.place = place
        var values: [String: DatabaseValue] = [:]
        for (name, value) in row where values[name] == nil { values[name] = value }
        self.values = values
        columns = StoredColumns.byTable[table] ?? [:]
    }

    /// The same row, placed by its own keys: `check x of area y`.
    func placed() -> StoredRow {
        var row = self
        switch table {
        case "run_grade": row.place = .grade(shownPosition("position"))
        case "run_setting": row.place = .setting(shownID("name"))
        case "run_parameter": row.place = .parameter(check: shownID("check_id"), name: shownID("name"))
        case "run_area": row.place = .area(shownID("area_id"))
        case "run_check": row.place = .check(area: shownID("area_id"), check: shownID("check_id"))
        case "run_figure": row.place = .figure(check: shownID("check_id"), figure: shownID("figure_id"))
        case "run_case": row.place = .caseReference(check: shownID("check_id"), position: shownPosition("position"))
        case "run_evidence_file": row.place = .evidenceFile(shownPosition("position"))
        case "run_finding": row.place = .finding(shownPosition("position"))
        default: row.place = .run
        }
        return row
    }

    /// What is wrong with a value in a column, or nil when it fits.
    static func problem(_ value: DatabaseValue, in column: StoredColumns.Column) -> ValueDamage.Problem? {
        let found = ValueDamage.Found(value)
        if found == .null { return column.optional ? nil : .missing }
        switch (column.kind, value.storage) {
        case (.text, .string): return nil
        case (.time, .string(let text)): return RunStore.parseTimestamp(text) == nil ? .notATime : nil
        case (.word(let words), .string(let text)): return words.contains(text) ? nil : .unknownWord(column.kind)
        case (.wholeNumber(let range), .int64(let number)): return range.contains(number) ? nil : .outOfRange(column.kind)
        case (.flag, .int64(let number)): return number == 0 || number == 1 ? nil : .outOfRange(column.kind)
        case (.number(let range), .int64(let number)): return range.contains(Double(number)) ? nil : .outOfRange(column.kind)
        case (.number(let range), .double(let number)): return number.isFinite && range.contains(number) ? nil : .outOfRange(column.kind)
        default: return .wrongKind(found: found, expected: column.kind)
        }
    }

    /// The value of a column once checked; nil for NULL where the column may hold it.
    private func checked(_ name: String) throws(StoreError) -> DatabaseValue.Storage? {
        let value = values[name] ?? .null
        guard let column = columns[name] else {
            throw .internalFault("the store's reader asked for \(table).\(name), which StoredColumns does not describe")
        }
        if let problem = Self.problem(value, in: column) { throw damage(name, problem) }
        if case .null = value.storage { return nil }
        return value.storage
    }

    /// The error for a problem with a column of this row.
    func damage(_ column: String, _ problem: ValueDamage.Problem) -> StoreError {
        .damaged(path: path, .value(ValueDamage(run: run, table: table, column: column, place: place, problem: problem)))
    }

    func optionalText(_ name: String) throws(StoreError) -> String? {
        guard case .string(let text)? = try checked(name) else { return nil }
        return text
    }

    func text(_ name: String) throws(StoreError) -> String {
        guard let text = try optionalText(name) else { throw damage(name, .missing) }
        return text
    }

    func optionalWholeNumber(_ name: String) throws(StoreError) -> Int64? {
        guard case .int64(let number)? = try checked(name) else { return nil }
        return number
    }

    func wholeNumber(_ name: String) throws(StoreError) -> Int64 {
        guard let number = try optionalWholeNumber(name) else { throw damage(name, .missing) }
        return number
    }

    /// A count, position or score: within `Int` by its column's range.
    func optionalInt(_ name: String) throws(StoreError) -> Int? { try optionalWholeNumber(name).map { Int($0) } }

    func int(_ name: String) throws(StoreError) -> Int { Int(try wholeNumber(name)) }

    func optionalNumber(_ name: String) throws(StoreError) -> Double? {
        switch try checked(name) {
        case .int64(let number)?: return Double(number)
        case .double(let number)?: return number
        default: return nil
        }
    }

    func number(_ name: String) throws(StoreError) -> Double {
        guard let number = try optionalNumber(name) else { throw damage(name, .missing) }
        return number
    }

    func flag(_ name: String) throws(StoreError) -> Bool { try wholeNumber(name) == 1 }

    func time(_ name: String) throws(StoreError) -> Date {
        guard let date = RunStore.parseTimestamp(try text(name)) else { throw damage(name, .notATime) }
        return date
    }

    /// An id read to say where a row is: nil when it cannot be read or is not shaped like an
    /// id (lower-case letters, digits, `.` and `-`, up to 64), so that a damaged key is never
    /// quoted.
    func shownID(_ name: String) -> String? {
        guard case .string(let text)? = values[name]?.storage, Self.isIDShaped(text) else { return nil }
        return text
    }

    static func isIDShaped(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// A 1-based position read to say where a row is; 0 when it cannot be read.
    func shownPosition(_ name: String) -> Int64 {
        guard case .int64(let number)? = values[name]?.storage, number >= 0, number < Int64.max else { return 0 }
        return number + 1
    }
}

extension ValueDamage.Found {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64: self = .integer
        case .double: self = .real
        case .string: self = .text
        case .blob: self = .blob
        }
    }
}

extension StoredRow {
    /// Checks every column of the row, so that a damaged value is found even where the reader
    /// does not use it (a position, a run id).
    func checkedWhole() throws(StoreError) -> StoredRow {
        for name in columns.keys.sorted() { _ = try checked(name) }
        if table == "run_check" { _ = try count() }
        return self
    }

    /// Every problem in the row's columns that the row has (a store of an older schema lacks
    /// some), for `history --check`.
    func problems() -> [ValueDamage] {
        var found: [ValueDamage] = []
        for (name, column) in columns.sorted(by: { $0.key < $1.key }) where values[name] != nil {
            if let problem = Self.problem(values[name] ?? .null, in: column) {
                found.append(ValueDamage(run: run, table: table, column: name, place: place, problem: problem))
            }
        }
        if found.isEmpty, table == "run_check" {
            do {
                _ = try count()
            } catch {
                if case .damaged(_, .value(let damage)) = error { found.append(damage) }
            }
        }
        return found
    }

    /// A column holding one of a type's words.
    func word<Word: RawRepresentable>(_ name: String, as type: Word.Type) throws(StoreError) -> Word where Word.RawValue == String {
        let text = try text(name)
        guard let word = Word(rawValue: text) else { throw damage(name, .unknownWord(columns[name]?.kind ?? .text)) }
        return word
    }

    /// A column holding one of a type's words, or NULL.
    func optionalWord<Word: RawRepresentable>(_ name: String, as type: Word.Type) throws(StoreError) -> Word?
    where Word.RawValue == String {
        guard let text = try optionalText(name) else { return nil }
        guard let word = Word(rawValue: text) else { throw damage(name, .unknownWord(columns[name]?.kind ?? .text)) }
        return word
    }

    /// `count_met` and `count_of`: both or neither, and no more met than counted.
    func count() throws(StoreError) -> CheckResult.Count? {
        let met = try optionalInt("count_met")
        let of = try optionalInt("count_of")
        switch (met, of) {
        case (nil, nil): return nil
        case (let met?, let of?) where met <= of: return CheckResult.Count(met: met, of: of)
        default: throw damage(met == nil ? "count_met" : "count_of", .countsDisagree)
        }
    }
}
